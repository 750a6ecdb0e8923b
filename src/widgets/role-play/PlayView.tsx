import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { displayOrder } from '../../engine/choice-order.ts';
import { currentNode, type PathStep, type SimState } from '../../engine/runner.ts';
import { announcementAfter, timeOfDay, transcript } from '../../engine/transcript.ts';
import { $consequence, $rolePlay, beginRolePlay, continueRolePlay, makeChoice, type Mode, type Play } from '../../stores/role-play.ts';
import StorageNotice from '../storage-notice/StorageNotice.tsx';
import type { StepLink } from '../debrief/StepVerdicts.tsx';
import Choices from './Choices.tsx';
import Consequence from './Consequence.tsx';
import Conversation from './Conversation.tsx';
import type DebriefView from './Debrief.tsx';
import { NodeMessage } from './Message.tsx';
import TrustMeter from './TrustMeter.tsx';
import '../../styles/debrief.css';

interface Props {
	play: Play;
	state: SimState;
	mode: Mode;
	idealPath: PathStep[];
	stepLinks: Record<string, StepLink>;
	/** Tells screen-reader users what changed (the one live region is the parent's). */
	say: (text: string) => void;
}

/**
 * The role-play once started: the conversation, the current turn or the consequence of the
 * last choice, then the debrief. Loaded when the learner starts, so the page itself stays light.
 */
export default function PlayView({ play, state, mode, idealPath, stepLinks, say }: Props) {
	const { scenario, procedure } = play;
	const consequence = useStore($consequence);
	const focusTarget = useRef<HTMLElement>(null);
	const turns = useMemo(() => transcript(scenario, state.path), [scenario, state]);

	// The debrief and the scoring it shows load only when the role-play ends.
	const [Debrief, setDebrief] = useState<typeof DebriefView | null>(null);
	useEffect(() => {
		if (state.ended && !Debrief) void import('./Debrief.tsx').then((module) => setDebrief(() => module.default));
	}, [state.ended]);

	// Focus follows the conversation: the consequence, the next turn, or the debrief once it is
	// on screen (not when its code arrives while the last consequence is still being read).
	const debriefOnScreen = state.ended && !consequence && Debrief !== null;
	useEffect(() => {
		const target = focusTarget.current;
		if (!target) return;
		target.focus({ preventScroll: true });
		target.scrollIntoView({ block: consequence ? 'center' : 'start', behavior: 'instant' });
	}, [state.path.length, consequence === null, debriefOnScreen]);

	const node = consequence ? undefined : currentNode(scenario, state);
	const pending = consequence ? turns.at(-1) : undefined;
	const showDebrief = state.ended && !consequence;

	return (
		<div class="roleplay" data-state={showDebrief ? 'ended' : 'playing'}>
			<StorageNotice compact />
			<TrustMeter trust={state.trust} mode={mode} decisions={state.path.length} />
			{scenario.persona.hiddenFacts.length > 0 && (
				<details class="facts">
					<summary>
						What you have found out: {state.revealed.length} of {scenario.persona.hiddenFacts.length} things the customer had not volunteered
					</summary>
					{state.revealed.length === 0 ? (
						<p>Nothing yet. Some facts only come out when you ask the right question.</p>
					) : (
						<ul>
							{scenario.persona.hiddenFacts
								.filter((fact) => state.revealed.includes(fact.id))
								.map((fact) => (
									<li key={fact.id}>{fact.fact}</li>
								))}
						</ul>
					)}
				</details>
			)}
			<Conversation turns={turns} scenario={scenario} />
			{pending && (
				<Consequence
					turn={pending}
					ended={state.ended}
					focusRef={focusTarget as Ref<HTMLElement>}
					onContinue={() => {
						continueRolePlay();
						say(announcementAfter(scenario, $rolePlay.get()));
					}}
				/>
			)}
			{node && (
				<section class="turn-now" aria-label="Your turn" tabIndex={-1} ref={focusTarget as never}>
					<NodeMessage
						node={node}
						customer={scenario.persona.name}
						channel={scenario.setting.channel}
						time={timeOfDay(scenario.setting.startsAt, state.time, scenario.clock.unit)}
					/>
					<Choices
						shown={displayOrder(scenario.id, node.id, node.choices)}
						onChoose={(choiceId) => {
							void makeChoice(play, choiceId);
							const after = $rolePlay.get();
							const chosen = node.choices.find((c) => c.id === choiceId)!;
							say($consequence.get() ? `What happened: ${chosen.feedback}` : announcementAfter(scenario, after));
						}}
					/>
				</section>
			)}
			{showDebrief && !Debrief && (
				<p class="debrief-loading" aria-busy="true">
					Scoring your choices…
				</p>
			)}
			{showDebrief && Debrief && (
				<Debrief
					scenario={scenario}
					procedure={procedure}
					path={state.path}
					idealPath={idealPath}
					stepLinks={stepLinks}
					turns={turns}
					mode={mode}
					trial={play.trial ?? false}
					forCertificate={play.forCertificate ?? false}
					onTryAgain={() => beginRolePlay(play)}
					focusRef={focusTarget as Ref<HTMLElement>}
				/>
			)}
		</div>
	);
}
