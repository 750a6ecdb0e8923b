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

	test('equal votes show equal shares, even when the shares then add up to less than 100', () => {
		expect(voteSplit({ a: 1, b: 1, c: 1 }, ['a', 'b', 'c']).map((r) => r.percent)).toEqual([33, 33, 33]);
		// 5 and 5 of 13 are 38.46 % each: the one point left cannot go to both, so neither gets it.
		expect(voteSplit({ a: 5, b: 5, c: 3 }, ['a', 'b', 'c']).map((r) => r.percent)).toEqual([38, 38, 23]);
		// 5 and 5 of 12, with 1 and 1: the two points left go to the two equal largest remainders.
		expect(voteSplit({ a: 5, b: 5, c: 1, d: 1 }, ['a', 'b', 'c', 'd']).map((r) => r.percent)).toEqual([42, 42, 8, 8]);
		expect(voteSplit({ a: 2, b: 1 }, ['a', 'b']).map((r) => r.percent)).toEqual([67, 33]);
		expect(voteSplit({}, ['a', 'b']).map((r) => r.percent)).toEqual([0, 0]);
	});

	test('for any votes, equal votes get equal shares, each share is within a point of the exact one, and they add up to 100 unless a tie holds points back', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: MAX_VOTES }), { minLength: 2, maxLength: 4 }), (counts) => {
				const choiceIds = counts.map((_, i) => ids[i]!);
				const tally = Object.fromEntries(counts.map((n, i) => [ids[i]!, n]));
				const split = voteSplit(tally, choiceIds);
				const total = counts.reduce((s, n) => s + n, 0);
				const sum = split.reduce((s, r) => s + r.percent, 0);
				const distinct = new Set(counts).size === counts.length;
				if (total === 0) expect(sum).toBe(0);
				else if (distinct) expect(sum).toBe(100);
				else expect(sum).toBeGreaterThan(100 - counts.length);
				expect(sum).toBeLessThanOrEqual(100);
				for (const row of split) expect(Math.abs(row.percent - (total === 0 ? 0 : (row.votes * 100) / total))).toBeLessThan(1);
				for (const a of split) for (const b of split) if (a.votes === b.votes) expect(a.percent).toBe(b.percent);
			}),
		);
	});
});
