import ScoreSummary from './ScoreSummary.tsx';
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { displayOrder } from '../engine/choice-order.ts';
import { findStep } from '../engine/procedure.ts';
import { currentEnding, currentNode, type PathStep } from '../engine/runner.ts';
import { resumeOffer, type ResumeOffer } from '../engine/progress/resume.ts';
import { score, type StepVerdict } from '../engine/scoring.ts';
import { describeTrustChange, speakerLabel, transcript, trustLevel, type Turn } from '../engine/transcript.ts';
import { useClientStore } from './use-client-store.ts';
import { $mode, $playMode, $rolePlay, beginRolePlay, leaveRolePlay, makeChoice, resumeRolePlay, setMode, type Mode, type Play } from '../stores/role-play.ts';
import { $progress, $storage, discardRolePlay } from '../stores/progress.ts';
import { url } from '../utils/url.ts';
import { formatDateTime } from '../utils/dates.ts';
import StorageNotice, { ExportNow, lasts } from './StorageNotice.tsx';

export interface StepLink {
	href: string;
	label: string;
}

interface Props {
	scenario: Scenario;
	procedure: Procedure;
	/** Worked out at build time: the search is too costly to run on a phone. */
	idealPath: PathStep[];
	/** Where each step is taught, by step id. */
	stepLinks: Record<string, StepLink>;
}

const verdictText: Record<StepVerdict, string> = {
	performed: 'Performed',
	late: 'Performed late',
	'out-of-order': 'Out of order',
	skipped: 'Skipped',
};
const verdictMark: Record<StepVerdict, string> = { performed: '✓', late: '◔', 'out-of-order': '⇄', skipped: '✗' };
const modeText: Record<Mode, string> = { practice: 'Practice', assessment: 'Assessment' };
const noOffer: ResumeOffer = { kind: 'none' };

/** The role-play: pick a mode, play the conversation, read the debrief. Rules live in src/engine. */
export default function RolePlay({ scenario, procedure, idealPath, stepLinks }: Props) {
	const state = useStore($rolePlay);
	const chosenMode = useClientStore($mode, 'practice');
	const playMode = useStore($playMode);
	const mode = state ? playMode : chosenMode;
	const play: Play = useMemo(() => ({ scenario, procedure }), [scenario, procedure]);
	const focusTarget = useRef<HTMLElement>(null);
	const [announcement, setAnnouncement] = useState('');
	const turns = useMemo(() => (state ? transcript(scenario, state.path) : []), [scenario, state]);

	// A role-play left part-way (here or in another tab) is offered back; read after hydration.
	const progress = useClientStore($progress, null);
	const stored = progress?.inProgress[scenario.id];
	const offer = useMemo(() => (stored ? resumeOffer(scenario, stored) : noOffer), [scenario, stored]);
	const [changed, setChanged] = useState(false);
	useEffect(() => {
		if (offer.kind !== 'changed') return;
		setChanged(true);
		discardRolePlay(scenario.id);
	}, [offer.kind]);

	// Focus follows the conversation: the newest turn, or the debrief when it ends.
	useEffect(() => {
		if (state) focusTarget.current?.focus();
	}, [state?.path.length, state === null]);

	useEffect(() => () => leaveRolePlay(), []);

	// One live region for the whole island, in the same place whether the start panel or the
	// conversation shows: a region created with its text already in it is not announced.
	// (Keyed, so Preact keeps this element rather than reusing it for the conversation's own <div>.)
	const live = (
		<div key="live" class="visually-hidden" aria-live="polite" aria-atomic="true">
			{announcement}
		</div>
	);

	if (!state) {
		const resume = offer.kind === 'resume' ? () => {
			resumeRolePlay(offer.state, offer.mode);
			setAnnouncement(`Picked up where you left off, after ${offer.state.path.length} ${offer.state.path.length === 1 ? 'decision' : 'decisions'}.`);
		} : undefined;
		return (
			<>
				<StartPanel key="start" play={play} mode={mode} offer={offer} onResume={resume} changed={changed} />
				{live}
			</>
		);
	}

	const node = currentNode(scenario, state);
	const ending = currentEnding(scenario, state);
	const last = turns.at(-1);
	const customer = scenario.persona.name;

	const choose = (choiceId: string) => {
		const choice = node?.choices.find((c) => c.id === choiceId);
		makeChoice(play, choiceId);
		const after = $rolePlay.get();
		const next = after && currentNode(scenario, after);
		const parts = [
			mode === 'practice' && choice ? `${choice.feedback} ${describeTrustChange(choice.effect.trust)}.` : '',
			next ? `${speakerLabel(next, customer)}: ${next.text}` : 'The role-play has ended. Your debrief is below.',
		];
		setAnnouncement(parts.filter(Boolean).join(' '));
	};

	return (
		<>
			<div key="play" class="roleplay" data-state={state.ended ? 'ended' : 'playing'}>
				<StorageNotice compact />
				<TrustMeter trust={state.trust} mode={mode} decisions={state.path.length} />
				{scenario.persona.hiddenFacts.length > 0 && (
					<FactsUncovered facts={scenario.persona.hiddenFacts.filter((fact) => state.revealed.includes(fact.id))} total={scenario.persona.hiddenFacts.length} />
				)}
				<ol class="transcript" aria-label="Conversation so far">
					{turns.map((turn, index) => (
						<TurnView key={index} turn={turn} customer={customer} showFeedback={mode === 'practice'} />
					))}
				</ol>
				{node && (
					<section class="turn current" aria-labelledby="current-speaker" tabIndex={-1} ref={focusTarget as never}>
						{last && mode === 'practice' && <p class="visually-hidden">Consequence of your last choice shown above.</p>}
						<h3 id="current-speaker" class="speaker">
							{speakerLabel(node, customer)}
						</h3>
						<p class="line">{node.text}</p>
						<div class="choices" role="group" aria-labelledby="choices-label">
							<p id="choices-label" class="label">What do you do?</p>
							<ul>
								{displayOrder(scenario.id, node.id, node.choices).map((choice) => (
									<li key={choice.id}>
										<button type="button" class="choice" onClick={() => choose(choice.id)}>
											{choice.text}
										</button>
									</li>
								))}
							</ul>
						</div>
					</section>
				)}
				{state.ended && ending && (
					<Debrief
						play={play}
						scenario={scenario}
						procedure={procedure}
						path={state.path}
						idealPath={idealPath}
						stepLinks={stepLinks}
						turns={turns}
						mode={mode}
						endingTitle={ending.title}
						endingText={ending.text}
						focusRef={focusTarget}
					/>
				)}
			</div>
			{live}
		</>
	);
}

interface StartPanelProps {
	play: Play;
	mode: Mode;
	offer: ResumeOffer;
	onResume: (() => void) | undefined;
	/** The role-play left part-way no longer fits this role-play, which has been edited since. */
	changed: boolean;
}

function StartPanel({ play, mode, offer, onResume, changed }: StartPanelProps) {
	return (
		<div class="roleplay start-panel">
			<StorageNotice compact />
			{/* Present from the first render, so what appears in it after hydration is announced. */}
			<div class="resume-slot" aria-live="polite">
				{offer.kind === 'resume' && onResume && (
					<div class="callout resume">
						<p>
							<strong>You left this role-play part-way</strong> on {formatDateTime(offer.updatedAt)}, after {offer.state.path.length}{' '}
							{offer.state.path.length === 1 ? 'decision' : 'decisions'} in {modeText[offer.mode]} mode.
						</p>
						<button type="button" class="button" onClick={onResume}>
							Resume where you left off
						</button>
					</div>
				)}
				{changed && (
					<p class="callout warning">
						<strong>This role-play has changed since you last played it,</strong> so the attempt you left part-way cannot be picked up. Please start again: your
						finished attempts are all kept.
					</p>
				)}
			</div>
			<fieldset class="modes">
				<legend>How do you want to play?</legend>
				<label class="mode">
					<input type="radio" name="mode" value="practice" checked={mode === 'practice'} onChange={() => setMode('practice')} />
					<span>
						<strong>Practice</strong>
						<span class="meta">See what each choice leads to as you go.</span>
					</span>
				</label>
				<label class="mode">
					<input type="radio" name="mode" value="assessment" checked={mode === 'assessment'} onChange={() => setMode('assessment')} />
					<span>
						<strong>Assessment</strong>
						<span class="meta">No hints: all feedback waits for the debrief.</span>
					</span>
				</label>
			</fieldset>
			<button type="button" class={offer.kind === 'resume' ? 'button secondary' : 'button'} onClick={() => beginRolePlay(play, mode)}>
				{offer.kind === 'resume' ? 'Start again from the beginning' : 'Start the role-play'}
			</button>
		</div>
	);
}

function TrustMeter({ trust, mode, decisions }: { trust: number; mode: Mode; decisions: number }) {
	return (
		<div class="rp-status">
			<div class="trust">
				<span class="trust-label">
					Customer trust: <strong>{trust}</strong> of 100 ({trustLevel(trust)})
				</span>
				<span class="trust-bar" aria-hidden="true">
					<span style={{ transform: `scaleX(${trust / 100})` }} />
				</span>
			</div>
			<p class="meta">
				{mode === 'practice' ? 'Practice mode' : 'Assessment mode'} · {decisions} {decisions === 1 ? 'decision' : 'decisions'} made
			</p>
		</div>
	);
}

function FactsUncovered({ facts, total }: { facts: Scenario['persona']['hiddenFacts']; total: number }) {
	return (
		<details class="facts">
			<summary>
				What you have found out: {facts.length} of {total} things the customer had not volunteered
			</summary>
			{facts.length === 0 ? (
				<p>Nothing yet. Some facts only come out when you ask the right question.</p>
			) : (
				<ul>
					{facts.map((fact) => (
						<li key={fact.id}>{fact.fact}</li>
					))}
				</ul>
			)}
		</details>
	);
}

interface TurnViewProps {
	turn: Turn;
	customer: string;
	showFeedback: boolean;
}

/**
 * One past exchange. Past turns never change, so they are not diffed again on every choice:
 * a turn's node and choice are the scenario's own objects, so identity says whether it is the same.
 */
class TurnView extends Component<TurnViewProps> {
	override shouldComponentUpdate(next: TurnViewProps) {
		const { turn, customer, showFeedback } = this.props;
		return next.turn.node !== turn.node || next.turn.choice !== turn.choice || next.turn.trustChange !== turn.trustChange || next.customer !== customer || next.showFeedback !== showFeedback;
	}

	override render({ turn, customer, showFeedback }: TurnViewProps) {
		return (
			<li class="turn">
				<p class="speaker">{speakerLabel(turn.node, customer)}</p>
				<p class="line">{turn.node.text}</p>
				<p class="you">
					<span class="you-label">You:</span> {turn.choice.text}
				</p>
				{showFeedback && (
					<div class="feedback">
						<p class="label">What happened</p>
						<p>{turn.choice.feedback}</p>
						<p class="trust-change">{describeTrustChange(turn.trustChange)}</p>
					</div>
				)}
			</li>
		);
	}
}

interface DebriefProps {
	play: Play;
	scenario: Scenario;
	procedure: Procedure;
	path: PathStep[];
	idealPath: PathStep[];
	stepLinks: Record<string, StepLink>;
	turns: Turn[];
	mode: Mode;
	endingTitle: string;
	endingText: string;
	focusRef: { current: HTMLElement | null };
}

function Debrief({ play, scenario, procedure, path, idealPath, stepLinks, turns, mode, endingTitle, endingText, focusRef }: DebriefProps) {
	const result = useMemo(() => score(procedure, scenario, path), [procedure, scenario, path]);
	const [showIdeal, setShowIdeal] = useState(false);
	return (
		<section class="debrief" aria-labelledby="debrief-title" tabIndex={-1} ref={focusRef as never}>
			<h2 id="debrief-title">Debrief: {endingTitle}</h2>
			<p class="ending-text">{endingText}</p>
			<ScoreSummary result={result} />

			<h3>The documented steps, in order</h3>
			<ol class="verdicts">
				{result.steps.map((step) => (
					<li key={step.stepId} class={`verdict-${step.verdict}`}>
						<span class="verdict">
							<span aria-hidden="true">{verdictMark[step.verdict]} </span>
							{verdictText[step.verdict]}
						</span>
						<strong>{step.title}</strong>
						<p>{step.why}</p>
						{step.verdict !== 'performed' && stepLinks[step.stepId] && (
							<a href={stepLinks[step.stepId]!.href}>{stepLinks[step.stepId]!.label}</a>
						)}
					</li>
				))}
			</ol>

			<h3>Pitfalls</h3>
			{result.pitfalls.length === 0 ? (
				<p>None: you avoided every pitfall on your path.</p>
			) : (
				<ul class="pitfall-results">
					{result.pitfalls.map((pitfall) => (
						<li key={`${pitfall.nodeId}-${pitfall.choiceId}-${pitfall.pitfallId}`}>
							<strong>{pitfall.title}</strong> (−{pitfall.penalty} points), when you chose “{pitfall.choiceText}”.
							<p>{pitfall.feedback}</p>
						</li>
					))}
				</ul>
			)}

			{mode === 'assessment' && (
				<details class="your-path">
					<summary>What each of your choices led to</summary>
					<ol>
						{turns.map((turn, index) => (
							<li key={index}>
								<p class="you">{turn.choice.text}</p>
								<p>{turn.choice.feedback}</p>
								<p class="trust-change">{describeTrustChange(turn.trustChange)}</p>
							</li>
						))}
					</ol>
				</details>
			)}

			<AttemptSaved />
			<div class="actions">
				<button type="button" class="button" onClick={() => beginRolePlay(play, mode)}>
					Try again
				</button>
				<button type="button" class="button secondary" aria-expanded={showIdeal} aria-controls="ideal-path" onClick={() => setShowIdeal(!showIdeal)}>
					{showIdeal ? 'Hide the ideal path' : 'Show the ideal path'}
				</button>
			</div>
			{/* Built only when asked for, so the ending's click paints the debrief sooner. */}
			<div id="ideal-path" hidden={!showIdeal}>
				{showIdeal && <IdealPath scenario={scenario} procedure={procedure} idealPath={idealPath} />}
			</div>
		</section>
	);
}

function IdealPath({ scenario, procedure, idealPath }: { scenario: Scenario; procedure: Procedure; idealPath: PathStep[] }) {
	const ideal = useMemo(() => transcript(scenario, idealPath), [scenario, idealPath]);
	return (
		<>
			<h3>The ideal path</h3>
			<ol class="ideal">
				{ideal.map((turn, index) => (
					<li key={index}>
						<p class="line">
							<span class="speaker-inline">{speakerLabel(turn.node, scenario.persona.name)}:</span> {turn.node.text}
						</p>
						<p class="you">
							<span class="you-label">You:</span> {turn.choice.text}
						</p>
						<p class="meta">{turn.choice.step ? `Performs: ${findStep(procedure, turn.choice.step)?.title ?? turn.choice.step}` : 'Keeps the conversation on track'}</p>
					</li>
				))}
			</ol>
		</>
	);
}

/** The debrief's word on where the attempt went: in the learner's progress, or not saved (with the export). */
function AttemptSaved() {
	const storage = useStore($storage);
	if (storage.kind === 'saved') {
		return (
			<p class="meta">
				This attempt is in <a href={url('progress/')}>your progress</a>, with your best and latest scores.
			</p>
		);
	}
	return (
		<div class="callout warning">
			<p>
				<strong>This attempt is not saved in this browser.</strong> {lasts[storage.keptFor]} Download a copy to keep it.
			</p>
			<p class="actions">
				<ExportNow />
			</p>
		</div>
	);
}
