import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { progressSchema } from '../../../../src/schemas/progress.ts';
import { validateProgress } from '../../../../src/engine/progress/validate.ts';
import { PROGRESS_VERSION } from '../../../../src/engine/progress/model.ts';
import { fullProgress, progress } from './fixtures.ts';

// The zod schema is the readable specification; the browser uses the hand-written
// validator. They must accept and refuse the same records.

const agree = (value: unknown) => {
	const zod = progressSchema.safeParse(value).success;
	const mine = validateProgress(value).ok;
	return { zod, mine };
};

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const iso = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const path = fc.array(fc.record({ nodeId: id, choiceId: id }), { maxLength: 4 });
const mode = fc.constantFrom('practice', 'assessment');
const score = fc.integer({ min: 1, max: 20 }).chain((total) => fc.record({ correct: fc.integer({ min: 0, max: total }), total: fc.constant(total) }));
const drill = fc.tuple(iso, iso, score).map(([a, b, s]) => ({ firstDoneAt: a < b ? a : b, lastDoneAt: a < b ? b : a, last: s, best: s }));
const attempt = fc.record({
	id,
	scenarioId: id,
	procedureId: id,
	date: iso,
	mode,
	path,
	score: fc.integer({ min: 0, max: 100 }),
	band: fc.constantFrom('recovered', 'partly-recovered', 'lost'),
	endingId: id,
	steps: fc.dictionary(id, fc.constantFrom('performed', 'done-poorly', 'out-of-order', 'late', 'skipped', 'not-reached'), { maxKeys: 3 }),
});
const record = fc.record({
	version: fc.constant(PROGRESS_VERSION),
	resetAt: fc.option(iso, { nil: null }),
	lessons: fc.dictionary(id, fc.record({ readAt: iso }), { maxKeys: 3 }),
	drills: fc.dictionary(id, drill, { maxKeys: 2 }),
	quizzes: fc.dictionary(
		id,
		fc.tuple(drill, fc.boolean()).map(([d, passed]) => ({ ...d, passedAt: passed ? d.lastDoneAt : null })),
		{ maxKeys: 2 },
	),
	attempts: fc.uniqueArray(attempt, { selector: (a) => a.id, maxLength: 3 }),
	inProgress: fc.dictionary(id, fc.record({ mode, path, updatedAt: iso }), { maxKeys: 2 }),
});

/** Damage of the kinds a hand edit or a broken write makes, somewhere in the record. */
const damage = fc.constantFrom<[string, (r: any) => void]>(
	['drop a field', (r) => delete r.lessons],
	['add a field', (r) => (r.extra = true)],
	['bad version', (r) => (r.version = 99)],
	['bad reset', (r) => (r.resetAt = 'soon')],
	['bad lesson date', (r) => (r.lessons['x-y'] = { readAt: 12 })],
	['bad attempt', (r) => r.attempts.push({ id: 'z', score: 101 })],
	['score out of range', (r) => r.attempts.push({ ...structuredClone(fullProgress().attempts[0]), id: 'zz', score: 101 })],
	['bad key', (r) => (r.inProgress['Bad Key'] = { mode: 'practice', path: [], updatedAt: '2026-01-01T00:00:00Z' })],
	[
		'impossible drill',
		(r) =>
			(r.drills['d-d'] = {
				firstDoneAt: '2026-01-01T00:00:00Z',
				lastDoneAt: '2026-01-01T00:00:00Z',
				last: { correct: 3, total: 2 },
				best: { correct: 3, total: 2 },
			}),
	],
	['attempts not a list', (r) => (r.attempts = {})],
	[
		'bad quiz pass date',
		(r) =>
			(r.quizzes['q-q'] = {
				firstDoneAt: '2026-01-01T00:00:00Z',
				lastDoneAt: '2026-01-01T00:00:00Z',
				last: { correct: 1, total: 2 },
				best: { correct: 1, total: 2 },
				passedAt: 'yes',
			}),
	],
);

describe('the zod schema and the hand-written validator agree', () => {
	test('on the fixtures', () => {
		expect(agree(progress())).toEqual({ zod: true, mine: true });
		expect(agree(fullProgress())).toEqual({ zod: true, mine: true });
	});

	test('on random valid records: both accept', () => {
		fc.assert(
			fc.property(record, (r) => {
				expect(agree(r)).toEqual({ zod: true, mine: true });
			}),
			{ numRuns: 300 },
		);
	});

	test('on random damaged records: both refuse', () => {
		fc.assert(
			fc.property(record, damage, (r, [, harm]) => {
				harm(r);
				expect(agree(r)).toEqual({ zod: false, mine: false });
			}),
			{ numRuns: 300 },
		);
	});
});
