import { describe, expect, test } from 'vitest';
import { validateProgress } from '../../../../src/engine/progress/validate.ts';
import { LIMITS } from '../../../../src/engine/progress/model.ts';
import { attempt, fullProgress, progress } from './fixtures.ts';

/** A full record with one change made by `edit` (on a deep copy). */
function changed(edit: (record: any) => void): unknown {
	const record = structuredClone(fullProgress());
	edit(record);
	return record;
}

const problemOf = (value: unknown) => {
	const result = validateProgress(value);
	return result.ok ? 'accepted' : result.problem;
};

describe('validateProgress accepts honest records', () => {
	test('an empty record and one with something in every part', () => {
		expect(validateProgress(progress()).ok).toBe(true);
		expect(validateProgress(fullProgress())).toEqual({ ok: true, value: fullProgress() });
	});
});

describe('validateProgress refuses a wrong shape, naming the place and the problem', () => {
	test.each([
		['not an object', [], 'The record must be an object, not a list'],
		['null', null, 'The record must be an object, not null'],
		['an unknown field', changed((r) => (r.extra = 1)), 'The record has a field this version does not know: "extra"'],
		['a missing field', changed((r) => delete r.attempts), 'The record is missing the field "attempts"'],
		['another version', changed((r) => (r.version = 4)), 'version must be 3, not 4'],
		['a score above 100', changed((r) => (r.attempts[1].score = 140)), 'attempts[1].score must be a whole number from 0 to 100, not 140'],
		['a fractional score', changed((r) => (r.attempts[0].score = 55.5)), 'attempts[0].score must be a whole number from 0 to 100, not 55.5'],
		[
			'an unknown band',
			changed((r) => (r.attempts[0].band = 'brilliant')),
			'attempts[0].band must be one of "recovered", "partly-recovered", "lost", not "brilliant"',
		],
		[
			'an unknown verdict',
			changed((r) => (r.attempts[0].steps.reiterate = 'maybe')),
			'attempts[0].steps.reiterate must be one of "performed", "done-poorly", "out-of-order", "late", "skipped", "not-reached", not "maybe"',
		],
		[
			'a bad id',
			changed((r) => (r.attempts[0].scenarioId = 'Broadband Outage')),
			'attempts[0].scenarioId must be an id in lowercase words joined by hyphens, not "Broadband Outage"',
		],
		[
			'a bad key',
			changed((r) => (r.lessons['Not An Id'] = { readAt: r.lessons['handling-a-complaint'].readAt })),
			'lessons has a key that must be an id in lowercase words joined by hyphens, not "Not An Id"',
		],
		[
			'a bad date',
			changed((r) => (r.lessons['handling-a-complaint'].readAt = 'yesterday')),
			'lessons.handling-a-complaint.readAt must be a date and time, not "yesterday"',
		],
		[
			'an impossible date',
			changed((r) => (r.attempts[0].date = '2026-02-31T25:00:00Z')),
			'attempts[0].date must be a date and time, not "2026-02-31T25:00:00Z"',
		],
		[
			'a bad mode',
			changed((r) => (r.inProgress['restaurant-booking'].mode = 'exam')),
			'inProgress.restaurant-booking.mode must be one of "practice", "assessment", not "exam"',
		],
		['a path step with a missing choice', changed((r) => delete r.attempts[0].path[0].choiceId), 'attempts[0].path[0] is missing the field "choiceId"'],
		[
			'two attempts with one id',
			changed((r) => (r.attempts[1].id = r.attempts[0].id)),
			'attempts[1].id "full-1" is used by two attempts: each attempt has its own id',
		],
		[
			'more right answers than questions',
			changed((r) => (r.drills['open-or-closed'].last = { correct: 7, total: 6 })),
			'drills.open-or-closed.last.correct (7) cannot be more than total (6)',
		],
		[
			'a best score lower than the last',
			changed((r) => (r.drills['open-or-closed'].best = { correct: 1, total: 6 })),
			'drills.open-or-closed.best is lower than the last score, which cannot happen',
		],
		[
			'a first run after the last',
			changed((r) => (r.drills['open-or-closed'].firstDoneAt = '2027-01-01T00:00:00Z')),
			'drills.open-or-closed.firstDoneAt is later than lastDoneAt, which cannot happen',
		],
	])('%s', (_label, value, problem) => {
		expect(problemOf(value)).toBe(problem);
	});

	test('over-large lists and paths are refused rather than trimmed', () => {
		const many = progress({ attempts: Array.from({ length: LIMITS.attempts + 1 }, () => attempt()) });
		expect(problemOf(many)).toBe(`attempts has ${LIMITS.attempts + 1} entries, more than the ${LIMITS.attempts} this site accepts`);
		const long = progress({ attempts: [attempt({ path: Array.from({ length: LIMITS.pathLength + 1 }, () => ({ nodeId: 'a', choiceId: 'b' })) })] });
		expect(problemOf(long)).toBe(`attempts[0].path has ${LIMITS.pathLength + 1} entries, more than the ${LIMITS.pathLength} this site accepts`);
	});

	test('a long string in a message is cut short', () => {
		expect(problemOf(changed((r) => (r.attempts[0].endingId = 'x'.repeat(500))))).toBe(
			`attempts[0].endingId must be an id in lowercase words joined by hyphens, not "${'x'.repeat(40)}…"`,
		);
	});
});

describe('names every object already answers to are refused, not mistaken for known ones', () => {
	const parsed = (edit: (text: string) => string) => JSON.parse(edit(JSON.stringify(fullProgress())));
	test.each([
		[
			'a drill keyed "constructor"',
			parsed((t) =>
				t.replace(
					'"drills":{',
					'"drills":{"constructor":{"firstDoneAt":"2026-01-01T10:00:00.000Z","lastDoneAt":"2026-01-01T10:00:00.000Z","last":{"correct":1,"total":2},"best":{"correct":1,"total":2}},',
				),
			),
			'drills has a key this site cannot use: "constructor" is a name the browser reserves',
		],
		[
			'a lesson keyed "__proto__"',
			parsed((t) => t.replace('"lessons":{', '"lessons":{"__proto__":{"readAt":"2026-01-01T10:00:00.000Z"},')),
			'lessons has a key that must be an id in lowercase words joined by hyphens, not "__proto__"',
		],
		[
			'a field "toString" on an attempt',
			parsed((t) => t.replace('"id":"full-1"', '"toString":"x","id":"full-1"')),
			'attempts[0] has a field this version does not know: "toString"',
		],
		[
			'a field "constructor" on the record',
			parsed((t) => t.replace('{"version"', '{"constructor":{},"version"')),
			'The record has a field this version does not know: "constructor"',
		],
		[
			'a field "__proto__" on the record',
			parsed((t) => t.replace('{"version"', '{"__proto__":{"x":1},"version"')),
			'The record has a field this version does not know: "__proto__"',
		],
	])('%s', (_label, value, problem) => {
		expect(problemOf(value)).toBe(problem);
	});

	test('a required field is not found on the prototype ("toString" cannot stand in for a missing one)', () => {
		const record = structuredClone(fullProgress()) as unknown as Record<string, unknown>;
		delete record.lessons;
		expect(problemOf(record)).toBe('The record is missing the field "lessons"');
	});
});
