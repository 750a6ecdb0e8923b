import { LIMITS, PROGRESS_VERSION, type Progress } from './model.ts';

/**
 * Checks a value read from storage or from an imported file, by hand: zod would be about
 * eight times the size on every page that reads progress (docs/decisions/progress-validation.md). src/schemas/progress.ts describes the same shape with zod, and a unit test
 * keeps the two in agreement. The first problem found is reported with where it is, e.g.
 * `attempts[2].score must be a whole number from 0 to 100, not 140`.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A rule throws Invalid at the first problem; the edge (validateProgress) turns that into a result. */
export type Rule = (value: unknown, at: string) => void;

export class Invalid extends Error {}

export const fail = (at: string, message: string): never => {
	throw new Invalid(`${at || 'The record'} ${message}`);
};

/** A short, safe rendition of a bad value for a message. */
function shown(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (value === null || typeof value !== 'object') return String(value);
	return Array.isArray(value) ? 'a list' : 'an object';
}

const join = (at: string, key: string) => (at ? `${at}.${key}` : key);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const is =
	(test: (value: any) => boolean, what: string): Rule =>
	(value, at) => {
		if (!test(value)) fail(at, `must be ${what}, not ${shown(value)}`);
	};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;

export const id = is((v) => typeof v === 'string' && v.length <= LIMITS.idLength && ID.test(v), 'an id in lowercase words joined by hyphens');
export const date = is((v) => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v)), 'a date and time');
export const whole = (min: number, max: number) => is((v) => Number.isInteger(v) && v >= min && v <= max, `a whole number from ${min} to ${max}`);
export const oneOf = (...options: string[]) => is((v) => options.includes(v), `one of ${options.map((o) => `"${o}"`).join(', ')}`);
const anything: Rule = () => {};

/**
 * An object with exactly these fields, each checked by its rule. Fields are looked up as the
 * object's own, never inherited: with `in`, a field named "toString", "constructor" or
 * "__proto__" (JSON.parse makes it an ordinary field) would pass as known.
 */
export const shape =
	(fields: Record<string, Rule>): Rule =>
	(value, at) => {
		if (!isObject(value)) return fail(at, `must be an object, not ${shown(value)}`);
		for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key)) fail(at, `has a field this version does not know: ${shown(key)}`);
		for (const [key, rule] of Object.entries(fields)) {
			if (!Object.hasOwn(value, key)) fail(at, `is missing the field "${key}"`);
			rule(value[key], join(at, key));
		}
	};

const tooMany = (at: string, count: number, max: number) => count > max && fail(at, `has ${count} entries, more than the ${max} this site accepts`);

export const list =
	(max: number, each: Rule): Rule =>
	(value, at) => {
		if (!Array.isArray(value)) return fail(at, `must be a list, not ${shown(value)}`);
		tooMany(at, value.length, max);
		value.forEach((item, index) => each(item, `${at}[${index}]`));
	};

/** An object keyed by id (lessons, drills, role-plays in progress). */
export const byId =
	(each: Rule): Rule =>
	(value, at) => {
		if (!isObject(value)) return fail(at, `must be an object, not ${shown(value)}`);
		const keys = Object.keys(value);
		tooMany(at, keys.length, LIMITS.entries);
		for (const key of keys) {
			id(key, `${at} has a key that`);
			// An id that every object already answers to ("constructor") would be mistaken for an entry.
			if (key in Object.prototype) fail(at, `has a key this site cannot use: ${shown(key)} is a name the browser reserves`);
			each(value[key], join(at, key));
		}
	};

/** Several rules in turn: a shape, then what relates its fields. */
const all =
	(...rules: Rule[]): Rule =>
	(value, at) => {
		for (const rule of rules) rule(value, at);
	};

export const MODES = ['practice', 'assessment'];
export const BANDS = ['recovered', 'partly-recovered', 'lost'];
export const VERDICTS = ['performed', 'done-poorly', 'out-of-order', 'late', 'skipped', 'not-reached'];

const path = list(LIMITS.pathLength, shape({ nodeId: id, choiceId: id }));

const attempt = shape({
	id,
	scenarioId: id,
	procedureId: id,
	date,
	mode: oneOf(...MODES),
	path,
	score: whole(0, 100),
	band: oneOf(...BANDS),
	endingId: id,
	steps: byId(oneOf(...VERDICTS)),
});

const attempts = all(list(LIMITS.attempts, attempt), (value, at) => {
	const seen = new Set<string>();
	(value as { id: string }[]).forEach((a, index) => {
		if (seen.has(a.id)) fail(`${at}[${index}].id`, `${shown(a.id)} is used by two attempts: each attempt has its own id`);
		seen.add(a.id);
	});
});

type Score = { correct: number; total: number };
const drillScore = all(shape({ correct: whole(0, LIMITS.drillQuestions), total: whole(1, LIMITS.drillQuestions) }), (value, at) => {
	const s = value as Score;
	if (s.correct > s.total) fail(`${at}.correct`, `(${s.correct}) cannot be more than total (${s.total})`);
});

const drill = all(shape({ firstDoneAt: date, lastDoneAt: date, last: drillScore, best: drillScore }), (value, at) => {
	const d = value as { firstDoneAt: string; lastDoneAt: string; last: Score; best: Score };
	if (Date.parse(d.firstDoneAt) > Date.parse(d.lastDoneAt)) fail(`${at}.firstDoneAt`, 'is later than lastDoneAt, which cannot happen');
	if (d.last.correct * d.best.total > d.best.correct * d.last.total) fail(`${at}.best`, 'is lower than the last score, which cannot happen');
});

const quiz = all(
	shape({ firstDoneAt: date, lastDoneAt: date, last: drillScore, best: drillScore, passedAt: (value, at) => value !== null && date(value, at) }),
	(value, at) => {
		const { passedAt, ...rest } = value as { passedAt: string | null };
		drill(rest, at);
		if (passedAt !== null && Date.parse(passedAt) < Date.parse((rest as { firstDoneAt: string }).firstDoneAt))
			fail(`${at}.passedAt`, 'is earlier than firstDoneAt, which cannot happen');
	},
);

const progress = shape({
	version: is((v) => v === PROGRESS_VERSION, String(PROGRESS_VERSION)),
	resetAt: (value, at) => value !== null && date(value, at),
	lessons: byId(shape({ readAt: date })),
	drills: byId(drill),
	quizzes: byId(quiz),
	attempts,
	inProgress: byId(shape({ mode: oneOf(...MODES), path, updatedAt: date })),
});

/** Version 2, as far as upgrading it relies on: a record with no knowledge checks yet. */
export const progressV2 = (value: unknown, at: string) => {
	if (typeof value === 'object' && value !== null && 'quizzes' in value)
		fail(at, 'is marked version 2 but has knowledge-check results, which only version 3 keeps');
};

/** Version 1, as far as upgrading it relies on (the result is then checked in full). */
export const progressV1 = shape({
	version: anything,
	lessons: anything,
	attempts: anything,
	inProgress: (value, at) => value !== null && shape({ scenarioId: id, mode: anything, path: anything, updatedAt: anything })(value, at),
});

/** Runs a rule, turning its first problem into a result; any other error is a bug and is rethrown. */
export function check<T>(rule: Rule, value: unknown): Checked<T> {
	try {
		rule(value, '');
		return { ok: true, value: value as T };
	} catch (error) {
		if (error instanceof Invalid) return { ok: false, problem: error.message };
		throw error;
	}
}

/** Checks a value claiming to be the current version of the progress record. */
export const validateProgress = (value: unknown): Checked<Progress> => check(progress, value);
