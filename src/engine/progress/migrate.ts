import { PROGRESS_VERSION, type Progress } from './model.ts';
import { check, fail, progressV1, progressV2, validateProgress, type Rule } from './validate.ts';

/**
 * Reading a progress record written by any version of the site: older versions are
 * upgraded step by step, newer ones are refused (this code cannot know what they mean),
 * and anything else is refused with the reason. Callers never replace what they could
 * not read: the store keeps it aside (see src/stores/progress.ts).
 */

export type Read = { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; problem: string };

type Old = Record<string, any>;

/**
 * For each old version: what the upgrade relies on, and the upgrade to the next version.
 * The upgraded record is then checked in full as the current version.
 */
const upgrades: Record<number, [Rule, (old: Old) => Old]> = {
	// Version 1 held one role-play in progress; version 2 holds one per scenario.
	1: [
		progressV1,
		({ lessons, attempts, inProgress }) => {
			const { scenarioId, ...entry } = inProgress ?? {};
			return { version: 2, resetAt: null, lessons, drills: {}, attempts, inProgress: inProgress ? { [scenarioId]: entry } : {} };
		},
	],
	// Version 3 adds knowledge-check results. Attempts keep the verdicts they were scored with.
	2: [progressV2, (old) => ({ ...old, version: 3, quizzes: {} })],
};

const versionOf: Rule = (value, at) => {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(at, 'is not a progress record (it is not an object)');
	const { version } = value as Old;
	if (!Number.isInteger(version) || version < 1) fail(at, 'has no version number this site recognises: it may not be a Make Good progress record');
	if (version > PROGRESS_VERSION) fail(at, `was made by a newer version of this site (version ${version}; this one reads versions 1 to ${PROGRESS_VERSION})`);
};

/** A parsed value of any version → the current version, or the reason it cannot be read. */
export function upgrade(value: unknown): Read {
	const known = check<Old>(versionOf, value);
	if (!known.ok) return known;
	let current = known.value;
	const from: number = current.version;
	for (let version = from; version < PROGRESS_VERSION; version++) {
		const [relies, next] = upgrades[version]!;
		const checked = check<Old>(relies, current);
		if (!checked.ok) return checked;
		current = next(current);
	}
	const read = validateProgress(current);
	if (!read.ok) return read;
	return from === PROGRESS_VERSION ? { ok: true, progress: read.value } : { ok: true, progress: read.value, migratedFrom: from };
}

/** A value as kept in storage: JSON text of a progress record. */
export function readStored(raw: string): Read {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { ok: false, problem: 'The record is not valid JSON: it may have been cut short or edited by hand' };
	}
	return upgrade(parsed);
}
