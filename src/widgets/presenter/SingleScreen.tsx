import { audienceView } from '../../engine/workshop/audience-view.ts';
import { atEnding, nodeOnScreen } from '../../engine/workshop/session.ts';
import { keys } from '../../engine/workshop/shortcuts.ts';
import { nextNow, revealNow } from '../../stores/workshop-controls.ts';
import { AudienceStage } from '../audience/AudienceStage.tsx';
import BackButton from './BackButton.tsx';
import EndingPanel from './EndingPanel.tsx';
import RevealEnding from './RevealEnding.tsx';
import VoteTable from './VoteTable.tsx';
import type { PanelProps } from './types.ts';

/** One screen for everyone: the audience view, big, and the trainer's controls without the answers. */
export default function SingleScreen(props: PanelProps) {
	const { scenario, procedure, session, say } = props;
	const view = audienceView(procedure, scenario, session);
	const node = session.stage === 'vote' ? nodeOnScreen(scenario, session) : undefined;
	const ended = atEnding(scenario, session);
	return (
		<div class="ws-single">
			<h2 id="ws-panel-title" class="visually-hidden">
				Single screen
			</h2>
			<AudienceStage view={view} announce={false} />
			<div class="ws-single-controls no-print">
				{node && <VoteTable {...props} node={node} withText={false} />}
				{session.stage === 'result' && (
					<div class="actions">
						{!session.revealed && (
							<button type="button" class="button" aria-keyshortcuts={keys.reveal} onClick={() => say(revealNow())}>
								Reveal (R)
							</button>
						)}
						<button type="button" class="button secondary" aria-keyshortcuts={keys.next} onClick={() => say(nextNow())}>
							Next (N)
						</button>
						<BackButton session={session} say={say} />
					</div>
				)}
				{ended && (session.revealed ? <EndingPanel {...props} titleId="ws-debrief-title" /> : <RevealEnding session={session} say={say} />)}
			</div>
		</div>
	);
}
