import { describe, expect, test } from 'vitest';
import { castBallot, decisionKey, EMPTY_BOX, phoneTally, readBallotBox, type OpenBallot } from '../../../../../src/engine/workshop/room/ballot-box.ts';
import type { Vote } from '../../../../../src/engine/workshop/room/messages.ts';

const open: OpenBallot = { decision: 'd1', letters: ['A', 'B', 'C'] };
const vote = (phone: string, letter: string, n: number, decision = 'd1'): Vote => ({ room: 'R', phone, decision, letter, n });
const cast = (...votes: Vote[]) => votes.reduce((box, v) => castBallot(box, v, open), EMPTY_BOX);
const shown = ['c-x', 'c-y', 'c-z'];

describe('counting phones’ votes', () => {
	test('one vote per phone; the same vote again (a retry, a reconnect) counts once', () => {
		const box = cast(vote('p1', 'A', 1), vote('p2', 'A', 1), vote('p1', 'A', 1), vote('p3', 'C', 4));
		expect(phoneTally(box, 'd1', shown)).toEqual({ 'c-x': 2, 'c-y': 0, 'c-z': 1 });
	});

	test('a changed vote replaces the phone’s earlier one; an older vote played back changes nothing', () => {
		const box = cast(vote('p1', 'A', 1), vote('p1', 'B', 2), vote('p1', 'A', 1));
		expect(phoneTally(box, 'd1', shown)).toEqual({ 'c-x': 0, 'c-y': 1, 'c-z': 0 });
	});

	test('votes for a decision that is not open, or for a letter not on offer, are not counted', () => {
		expect(cast(vote('p1', 'A', 1, 'd0'))).toBe(EMPTY_BOX);
		expect(cast(vote('p1', 'D', 1))).toBe(EMPTY_BOX);
		expect(castBallot(EMPTY_BOX, vote('p1', 'A', 1), null)).toBe(EMPTY_BOX);
	});

	test('a decision reopened by Back counts its phones again; any other decision starts empty', () => {
		const path = [{ nodeId: 'n1', choiceId: 'c1' }];
		expect(decisionKey('2025-03-14T09:30:00Z', path)).toBe(decisionKey('2025-03-14T09:30:00Z', [...path]));
		expect(decisionKey('2025-03-14T09:30:00Z', path)).not.toBe(decisionKey('2025-03-14T09:30:00Z', [{ nodeId: 'n1', choiceId: 'c2' }]));
		expect(decisionKey('2025-03-14T09:30:00Z', path)).not.toBe(decisionKey('2025-03-14T10:00:00Z', path));
	});

	test('a saved box reads back; anything else reads as empty', () => {
		const box = cast(vote('p1', 'A', 1));
		expect(readBallotBox(JSON.parse(JSON.stringify(box)))).toEqual(box);
		expect(readBallotBox({ decisions: { d1: { p1: 'Z' } }, lastN: {} })).toEqual(EMPTY_BOX);
		expect(readBallotBox('nonsense')).toEqual(EMPTY_BOX);
	});
});
