import type { Scenario, ScenarioNode } from '../../schemas/scenario.ts';
import { displayOrder } from '../choice-order.ts';
import { currentNode, findNode, replay, type PathStep, type SimState } from '../runner.ts';
import { addTallies, changeVotes, decidedBy, majority, setVotes, subtractTally, type DecidedBy, type Tally } from './votes.ts';

/**
 * A workshop session: a room playing one role-play together.
 *
 * The room votes at each decision, the trainer plays a choice, then reveals what it led
 * to. The session keeps:
 *   - main: the room's own path, built decision by decision until its ending is shown.
 *     Until then, Back takes the last decision off it (an undo, e.g. for a mis-keyed vote);
 *     once it has ended it is kept as it is;
 *   - current: the path on screen. After the ending, Back and a different pick explore
 *     "what if" without touching main;
 *   - branches: every explored path that leaves main, kept whole (a longer exploration
 *     of the same branch replaces the shorter one, so each is listed once).
 * Each decision keeps the room's votes and how the choice was picked.
 *
 * Plain JSON, so it can be saved, posted to the audience window and downloaded. Pure:
 * every function returns a new session and never changes the one it is given.
 */

export interface Decision extends PathStep {
	/** The room's votes at this decision, by choice id (hands and phones together). */
	votes: Tally;
	/** The part of `votes` cast from phones (room mode); missing when the room voted by hand only. */
	byPhone?: Tally;
	decidedBy: DecidedBy;
}

/** "vote": the room is deciding (or, once the path has ended, looking at the ending). "result": a choice has just been played. */
export type Stage = 'vote' | 'result';

export interface WorkshopSession {
	version: 1;
	scenarioId: string;
	/** ISO date-time the session started. */
	startedAt: string;
	main: Decision[];
	/** The ending the room's path reached, set when that ending is shown; null until then. */
	mainEndingId: string | null;
	branches: Decision[][];
	current: Decision[];
	stage: Stage;
	/** Whether the consequence of the last choice (or, at an ending, the debrief) is showing on the audience screen. */
	revealed: boolean;
	/** Votes entered by the trainer (hands counted) so far for the decision that is open. */
	pending: Tally;
	/** Room mode: the phones' votes for the open decision, as counted by the room; missing without a room. */
	phoneVotes?: Tally;
}

/** Everything the room has voted at the open decision: hands and phones. */
export function openTally(session: WorkshopSession): Tally {
	return session.phoneVotes ? addTallies(session.pending, session.phoneVotes) : session.pending;
}

export function startSession(scenario: Scenario, startedAt: string): WorkshopSession {
	replay(scenario, []); // throws at once for a scenario that cannot start
	return {
		version: 1,
		scenarioId: scenario.id,
		startedAt,
		main: [],
		mainEndingId: null,
		branches: [],
		current: [],
		stage: 'vote',
		revealed: false,
		pending: {},
	};
}

/** The simulation state of the path on screen. */
export function stateOf(scenario: Scenario, session: WorkshopSession): SimState {
	return replay(scenario, session.current);
}

/** The choice ids of a node in the order the room sees them (A, B, C, D). */
export function shownChoiceIds(scenario: Scenario, node: ScenarioNode): string[] {
	return displayOrder(scenario.id, node.id, node.choices).map((choice) => choice.id);
}

/** The node the room is voting on, if a decision is open. */
export function openNode(scenario: Scenario, session: WorkshopSession): ScenarioNode | undefined {
	return session.stage === 'vote' ? currentNode(scenario, stateOf(scenario, session)) : undefined;
}

/** The node on screen: the open decision, or the one whose choice was just played. Undefined at an ending. */
export function nodeOnScreen(scenario: Scenario, session: WorkshopSession): ScenarioNode | undefined {
	const last = session.current.at(-1);
	return session.stage === 'result' && last ? findNode(scenario, last.nodeId) : openNode(scenario, session);
}

/** True once the path on screen has reached an ending and the ending is showing. */
export function atEnding(scenario: Scenario, session: WorkshopSession): boolean {
	return session.stage === 'vote' && stateOf(scenario, session).ended;
}

/** The decision on screen, counting from 1 (the one just played, in the result stage). */
export function decisionNumber(session: WorkshopSession): number {
	return session.current.length + (session.stage === 'vote' ? 1 : 0);
}

/** True when the path on screen is a "what if", not the room's own path. */
export function isExploring(session: WorkshopSession): boolean {
	return session.mainEndingId !== null && !samePath(session.current, session.main);
}

export function samePath(a: readonly PathStep[], b: readonly PathStep[]): boolean {
	return a.length === b.length && isPrefix(a, b);
}

/** True when `prefix` is the start of (or all of) `path`. */
export function isPrefix(prefix: readonly PathStep[], path: readonly PathStep[]): boolean {
	return prefix.length <= path.length && prefix.every((step, i) => step.nodeId === path[i]!.nodeId && step.choiceId === path[i]!.choiceId);
}

/** Adds votes for a choice of the open decision (negative: removes, never below 0). Anything else changes nothing. */
export function castVotes(scenario: Scenario, session: WorkshopSession, choiceId: string, delta: number): WorkshopSession {
	if (!openNode(scenario, session)?.choices.some((c) => c.id === choiceId)) return session;
	return { ...session, pending: changeVotes(session.pending, choiceId, delta) };
}

/** Room mode: the phones' votes for the open decision (`undefined`: the room is closed, hands only). */
export function setPhoneVotes(session: WorkshopSession, phones: Tally | undefined): WorkshopSession {
	if (phones === undefined) {
		if (session.phoneVotes === undefined) return session;
		const { phoneVotes: _, ...rest } = session;
		return rest;
	}
	const same = session.phoneVotes && Object.keys({ ...phones, ...session.phoneVotes }).every((id) => (phones[id] ?? 0) === (session.phoneVotes![id] ?? 0));
	return same ? session : { ...session, phoneVotes: phones };
}

/** Sets the count for a choice of the open decision, as typed by the trainer. */
export function setVoteCount(scenario: Scenario, session: WorkshopSession, choiceId: string, count: number): WorkshopSession {
	if (!openNode(scenario, session)?.choices.some((c) => c.id === choiceId)) return session;
	return { ...session, pending: setVotes(session.pending, choiceId, count) };
}

export type PlayOutcome =
	| { kind: 'played'; session: WorkshopSession; choiceId: string; decidedBy: DecidedBy }
	/** Most votes are shared: the trainer picks one of `choiceIds` (in display order). */
	| { kind: 'tie'; choiceIds: string[] }
	/** Nobody's votes are in: the trainer enters them or picks. */
	| { kind: 'no-votes' }
	/** No decision is open (a result is showing, or the path has ended), or the choice is not one of this node's. */
	| { kind: 'not-open' };

/** Plays `choiceId` (the trainer's pick) or, without it, the choice with most votes. */
export function play(scenario: Scenario, session: WorkshopSession, choiceId?: string): PlayOutcome {
	const node = openNode(scenario, session);
	if (!node) return { kind: 'not-open' };
	const shown = shownChoiceIds(scenario, node);
	let chosen = choiceId;
	if (chosen === undefined) {
		const lead = majority(openTally(session), shown);
		if (lead.kind === 'none') return { kind: 'no-votes' };
		if (lead.kind === 'tie') return { kind: 'tie', choiceIds: lead.choiceIds };
		chosen = lead.choiceId;
	}
	if (!shown.includes(chosen)) return { kind: 'not-open' };
	// Only this node's choices are kept: a stray count cannot leak into the record.
	const only = (tally: Tally) => Object.fromEntries(shown.map((id) => [id, tally[id] ?? 0]));
	const votes = only(openTally(session));
	const decision: Decision = { nodeId: node.id, choiceId: chosen, votes, decidedBy: decidedBy(votes, shown, chosen) };
	if (session.phoneVotes) decision.byPhone = only(session.phoneVotes);
	const current = [...session.current, decision];
	const onMain = session.mainEndingId === null;
	const next: WorkshopSession = {
		...session,
		current,
		main: onMain ? current : session.main,
		branches: onMain ? session.branches : recordBranch(session.branches, session.main, current),
		stage: 'result',
		revealed: false,
		pending: {},
		...(session.phoneVotes && { phoneVotes: {} }),
	};
	return { kind: 'played', session: next, choiceId: chosen, decidedBy: decision.decidedBy };
}

/**
 * Adds an explored path to the branches: nothing if it is part of the room's path or of
 * a branch already explored further; otherwise it replaces the branches it extends.
 */
export function recordBranch(branches: readonly Decision[][], main: readonly PathStep[], path: Decision[]): Decision[][] {
	if (isPrefix(path, main) || branches.some((branch) => isPrefix(path, branch))) return [...branches];
	return [...branches.filter((branch) => !isPrefix(branch, path)), path];
}

/** Shows the room the consequence of the choice just played, or the debrief at an ending. */
export function reveal(scenario: Scenario, session: WorkshopSession): WorkshopSession {
	if (session.revealed || !(session.stage === 'result' || atEnding(scenario, session))) return session;
	return { ...session, revealed: true };
}

/**
 * From a result, on to the next decision or the ending. The room's path is settled when
 * its ending comes on screen: until then Back can still undo its last choice.
 */
export function next(scenario: Scenario, session: WorkshopSession): WorkshopSession {
	if (session.stage !== 'result') return session;
	const after = stateOf(scenario, session);
	const settles = session.mainEndingId === null && after.ended;
	return {
		...session,
		stage: 'vote',
		revealed: false,
		pending: {},
		...(session.phoneVotes && { phoneVotes: {} }),
		mainEndingId: settles ? after.endingId : session.mainEndingId,
	};
}

/**
 * Back one decision: the path minus its last choice, with that decision open again and
 * the room's votes for it restored (so the trainer can correct them, or, after the
 * ending, pick another choice to see what would have happened).
 */
export function back(session: WorkshopSession): WorkshopSession {
	const removed = session.current.at(-1);
	if (!removed) return session;
	const current = session.current.slice(0, -1);
	return {
		...session,
		current,
		main: session.mainEndingId === null ? current : session.main,
		stage: 'vote',
		revealed: false,
		// The hands go back in the trainer's boxes; the phones' votes are the room's to count again.
		pending: removed.byPhone ? subtractTally(removed.votes, removed.byPhone) : removed.votes,
		...(session.phoneVotes && { phoneVotes: removed.byPhone ?? {} }),
	};
}

/** From a "what if", back to the room's own path and its ending. */
export function returnToRoomPath(session: WorkshopSession): WorkshopSession {
	if (!isExploring(session)) return session;
	return { ...session, current: session.main, stage: 'vote', revealed: false, pending: {}, ...(session.phoneVotes && { phoneVotes: {} }) };
}
