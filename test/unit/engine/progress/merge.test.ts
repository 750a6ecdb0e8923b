import { describe, expect, test } from 'vitest';
import { mergeProgress } from '../../../../src/engine/progress/merge.ts';
import { attempt, day, fullProgress, progress } from './fixtures.ts';

describe('mergeProgress: two copies of the record become one, losing nothing', () => {
	test('attempts are joined by id, oldest first, and one in both is kept once', () => {
		const shared = attempt({ id: 'shared', date: day(2) });
		const a = progress({ attempts: [attempt({ id: 'only-a', date: day(3) }), shared] });
		const b = progress({ attempts: [shared, attempt({ id: 'only-b', date: day(1) })] });
		expect(mergeProgress(a, b).attempts.map((x) => x.id)).toEqual(['only-b', 'shared', 'only-a']);
	});

	test('a lesson keeps the date it was first marked done', () => {
		const a = progress({ lessons: { one: { readAt: day(5) }, two: { readAt: day(1) } } });
		const b = progress({ lessons: { one: { readAt: day(2) } } });
		expect(mergeProgress(a, b).lessons).toEqual({ one: { readAt: day(2) }, two: { readAt: day(1) } });
	});

	test('a drill keeps its first date, the latest result and the best result of both', () => {
		const a = progress({ drills: { d: { firstDoneAt: day(1), lastDoneAt: day(2), last: { correct: 2, total: 6 }, best: { correct: 5, total: 6 } } } });
		const b = progress({ drills: { d: { firstDoneAt: day(3), lastDoneAt: day(4), last: { correct: 3, total: 6 }, best: { correct: 3, total: 6 } } } });
		expect(mergeProgress(a, b).drills.d).toEqual({ firstDoneAt: day(1), lastDoneAt: day(4), last: { correct: 3, total: 6 }, best: { correct: 5, total: 6 } });
	});

	test('of two role-plays in progress on one scenario, the later wins', () => {
		const early = { mode: 'practice' as const, path: [{ nodeId: 'a', choiceId: 'b' }], updatedAt: day(1) };
		const late = { mode: 'assessment' as const, path: [], updatedAt: day(2) };
		expect(mergeProgress(progress({ inProgress: { s: early } }), progress({ inProgress: { s: late } })).inProgress.s).toEqual(late);
		expect(mergeProgress(progress({ inProgress: { s: late } }), progress({ inProgress: { s: early } })).inProgress.s).toEqual(late);
	});

	test('merging with itself or with an empty record changes nothing', () => {
		expect(mergeProgress(fullProgress(), fullProgress())).toEqual(fullProgress());
		expect(mergeProgress(fullProgress(), progress({ resetAt: fullProgress().resetAt }))).toEqual(fullProgress());
	});

	test('after "Clear all progress" (a later reset), a stale copy brings back only what was done after the reset', () => {
		const stale = progress({
			lessons: { before: { readAt: day(1) }, after: { readAt: day(6) } },
			attempts: [attempt({ id: 'before', date: day(1) }), attempt({ id: 'after', date: day(6) })],
		});
		const clearedOnDay5 = progress({ resetAt: day(5) });
		for (const merged of [mergeProgress(clearedOnDay5, stale), mergeProgress(stale, clearedOnDay5)]) {
			expect(merged.resetAt).toBe(day(5));
			expect(Object.keys(merged.lessons)).toEqual(['after']);
			expect(merged.attempts.map((a) => a.id)).toEqual(['after']);
		}
	});

	test('the copy with the later reset keeps everything it holds, however old (a replacing import)', () => {
		const imported = progress({ resetAt: day(9), attempts: [attempt({ id: 'imported', date: day(1) })] });
		expect(mergeProgress(progress({ attempts: [attempt({ id: 'stale', date: day(2) })] }), imported).attempts.map((a) => a.id)).toEqual(['imported']);
	});

	test('inputs are not changed', () => {
		const a = fullProgress();
		const b = progress({ attempts: [attempt({ id: 'x', date: day(20) })] });
		mergeProgress(a, b);
		expect(a).toEqual(fullProgress());
		expect(b.attempts).toHaveLength(1);
	});
});
