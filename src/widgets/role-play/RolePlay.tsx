import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { displayOrder } from '../../engine/choice-order.ts';
import { resumeOffer, type ResumeOffer } from '../../engine/progress/resume.ts';
import { currentNode, type PathStep } from '../../engine/runner.ts';
import { score } from '../../engine/scoring.ts';
import { announcementAfter, timeOfDay, transcript } from '../../engine/transcript.ts';
import { $consequence, $mode, $playMode, $rolePlay, beginRolePlay, continueRolePlay, leaveRolePlay, makeChoice, resumeRolePlay, type Play } from '../../stores/role-play.ts';
import { $progress, discardRolePlay } from '../../stores/progress.ts';
import { plural } from '../../engine/words.ts';
import { useClientStore } from '../use-client-store.ts';
import StorageNotice from '../StorageNotice.tsx';
import type { StepLink } from '../debrief/StepVerdicts.tsx';
import Choices from './Choices.tsx';
import Consequence from './Consequence.tsx';
import Conversation from './Conversation.tsx';
import Debrief from './Debrief.tsx';
import { NodeMessage } from './Message.tsx';
import StartPanel from './StartPanel.tsx';
import TrustMeter from './TrustMeter.tsx';

interface Props {
	scenario: Scenario;
	procedure: Procedure;
	/** Worked out at build time: the search is too costly to run on a phone. */
	idealPath: PathStep[];
	/** Where each step is taught, by step id. */
	stepLinks: Record<string, StepLink>;
	/** A play-test of a draft (the studio): no resume offer, nothing saved to progress. */
	trial?: boolean;
}

const noOffer: ResumeOffer = { kind: 'none' };

/** The role-play: pick a mode, play the conversation, read the debrief. Rules live in src/engine and the stores. */
export default function RolePlay({ scenario, procedure, idealPath, stepLinks, trial = false }: Props) {
	const state = useStore($rolePlay);
	const consequence = useStore($consequence);
	const [ready, setReady] = useState(false);
	useEffect(() => setReady(true), []);
	const chosenMode = useClientStore($mode, 'practice');
	const playMode = useStore($playMode);
	const mode = state ? playMode : chosenMode;
	const play: Play = useMemo(() => ({ scenario, procedure, trial }), [scenario, procedure, trial]);
	const focusTarget = useRef<HTMLElement>(null);
	const [announcement, setAnnouncement] = useState('');
	const turns = useMemo(() => (state ? transcript(scenario, state.path) : []), [scenario, state]);
	const result = useMemo(() => (state?.ended ? score(procedure, scenario, state.path) : undefined), [procedure, scenario, state]);

	// A role-play left part-way (here or in another tab) is offered back; read after hydration.
	const progress = useClientStore($progress, null);
	const stored = trial ? undefined : progress?.inProgress[scenario.id];
	const offer = useMemo(() => (stored ? resumeOffer(scenario, stored) : noOffer), [scenario, stored]);
	const [changed, setChanged] = useState(false);
	useEffect(() => {
		if (offer.kind !== 'changed') return;
		setChanged(true);
		discardRolePlay(scenario.id);
	}, [offer.kind]);

	// Focus follows the conversation: the consequence, the next turn, or the debrief.
	useEffect(() => {
		const target = focusTarget.current;
		if (!state || !target) return;
		target.focus({ preventScroll: true });
		target.scrollIntoView({ block: consequence ? 'center' : 'start', behavior: 'instant' });
	}, [state?.path.length, state === null, consequence === null]);

	useEffect(() => () => leaveRolePlay(), []);

	if (!state) {
		const resume =
			offer.kind === 'resume'
				? () => {
						resumeRolePlay(offer.state, offer.mode);
						setAnnouncement(`Picked up where you left off, after ${plural(offer.state.path.length, 'decision')}.`);
					}
				: undefined;
		return (
			<>
				<StartPanel mode={mode} ready={ready} offer={offer} onStart={() => beginRolePlay(play)} onResume={resume} changed={changed} />
				<div class="visually-hidden" aria-live="polite" aria-atomic="true">
					{announcement}
				</div>
			</>
		);
	}

	const node = consequence ? undefined : currentNode(scenario, state);
	const pending = consequence ? turns.at(-1) : undefined;
	const showDebrief = result !== undefined && !consequence;
	const say = (text: string) => setAnnouncement(text);

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
					focusRef={focusTarget}
					onContinue={() => {
						continueRolePlay();
						say(announcementAfter(scenario, $rolePlay.get()));
					}}
				/>
			)}
			{node && (
				<section class="turn-now" aria-label="Your turn" tabIndex={-1} ref={focusTarget as never}>
					<NodeMessage node={node} customer={scenario.persona.name} channel={scenario.setting.channel} time={timeOfDay(scenario.setting.startsAt, state.time, scenario.clock.unit)} />
					<Choices
						shown={displayOrder(scenario.id, node.id, node.choices)}
						onChoose={(choiceId) => {
							makeChoice(play, choiceId);
							const after = $rolePlay.get();
							const chosen = node.choices.find((c) => c.id === choiceId)!;
							say($consequence.get() ? `What happened: ${chosen.feedback}` : announcementAfter(scenario, after));
						}}
					/>
				</section>
			)}
			{showDebrief && (
				<Debrief
					scenario={scenario}
					procedure={procedure}
					result={result}
					idealPath={idealPath}
					stepLinks={stepLinks}
					turns={turns}
					mode={mode}
					onTryAgain={() => beginRolePlay(play)}
					focusRef={focusTarget}
				/>
			)}
			<div class="visually-hidden" aria-live="polite" aria-atomic="true">
				{announcement}
			</div>
		</div>
	);
}
