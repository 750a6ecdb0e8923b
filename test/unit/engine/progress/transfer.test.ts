import { describe, expect, test } from 'vitest';
import { counts, importPlan } from '../../../../src/engine/progress/import-plan.ts';
import { addImport, cleared, replaceWithImport } from '../../../../src/engine/progress/transfer.ts';
import { attempt, day, fullProgress, progress } from './fixtures.ts';

describe('importing: what it would change, and the two ways to apply it', () => {
	const here = progress({ lessons: { basics: { readAt: day(1) } }, attempts: [attempt({ id: 'here-1' }), attempt({ id: 'both' })] });
	const file = progress({
		resetAt: day(30),
		lessons: { basics: { readAt: day(2) }, other: { readAt: day(2) } },
		attempts: [attempt({ id: 'both' }), attempt({ id: 'file-1' }), attempt({ id: 'file-2' })],
		inProgress: { s: { mode: 'practice', path: [{ nodeId: 'a', choiceId: 'b' }], updatedAt: day(3) } },
	});

	test('counts what a record holds (a role-play in progress only if there is something to resume)', () => {
		expect(counts(fullProgress())).toEqual({ lessons: 1, drills: 1, attempts: 2, inProgress: 1 });
		expect(counts(progress({ inProgress: { s: { mode: 'practice', path: [], updatedAt: day(1) } } })).inProgress).toBe(0);
	});

	test('the plan shows what the file holds, what is here, and what adding brings', () => {
		expect(importPlan(here, file)).toEqual({
			file: { lessons: 2, drills: 0, attempts: 3, inProgress: 1 },
			here: { lessons: 1, drills: 0, attempts: 2, inProgress: 0 },
			added: { lessons: 1, drills: 0, attempts: 2, inProgress: 1 },
			updated: 0,
			nothingNew: false,
		});
	});

	test('a file with nothing new says so', () => {
		expect(importPlan(fullProgress(), fullProgress()).nothingNew).toBe(true);
	});

	test('a newer drill result in the file counts as an update', () => {
		const drill = (n: number) => ({ firstDoneAt: day(1), lastDoneAt: day(n), last: { correct: n, total: 10 }, best: { correct: n, total: 10 } });
		expect(importPlan(progress({ drills: { d: drill(2) } }), progress({ drills: { d: drill(4) } })).updated).toBe(1);
	});

	test('adding keeps everything here and ignores the file’s own reset marker', () => {
		const added = addImport(here, file);
		expect(added.attempts.map((a) => a.id).sort()).toEqual(['both', 'file-1', 'file-2', 'here-1']);
		expect(added.lessons.basics).toEqual({ readAt: day(1) });
		expect(added.resetAt).toBe(here.resetAt);
	});

	test('replacing gives the file’s progress, marked as a reset now', () => {
		expect(replaceWithImport(file, day(40))).toEqual({ ...file, resetAt: day(40) });
	});

	test('clearing leaves an empty record marked as a reset now', () => {
		expect(cleared(day(9))).toEqual(progress({ resetAt: day(9) }));
	});
});
