import ScoreSummary from './debrief/ScoreSummary.tsx';
import StepVerdicts from './debrief/StepVerdicts.tsx';
import PitfallList from './debrief/PitfallList.tsx';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { audienceView } from '../engine/workshop/audience-view.ts';
import { bandText } from '../engine/words.ts';
import { choiceMapping, groupDebrief, type ChoiceMapping } from '../engine/workshop/debrief.ts';
import { sessionExport, sessionFileName } from '../engine/workshop/session-json.ts';
import { atEnding, decisionNumber, isExploring, nodeOnScreen, shownChoiceIds, stateOf, type WorkshopSession } from '../engine/workshop/session.ts';
import { keys, shortcutFor, shortcutLegend, type ShortcutAction } from '../engine/workshop/shortcuts.ts';
import { elapsedAt, formatClock, isRunning, minuteAnnouncement, spokenDuration } from '../engine/workshop/timer.ts';
import { decidedByText, letterFor, majority, totalVotes, votesFor } from '../engine/workshop/votes.ts';
import { describeTrustChange, speakerLabel } from '../engine/transcript.ts';
import { findEnding } from '../engine/runner.ts';
import { plural } from '../engine/words.ts';
import { AudienceStage } from './Audience.tsx';
import {
	$audienceConnected,
	$session,
	$singleScreen,
	$timer,
	addVote,
	connectPresenter,
	endWorkshop,
	goBack,
	nextDecision,
	playChoice,
	resetDecisionTimer,
	resumeWorkshop,
	returnToRoomPath,
	revealToRoom,
	savedSession,
	setSingleScreen,
	setVoteCount,
	startWorkshop,
	toggleDecisionTimer,
} from '../stores/workshop.ts';

/**
 * The trainer's screen: votes, play, reveal, back, the decision timer and the debrief.
 * Every rule is in src/engine/workshop; the session and the sync are in src/stores/workshop.ts.
 */

interface Props {
	scenario: Scenario;
	procedure: Procedure;
	/** The audience page, with the deploy base. */
	audienceHref: string;
}

type Say = (message: string) => void;

export default function Presenter({ scenario, procedure, audienceHref }: Props) {
	const session = useStore($session);
	const single = useStore($singleScreen);
	const connected = useStore($audienceConnected);
	const [status, setStatus] = useState('');
	const [resumable, setResumable] = useState<WorkshopSession | null>(null);
	const [popupBlocked, setPopupBlocked] = useState(false);
	const panel = useRef<HTMLElement>(null);
	const say: Say = (message) => setStatus(message);

	useEffect(() => {
		const disconnect = connectPresenter(scenario, procedure);
		// Read after the first render (it comes from localStorage): the server's HTML has no saved session.
		setResumable(savedSession());
		return disconnect;
	}, []);

	// The latest handler, so the one keydown listener always sees the current session.
	const onShortcut = useRef<(action: ShortcutAction) => void>(() => {});
	onShortcut.current = (action) => runShortcut(action, scenario, say);
	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (!$session.get()) return;
			const target = event.target instanceof HTMLElement ? event.target : null;
			const action = shortcutFor(event, target && { tagName: target.tagName, type: (target as HTMLInputElement).type, isContentEditable: target.isContentEditable });
			if (!action) return;
			event.preventDefault();
			onShortcut.current(action);
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, []);

	// Focus follows the screen: a new decision, a result, or the ending.
	const screenKey = session ? `${session.current.length}-${session.stage}` : 'none';
	useEffect(() => {
		if (session) panel.current?.focus();
	}, [screenKey]);

	const openAudience = () => {
		const opened = window.open(audienceHref, `make-good-audience-${scenario.id}`, 'popup,width=1280,height=800');
		setPopupBlocked(opened === null);
	};

	const toolbar = (
		<div class="ws-toolbar no-print">
			<p class="ws-connection">
				<span aria-hidden="true">{connected ? '● ' : '○ '}</span>
				Audience screen: {connected ? 'connected' : 'not connected yet'}
			</p>
			<button type="button" class="button secondary" onClick={openAudience}>
				Open the audience screen
			</button>
			<button type="button" class="button secondary" aria-pressed={single} onClick={() => setSingleScreen(!single)}>
				Single screen
			</button>
			{popupBlocked && (
				<p class="callout warning" role="alert">
					The browser blocked the new window. Open <a href={audienceHref} target="_blank">the audience screen</a> in a new window yourself, then drag it to the projector.
				</p>
			)}
		</div>
	);

	if (!session) {
		return (
			<div class="ws-presenter" data-state="lobby">
				{toolbar}
				<div class="ws-start">
					<p>Open the audience screen and drag it to the projector (or choose <strong>Single screen</strong> if you have only one screen), then start.</p>
					<div class="actions">
						<button type="button" class="button" onClick={() => startWorkshop()}>
							Start the session
						</button>
						{resumable && (
							<button
								type="button"
								class="button secondary"
								onClick={() => {
									resumeWorkshop();
									setResumable(null);
								}}
							>
								Resume the session in progress (decision {decisionNumber(resumable)})
							</button>
						)}
					</div>
				</div>
				<Status status={status} />
			</div>
		);
	}

	const ended = atEnding(scenario, session);
	const node = nodeOnScreen(scenario, session);
	const state = stateOf(scenario, session);
	const exploring = isExploring(session);

	return (
		<div class={`ws-presenter${single ? ' single' : ''}`} data-state={ended ? 'ended' : session.stage}>
			{toolbar}
			<div class="ws-layout">
				<section class="ws-panel" tabIndex={-1} ref={panel as never} aria-labelledby="ws-panel-title">
					{single ? (
						<SingleScreen scenario={scenario} procedure={procedure} session={session} say={say} />
					) : ended ? (
						<EndingPanel scenario={scenario} procedure={procedure} session={session} say={say} />
					) : (
						<DecisionPanel scenario={scenario} procedure={procedure} session={session} node={node!} say={say} />
					)}
				</section>
				<aside class="ws-side no-print" aria-label="Timer and shortcuts">
					<DecisionTimer say={say} />
					{!single && (
						<p class="meta">
							{exploring ? 'Exploring “what if”' : 'The room’s path'} · customer trust {state.trust} of 100
						</p>
					)}
					<Legend />
				</aside>
			</div>
			<Status status={status} />
		</div>
	);
}

function Status({ status }: { status: string }) {
	return (
		<div class="visually-hidden" aria-live="polite" aria-atomic="true">
			{status}
		</div>
	);
}

const letters = (ids: readonly string[], shown: readonly string[]) => ids.map((id) => letterFor(shown.indexOf(id))).join(' and ');

/** What a key does now; the buttons call the same functions. */
function runShortcut(action: ShortcutAction, scenario: Scenario, say: Say): void {
	const session = $session.get();
	if (!session) return;
	switch (action.kind) {
		case 'next':
			return session.stage === 'result' ? doNext(scenario, say) : atEnding(scenario, session) ? undefined : doPlay(scenario, say);
		case 'reveal':
			return doReveal(say);
		case 'back':
			return doBack(say);
		case 'timer':
			return doTimer(say);
		case 'vote': {
			const node = nodeOnScreen(scenario, session);
			const choiceId = node && session.stage === 'vote' ? shownChoiceIds(scenario, node)[action.index] : undefined;
			if (choiceId) doVote(choiceId, action.delta, letterFor(action.index), say);
		}
	}
}

function doVote(choiceId: string, delta: number, letter: string, say: Say) {
	addVote(choiceId, delta);
	const count = votesFor($session.get()?.pending ?? {}, choiceId);
	say(`${letter}: ${count} ${count === 1 ? 'vote' : 'votes'}.`);
}

function doPlay(scenario: Scenario, say: Say, choiceId?: string) {
	const session = $session.get()!;
	const node = nodeOnScreen(scenario, session);
	const shown = node ? shownChoiceIds(scenario, node) : [];
	const outcome = playChoice(choiceId);
	if (outcome.kind === 'played') {
		say(`${letters([outcome.choiceId], shown)} played. ${decidedByText[outcome.decidedBy]}. Press R to reveal what happens to the room.`);
	} else if (outcome.kind === 'tie') {
		say(`Tie: ${letters(outcome.choiceIds, shown)} have the most votes. Play one of them with its Play button.`);
	} else if (outcome.kind === 'no-votes') {
		say('No votes entered yet. Enter the room’s votes, or play a choice with its Play button.');
	}
}

function doReveal(say: Say) {
	if (revealToRoom()) say('Revealed to the room.');
}

function doNext(scenario: Scenario, say: Say) {
	if (!nextDecision()) return;
	const session = $session.get()!;
	if (atEnding(scenario, session)) {
		const ending = findEnding(scenario, stateOf(scenario, session).endingId!);
		say(`The role-play has ended: ${ending?.title}.`);
	} else say(`Decision ${decisionNumber(session)}.`);
}

function doBack(say: Say) {
	if (goBack()) say(`Back to decision ${decisionNumber($session.get()!)}. The room’s votes for it are restored.`);
}

function doTimer(say: Say) {
	toggleDecisionTimer();
	const timer = $timer.get();
	say(isRunning(timer) ? 'Timer started.' : `Timer paused at ${spokenDuration(elapsedAt(timer, Date.now()))}.`);
}

interface PanelProps {
	scenario: Scenario;
	procedure: Procedure;
	session: WorkshopSession;
	say: Say;
	/** The id of the panel's heading (the panel is labelled by it); another one when nested in single-screen mode. */
	titleId?: string;
}

function Mapping({ mapping }: { mapping: ChoiceMapping }) {
	return (
		<span class="ws-mapping">
			{mapping.performs ? <span class="tag step">Step: {mapping.performs}</span> : <span class="tag">No step</span>}
			{mapping.pitfalls.map((pitfall) => (
				<span key={pitfall} class="tag pitfall">
					Pitfall: {pitfall}
				</span>
			))}
		</span>
	);
}

function DecisionPanel({ scenario, procedure, session, node, say }: PanelProps & { node: ScenarioNode }) {
	const voting = session.stage === 'vote';
	const played = voting ? undefined : session.current.at(-1)!;
	const shown = shownChoiceIds(scenario, node);
	const exploring = isExploring(session);
	return (
		<div class="ws-decision">
			<h2 id="ws-panel-title">
				{exploring && <span class="tag whatif">What if…</span>} Decision {decisionNumber(session)}
				{played && `: ${letterFor(shown.indexOf(played.choiceId))} played`}
			</h2>
			<p class="speaker">{speakerLabel(node, scenario.persona.name)}</p>
			<p class="ws-line">{node.text}</p>
			{node.facilitatorPrompt && voting && (
				<div class="callout">
					<p class="callout-title">Ask the room</p>
					<p>{node.facilitatorPrompt}</p>
				</div>
			)}
			{voting ? (
				<VoteTable scenario={scenario} procedure={procedure} session={session} node={node} say={say} withText />
			) : (
				<Result scenario={scenario} procedure={procedure} session={session} say={say} node={node} />
			)}
		</div>
	);
}

function VoteTable({ scenario, procedure, session, node, say, withText }: PanelProps & { node: ScenarioNode; withText: boolean }) {
	const shown = shownChoiceIds(scenario, node);
	const lead = majority(session.pending, shown);
	const total = totalVotes(session.pending);
	const leadText =
		lead.kind === 'none'
			? 'No votes yet.'
			: lead.kind === 'winner'
				? `${letterFor(shown.indexOf(lead.choiceId))} leads with ${lead.votes} of ${total}.`
				: `Tie: ${letters(lead.choiceIds, shown)} have ${lead.votes} each. Play one of them.`;
	return (
		<div class="ws-votes">
			<h3>Votes</h3>
			<ul class="ws-choices">
				{shown.map((id, index) => {
					const choice = node.choices.find((c) => c.id === id)!;
					const letter = letterFor(index);
					const count = votesFor(session.pending, id);
					return (
						<li key={id} class="ws-choice">
							<span class="letter" aria-hidden="true">
								{letter}
							</span>
							<div class="ws-choice-body">
								{withText && <p class="ws-choice-text">{choice.text}</p>}
								{withText && <Mapping mapping={choiceMapping(procedure, choice)} />}
								<div class="ws-count">
									<button type="button" class="ws-step" aria-label={`Take a vote from ${letter}`} aria-keyshortcuts={keys.removeVote(index)} onClick={() => doVote(id, -1, letter, say)}>
										−
									</button>
									<label>
										<span class="visually-hidden">Votes for {letter}</span>
										<input
											type="number"
											inputMode="numeric"
											min={0}
											max={999}
											value={count}
											onInput={(e) => {
												const input = e.currentTarget;
												if (input.value !== '') setVoteCount(id, input.valueAsNumber);
											}}
											onBlur={(e) => {
												e.currentTarget.value = String(votesFor($session.get()?.pending ?? {}, id));
											}}
										/>
									</label>
									<button type="button" class="ws-step" aria-label={`Add a vote for ${letter}`} aria-keyshortcuts={keys.addVote(index)} onClick={() => doVote(id, 1, letter, say)}>
										+
									</button>
									<button type="button" class="button secondary ws-play" onClick={() => doPlay(scenario, say, id)}>
										Play {letter}
									</button>
								</div>
							</div>
						</li>
					);
				})}
			</ul>
			<p class="ws-lead">
				<strong>{total === 1 ? '1 vote' : `${total} votes`}.</strong> {leadText}
			</p>
			<div class="actions">
				<button type="button" class="button" aria-keyshortcuts={keys.next} onClick={() => doPlay(scenario, say)} disabled={lead.kind !== 'winner'}>
					Play the choice with most votes (N)
				</button>
				<BackButton session={session} say={say} />
			</div>
		</div>
	);
}

/** Back one decision; while exploring, also the way home to the room's debrief. */
function BackButton({ session, say }: { session: WorkshopSession; say: Say }) {
	return (
		<>
			{session.current.length > 0 && (
				<button type="button" class="button secondary" aria-keyshortcuts={keys.back} onClick={() => doBack(say)}>
					{session.mainEndingId === null ? 'Back one decision (B)' : 'Back: explore “what if” (B)'}
				</button>
			)}
			{isExploring(session) && (
				<button type="button" class="button secondary" onClick={() => returnToRoomPath() && say('Back on the room’s path: the debrief.')}>
					Return to the room’s debrief
				</button>
			)}
		</>
	);
}

function Result({ scenario, procedure, session, say, node }: PanelProps & { node: ScenarioNode }) {
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
					<button type="button" class="button" aria-keyshortcuts={keys.reveal} onClick={() => doReveal(say)}>
						Reveal to the room (R)
					</button>
				)}
				<button type="button" class={session.revealed ? 'button' : 'button secondary'} aria-keyshortcuts={keys.next} onClick={() => doNext(scenario, say)}>
					{ends ? 'Show the ending (N)' : 'Next decision (N)'}
				</button>
				<BackButton session={session} say={say} />
			</div>
		</div>
	);
}

function EndingPanel(props: PanelProps) {
	return isExploring(props.session) ? <WhatIfEnding {...props} /> : <Debrief {...props} />;
}

function WhatIfEnding({ scenario, session, say, titleId = 'ws-panel-title' }: PanelProps) {
	const ending = findEnding(scenario, stateOf(scenario, session).endingId!)!;
	return (
		<div class="ws-ending">
			<h2 id={titleId}>
				<span class="tag whatif">What if…</span> {ending.title}
			</h2>
			<p>{ending.text}</p>
			<RevealEnding session={session} say={say} />
			<div class="actions">
				<BackButton session={session} say={say} />
			</div>
		</div>
	);
}

function RevealEnding({ session, say }: { session: WorkshopSession; say: Say }) {
	return (
		<p class="ws-revealed no-print">
			<strong>On the audience screen:</strong> {session.revealed ? 'the score and steps are showing' : 'the ending only'}{' '}
			{!session.revealed && (
				<button type="button" class="button secondary" aria-keyshortcuts={keys.reveal} onClick={() => doReveal(say)}>
					Reveal the score to the room (R)
				</button>
			)}
		</p>
	);
}

function Debrief({ scenario, procedure, session, say, titleId = 'ws-panel-title' }: PanelProps) {
	const debrief = useMemo(() => groupDebrief(procedure, scenario, session), [session.main, session.branches]);
	const download = useMemo(() => {
		const data = sessionExport(procedure, scenario, session, new Date().toISOString());
		return { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })), name: sessionFileName(scenario.id, session.startedAt) };
	}, [session]);
	useEffect(() => () => URL.revokeObjectURL(download.href), [download.href]);
	const { result, ending } = debrief;
	return (
		<div class="ws-debrief">
			<p class="eyebrow">Group debrief{ending && ` · ${bandText[ending.outcome]}`}</p>
			<h2 id={titleId}>{ending?.title}</h2>
			<p>{ending?.text}</p>
			<ScoreSummary result={result} />
			<RevealEnding session={session} say={say} />

			<h3>The room’s path</h3>
			<ol class="ws-path">
				{debrief.decisions.map((d) => (
					<li key={d.number}>
						<p class="speaker">
							Decision {d.number}: {d.speaker}
						</p>
						<p class="ws-line">{d.text}</p>
						<p class="you">
							<span class="you-label">Played {d.chosen.letter}:</span> {d.chosen.text}
						</p>
						<Mapping mapping={d} />
						<table class="ws-split">
							<caption>
								Votes at decision {d.number} ({d.totalVotes} in all; {decidedByText[d.decidedBy].toLowerCase()})
							</caption>
							<thead>
								<tr>
									<th scope="col">Choice</th>
									<th scope="col">Votes</th>
									<th scope="col">Share</th>
								</tr>
							</thead>
							<tbody>
								{d.split.map((row) => (
									<tr key={row.letter} class={row.letter === d.chosen.letter ? 'played' : undefined}>
										<th scope="row">
											{row.letter}
											{row.letter === d.chosen.letter && ' (played)'}
										</th>
										<td>{row.votes}</td>
										<td>{row.percent}%</td>
									</tr>
								))}
							</tbody>
						</table>
					</li>
				))}
			</ol>

			<h3>The documented steps, step by step</h3>
			<StepVerdicts steps={result.steps} stepLinks={{}} who="The room" />

			<h3>Pitfalls</h3>
			<PitfallList pitfalls={result.pitfalls} showFeedback={false} who="The room" />

			{debrief.branches.length > 0 && (
				<>
					<h3>“What if” branches explored</h3>
					<ul class="ws-branches">
						{debrief.branches.map((branch, i) => (
							<li key={i}>
								At decision {branch.divergesAt}, {branch.choice.letter} (“{branch.choice.text}”) instead:{' '}
								{branch.ending ? `${branch.ending.title}, ${branch.result.total} / 100 (${bandText[branch.result.band]}).` : `${plural(branch.decisions - branch.divergesAt + 1, 'decision')} explored from there, no ending reached.`}
							</li>
						))}
					</ul>
				</>
			)}

			<div class="actions no-print">
				<button type="button" class="button" onClick={() => window.print()}>
					Print the debrief
				</button>
				<a class="button secondary" href={download.href} download={download.name}>
					Download the session (JSON)
				</a>
				<BackButton session={session} say={say} />
				<button type="button" class="button secondary" onClick={() => endWorkshop()}>
					End and start afresh
				</button>
			</div>
		</div>
	);
}

/** One screen for everyone: the audience view, big, and the trainer's controls without the answers. */
function SingleScreen({ scenario, procedure, session, say }: PanelProps) {
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
				{node && <VoteTable scenario={scenario} procedure={procedure} session={session} node={node} say={say} withText={false} />}
				{session.stage === 'result' && (
					<div class="actions">
						{!session.revealed && (
							<button type="button" class="button" aria-keyshortcuts={keys.reveal} onClick={() => doReveal(say)}>
								Reveal (R)
							</button>
						)}
						<button type="button" class="button secondary" aria-keyshortcuts={keys.next} onClick={() => doNext(scenario, say)}>
							Next (N)
						</button>
						<BackButton session={session} say={say} />
					</div>
				)}
				{ended && (session.revealed ? <EndingPanel scenario={scenario} procedure={procedure} session={session} say={say} titleId="ws-debrief-title" /> : <RevealEnding session={session} say={say} />)}
			</div>
		</div>
	);
}

function DecisionTimer({ say }: { say: Say }) {
	const timer = useStore($timer);
	const [now, setNow] = useState(() => Date.now());
	const [minuteSaid, setMinuteSaid] = useState('');
	const last = useRef(0);
	const running = isRunning(timer);
	useEffect(() => {
		if (!running) return;
		const id = setInterval(() => setNow(Date.now()), 250);
		return () => clearInterval(id);
	}, [running]);
	const elapsed = elapsedAt(timer, running ? Math.max(now, timer.startedAt ?? 0) : now);
	useEffect(() => {
		const due = minuteAnnouncement(last.current, elapsed);
		if (due) setMinuteSaid(due);
		last.current = elapsed;
	}, [elapsed]);
	return (
		<div class="ws-timer" role="group" aria-labelledby="ws-timer-label">
			<p id="ws-timer-label" class="label">
				Decision timer
			</p>
			<p class="ws-clock">
				<span role="timer">{formatClock(elapsed)}</span> <span class="ws-clock-state">{running ? 'running' : elapsed > 0 ? 'paused' : 'stopped'}</span>
			</p>
			<div class="actions">
				<button type="button" class="button secondary" aria-keyshortcuts={keys.timer} onClick={() => doTimer(say)}>
					{running ? 'Pause (T)' : 'Start (T)'}
				</button>
				<button
					type="button"
					class="button secondary"
					onClick={() => {
						resetDecisionTimer();
						say('Timer reset.');
					}}
				>
					Reset
				</button>
			</div>
			<div class="visually-hidden" aria-live="polite">
				{minuteSaid}
			</div>
		</div>
	);
}

function Legend() {
	return (
		<div class="ws-legend">
			<h2 class="label">Keyboard shortcuts</h2>
			<dl>
				{shortcutLegend.map((row) => (
					<div key={row.keys}>
						<dt>
							<kbd>{row.keys}</kbd>
						</dt>
						<dd>{row.action}</dd>
					</div>
				))}
			</dl>
			<p class="meta">Shortcuts pause while you type in a vote box.</p>
		</div>
	);
}
