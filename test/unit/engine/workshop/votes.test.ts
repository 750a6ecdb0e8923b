import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { changeVotes, cleanCount, decidedBy, letterFor, majority, MAX_VOTES, setVotes, totalVotes, voteSplit } from '../../../../src/engine/workshop/votes.ts';

const ids = ['a', 'b', 'c', 'd'];

describe('vote counts', () => {
	test('letters follow the display order: A, B, C, D', () => {
		expect([0, 1, 2, 3].map(letterFor)).toEqual(['A', 'B', 'C', 'D']);
	});

	test('a typed count becomes a whole number from 0 to the cap', () => {
		expect(cleanCount(7)).toBe(7);
		expect(cleanCount(3.9)).toBe(3);
		expect(cleanCount(-2)).toBe(0);
		expect(cleanCount(Number.NaN)).toBe(0);
		expect(cleanCount(1_000_000)).toBe(MAX_VOTES);
	});

	test('taking a vote away never goes below zero, and the tally given is not changed', () => {
		const tally = Object.freeze({ a: 1 });
		expect(changeVotes(tally, 'a', -1)).toEqual({ a: 0 });
		expect(changeVotes(changeVotes(tally, 'a', -1), 'a', -1)).toEqual({ a: 0 });
		expect(changeVotes(tally, 'b', 2)).toEqual({ a: 1, b: 2 });
		expect(tally).toEqual({ a: 1 });
		expect(setVotes(tally, 'a', 12)).toEqual({ a: 12 });
		expect(totalVotes({ a: 3, b: 4 })).toBe(7);
	});
});

describe('majority: the choice with most votes', () => {
	test('no votes, a clear leader, and a tie for the lead', () => {
		expect(majority({}, ids)).toEqual({ kind: 'none' });
		expect(majority({ a: 0, b: 0 }, ids)).toEqual({ kind: 'none' });
		expect(majority({ a: 2, b: 5, c: 3 }, ids)).toEqual({ kind: 'winner', choiceId: 'b', votes: 5 });
		// Most votes wins even without more than half of them (a plurality).
		expect(majority({ a: 3, b: 4, c: 3, d: 3 }, ids)).toEqual({ kind: 'winner', choiceId: 'b', votes: 4 });
		expect(majority({ a: 4, b: 1, c: 4 }, ids)).toEqual({ kind: 'tie', choiceIds: ['a', 'c'], votes: 4 });
	});

	test('tied choices are listed in display order, and votes for other ids are ignored', () => {
		expect(majority({ d: 2, b: 2 }, ['d', 'c', 'b'])).toEqual({ kind: 'tie', choiceIds: ['d', 'b'], votes: 2 });
		expect(majority({ stray: 9, a: 1 }, ids)).toEqual({ kind: 'winner', choiceId: 'a', votes: 1 });
	});

	test('how the played choice was picked', () => {
		expect(decidedBy({ a: 5, b: 2 }, ids, 'a')).toBe('majority');
		expect(decidedBy({ a: 5, b: 2 }, ids, 'b')).toBe('trainer');
		expect(decidedBy({ a: 3, b: 3 }, ids, 'b')).toBe('tie-break');
		expect(decidedBy({ a: 3, b: 3, c: 1 }, ids, 'c')).toBe('trainer');
		expect(decidedBy({}, ids, 'c')).toBe('no-votes');
	});
});

describe('voteSplit', () => {
	test('shares in display order, as whole percentages', () => {
		expect(voteSplit({ a: 1, b: 3 }, ['b', 'a'])).toEqual([
			{ choiceId: 'b', letter: 'A', votes: 3, percent: 75 },
			{ choiceId: 'a', letter: 'B', votes: 1, percent: 25 },
		]);
	});

	test('a third each still adds up to 100, and nobody voting gives 0 everywhere', () => {
		expect(voteSplit({ a: 1, b: 1, c: 1 }, ['a', 'b', 'c']).map((r) => r.percent)).toEqual([34, 33, 33]);
		expect(voteSplit({}, ['a', 'b']).map((r) => r.percent)).toEqual([0, 0]);
	});

	test('for any votes, the shares add up to exactly 100 and follow the counts', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: MAX_VOTES }), { minLength: 2, maxLength: 4 }), (counts) => {
				const choiceIds = counts.map((_, i) => ids[i]!);
				const tally = Object.fromEntries(counts.map((n, i) => [ids[i]!, n]));
				const split = voteSplit(tally, choiceIds);
				const total = counts.reduce((s, n) => s + n, 0);
				expect(split.reduce((s, r) => s + r.percent, 0)).toBe(total === 0 ? 0 : 100);
				for (const row of split) expect(Math.abs(row.percent - (total === 0 ? 0 : (row.votes * 100) / total))).toBeLessThan(1);
			}),
		);
	});
});
