import type { ScenarioNode } from '../../schemas/scenario.ts';
import { choiceMapping } from '../../engine/workshop/debrief.ts';
import { stateOf } from '../../engine/workshop/session.ts';
import { keys } from '../../engine/workshop/shortcuts.ts';
import { decidedByText } from '../../engine/workshop/votes.ts';
import { describeTrustChange } from '../../engine/transcript.ts';
import { nextNow, revealNow } from '../../stores/workshop-controls.ts';
import BackButton from './BackButton.tsx';
import Mapping from './Mapping.tsx';
import type { PanelProps } from './types.ts';

/** The choice just played: what it leads to (for the trainer), then Reveal and Next. */
export default function ResultPanel({ scenario, procedure, session, say, node }: PanelProps & { node: ScenarioNode }) {
	const played = session.current.at(-1)!;
	const choice = node.choices.find((c) => c.id === played.choiceId)!;
	const ends = stateOf(scenario, session).ended;
	return (
		<div class="ws-result">
			<p class="you">
				<span class="you-label">Played:</span> {choice.text}
			</p>
			<p class="meta">{decidedByText[played.decidedBy]}</p>
			<div class="feedback">
				<p class="label">What happens (for you; the room sees it when you reveal it)</p>
				<p>{choice.feedback}</p>
				<p class="trust-change">{describeTrustChange(choice.effect.trust)}</p>
				<Mapping mapping={choiceMapping(procedure, choice)} />
			</div>
			<p class="ws-revealed no-print">
				<strong>On the audience screen:</strong> {session.revealed ? 'revealed' : 'not revealed yet'}
			</p>
			<div class="actions">
				{!session.revealed && (
					<button type="button" class="button" aria-keyshortcuts={keys.reveal} onClick={() => say(revealNow())}>
						Reveal to the room (R)
					</button>
				)}
				<button type="button" class={session.revealed ? 'button' : 'button secondary'} aria-keyshortcuts={keys.next} onClick={() => say(nextNow())}>
					{ends ? 'Show the ending (N)' : 'Next decision (N)'}
				</button>
				<BackButton session={session} say={say} />
			</div>
		</div>
	);
}
