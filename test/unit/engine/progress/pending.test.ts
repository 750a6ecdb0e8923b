import { expect, test } from 'vitest';
import { withPendingDrills } from '../../../../src/engine/progress/pending.ts';
import { day, progress } from './fixtures.ts';

// Drill results a page could not record (its code replaced by a deploy) join the record later.

const run = (n: number, correct: number) => ({ firstDoneAt: day(n), lastDoneAt: day(n), last: { correct, total: 6 }, best: { correct, total: 6 } });

test('a waiting result is added as a drill run on the day it was finished', () => {
	expect(withPendingDrills(progress(), [{ drillId: 'open-or-closed', correct: 4, total: 6, at: day(2) }]).drills).toEqual({ 'open-or-closed': run(2, 4) });
});

test('an older waiting result never hides a newer run, but can be the best or the first', () => {
	const here = progress({ drills: { 'open-or-closed': run(5, 3) } });
	expect(withPendingDrills(here, [{ drillId: 'open-or-closed', correct: 6, total: 6, at: day(2) }]).drills['open-or-closed']).toEqual({
		firstDoneAt: day(2),
		lastDoneAt: day(5),
		last: { correct: 3, total: 6 },
		best: { correct: 6, total: 6 },
	});
});

test('anything malformed is dropped, never trusted', () => {
	const here = progress();
	const junk = [
		null,
		'x',
		{ drillId: 'Bad Id', correct: 1, total: 2, at: day(1) },
		{ drillId: 'd', correct: 7, total: 6, at: day(1) },
		{ drillId: 'd', correct: 1, total: 2, at: 'soon' },
		{ drillId: 'd', correct: 1, total: 2, at: day(1), extra: 1 },
	];
	expect(withPendingDrills(here, junk)).toBe(here);
});
