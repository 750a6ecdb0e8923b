import { describe, expect, test } from 'vitest';
import { deepFreeze } from '../builders.ts';
import {
	atEnding,
	back,
	castVotes,
	decisionNumber,
	isExploring,
	next,
	nodeOnScreen,
	openNode,
	play,
	recordBranch,
	returnToRoomPath,
	reveal,
	setVoteCount,
	startSession,
	type Decision,
	type WorkshopSession,
} from '../../../../src/engine/workshop/session.ts';
import { scenario, STARTED } from './session-helpers.ts';

const played = (session: WorkshopSession, choiceId?: string): WorkshopSession => {
	const outcome = play(scenario, session, choiceId);
	if (outcome.kind !== 'played') throw new Error(`expected a play, got ${outcome.kind}`);
	return outcome.session;
};
/** Votes, plays the majority, reveals and moves on. */
const decide = (session: WorkshopSession, votes: Record<string, number>): WorkshopSession => {
	let s = session;
	for (const [id, n] of Object.entries(votes)) s = setVoteCount(scenario, s, id, n);
	return next(scenario, reveal(scenario, played(s)));
};
const ids = (path: readonly Decision[]) => path.map((d) => `${d.nodeId}:${d.choiceId}`);
const roomPath = (s: WorkshopSession) => decide(decide(decide(decide(s, { c1: 5, c2: 1 }), { c1: 4 }), { c2: 6, c1: 2 }), { c1: 3 });

describe('a workshop session', () => {
	test('starts at the first decision, voting, with nothing played or revealed', () => {
		const s = startSession(scenario, STARTED);
		expect(openNode(scenario, s)?.id).toBe('n1');
		expect(s).toMatchObject({ scenarioId: scenario.id, startedAt: STARTED, main: [], branches: [], current: [], stage: 'vote', revealed: false, pending: {} });
		expect(decisionNumber(s)).toBe(1);
	});

	test('votes count only for the open decision’s choices', () => {
		let s = startSession(scenario, STARTED);
		s = castVotes(scenario, s, 'c1', 1);
		s = castVotes(scenario, s, 'c1', 1);
		s = castVotes(scenario, s, 'c2', -1);
		expect(s.pending).toEqual({ c1: 2, c2: 0 });
		expect(castVotes(scenario, s, 'no-such-choice', 1)).toBe(s);
		const result = played(s);
		expect(castVotes(scenario, result, 'c1', 1)).toBe(result);
		expect(setVoteCount(scenario, result, 'c1', 9)).toBe(result);
	});

	test('playing the majority records the votes and moves to the result, unrevealed', () => {
		let s = startSession(scenario, STARTED);
		s = setVoteCount(scenario, s, 'c2', 7);
		s = setVoteCount(scenario, s, 'c1', 3);
		const outcome = play(scenario, s);
		expect(outcome).toMatchObject({ kind: 'played', choiceId: 'c2', decidedBy: 'majority' });
		const after = (outcome as Extract<typeof outcome, { kind: 'played' }>).session;
		expect(after.current).toEqual([{ nodeId: 'n1', choiceId: 'c2', votes: { c1: 3, c2: 7 }, decidedBy: 'majority' }]);
		expect(after.main).toEqual(after.current);
		expect(after).toMatchObject({ stage: 'result', revealed: false, pending: {} });
		expect(nodeOnScreen(scenario, after)?.id).toBe('n1');
		expect(decisionNumber(after)).toBe(1);
	});

	test('a tie or no votes leaves the choice to the trainer', () => {
		const s = startSession(scenario, STARTED);
		expect(play(scenario, s)).toEqual({ kind: 'no-votes' });
		const tied = setVoteCount(scenario, setVoteCount(scenario, s, 'c1', 4), 'c2', 4);
		const outcome = play(scenario, tied);
		expect(outcome.kind).toBe('tie');
		expect((outcome as { choiceIds: string[] }).choiceIds.sort()).toEqual(['c1', 'c2']);
		expect(played(tied, 'c2').current[0]!.decidedBy).toBe('tie-break');
		expect(played(setVoteCount(scenario, s, 'c1', 4), 'c2').current[0]!.decidedBy).toBe('trainer');
		expect(played(s, 'c1').current[0]!.decidedBy).toBe('no-votes');
		expect(play(scenario, s, 'not-a-choice')).toEqual({ kind: 'not-open' });
	});

	test('reveal works on a result and at the ending only; next moves on from a result only', () => {
		const s = startSession(scenario, STARTED);
		expect(reveal(scenario, s)).toBe(s);
		expect(next(scenario, s)).toBe(s);
		const result = played(s, 'c1');
		expect(reveal(scenario, result).revealed).toBe(true);
		expect(play(scenario, result, 'c1')).toEqual({ kind: 'not-open' });
		const moved = next(scenario, reveal(scenario, result));
		expect(moved).toMatchObject({ stage: 'vote', revealed: false });
		expect(openNode(scenario, moved)?.id).toBe('n2');
	});

	test('the room’s path is settled when its ending comes on screen', () => {
		const three = decide(decide(decide(startSession(scenario, STARTED), { c1: 1 }), { c1: 1 }), { c1: 1 });
		const lastResult = played(setVoteCount(scenario, three, 'c1', 2));
		expect(lastResult.mainEndingId).toBeNull();
		const ended = next(scenario, lastResult);
		expect(ended.mainEndingId).toBe('good');
		expect(atEnding(scenario, ended)).toBe(true);
		expect(openNode(scenario, ended)).toBeUndefined();
		expect(reveal(scenario, ended).revealed).toBe(true);
	});

	test('before the ending, back is an undo: the decision comes off the room’s path with its votes restored', () => {
		const one = decide(startSession(scenario, STARTED), { c1: 5, c2: 2 });
		const result = played(setVoteCount(scenario, one, 'c2', 3));
		const undone = back(result);
		expect(ids(undone.main)).toEqual(['n1:c1']);
		expect(undone).toMatchObject({ stage: 'vote', revealed: false, pending: { c1: 0, c2: 3 } });
		expect(openNode(scenario, undone)?.id).toBe('n2');
		expect(back(startSession(scenario, STARTED)).current).toEqual([]);
	});

	test('after the ending, back explores “what if”: the room’s path stays, and each branch is kept once', () => {
		const ended = roomPath(startSession(scenario, STARTED));
		expect(ids(ended.main)).toEqual(['n1:c1', 'n2:c1', 'n3:c2', 'n4:c1']);
		expect(isExploring(ended)).toBe(false);

		// Back twice, to n3, and try c1 there instead.
		const atN3 = back(back(ended));
		expect(ids(atN3.main)).toEqual(ids(ended.main));
		expect(atN3.pending).toEqual({ c1: 2, c2: 6 });
		expect(isExploring(atN3)).toBe(true);
		const tried = played(atN3, 'c1');
		expect(tried.current.at(-1)!.decidedBy).toBe('trainer');
		expect(tried.branches.map(ids)).toEqual([['n1:c1', 'n2:c1', 'n3:c1']]);
		// Following the branch further replaces it with the longer path, not a second entry.
		const further = played(next(scenario, tried), 'c2');
		expect(further.branches.map(ids)).toEqual([['n1:c1', 'n2:c1', 'n3:c1', 'n4:c2']]);
		expect(further.mainEndingId).toBe('good');

		// Going back along the branch and replaying the room's own choices records nothing new.
		const replayed = played(next(scenario, played(back(back(further)), 'c2')), 'c1');
		expect(replayed.branches).toHaveLength(1);
		expect(isExploring(next(scenario, replayed))).toBe(false);

		// And back to the room's path from anywhere.
		const home = returnToRoomPath(further);
		expect(ids(home.current)).toEqual(ids(ended.main));
		expect(atEnding(scenario, home)).toBe(true);
		expect(returnToRoomPath(startSession(scenario, STARTED)).current).toEqual([]);
	});

	test('no rule changes the session it is given', () => {
		const frozen = deepFreeze(roomPath(startSession(scenario, STARTED)));
		const explored = deepFreeze(played(back(back(frozen)), 'c1'));
		for (const s of [frozen, explored]) {
			back(s);
			next(scenario, s);
			reveal(scenario, s);
			returnToRoomPath(s);
			castVotes(scenario, s, 'c1', 1);
			play(scenario, s, 'c2');
		}
		expect(ids(frozen.main)).toHaveLength(4);
	});
});

describe('recordBranch', () => {
	const d = (nodeId: string, choiceId: string): Decision => ({ nodeId, choiceId, votes: {}, decidedBy: 'no-votes' });
	const main = [d('n1', 'c1'), d('n2', 'c1')];
	test('ignores the room’s path and branches already explored further', () => {
		expect(recordBranch([], main, [d('n1', 'c1')])).toEqual([]);
		const branch = [d('n1', 'c2'), d('n2', 'c2')];
		expect(recordBranch([branch], main, [d('n1', 'c2')])).toEqual([branch]);
	});
	test('adds a new branch, and replaces one it extends', () => {
		const short = [d('n1', 'c2')];
		const long = [d('n1', 'c2'), d('n2', 'c1')];
		const other = [d('n1', 'c1'), d('n2', 'c2')];
		expect(recordBranch([short], main, long)).toEqual([long]);
		expect(recordBranch([long], main, other)).toEqual([long, other]);
	});
});
