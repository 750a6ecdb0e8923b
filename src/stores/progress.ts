import { atom, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyProgress, newAttemptId, type Attempt, type Mode, type Progress } from '../engine/progress/model.ts';
import { mergeProgress } from '../engine/progress/merge.ts';
import { readStored } from '../engine/progress/migrate.ts';
import * as record from '../engine/progress/record.ts';
import { addImport, cleared, replaceWithImport } from '../engine/progress/transfer.ts';
import type { PathStep } from '../engine/runner.ts';
import { learnerProgressKey, lmsLearner } from './learner.ts';

/**
 * The learner's progress, kept in this browser. The rules live in src/engine/progress;
 * this file decides when to read and write storage, and makes sure nothing is lost:
 *
 *   - Storage off (private mode, blocked by policy): everything works in memory and
 *     $storage says so, so the pages can tell the learner to export before leaving.
 *   - A write refused (storage full): the change stays in memory, $storage says so, and
 *     the next change tries again. Nothing is trimmed to make room.
 *   - A stored value that cannot be read (damaged, hand-edited, from a newer version) is
 *     copied under its own key (KEPT_ASIDE_PREFIX + date) and reported before anything
 *     is written over it; if even that copy cannot be made, nothing is written at all.
 *     An older version is upgraded (migrate.ts).
 *   - Two tabs: @nanostores/persistent passes on the other tab's writes (storage event),
 *     and before every write this tab re-reads storage and builds on what is there, so a
 *     stale copy never overwrites attempts finished in another tab.
 */

export const PROGRESS_KEY = 'make-good:progress';
export const KEPT_ASIDE_PREFIX = 'make-good:progress-unreadable:';
/** Where this page keeps progress: PROGRESS_KEY, or inside an LMS the LMS learner's own key (learner.ts). */
export const STORAGE_KEY = learnerProgressKey(PROGRESS_KEY, lmsLearner());

/** The stored text as @nanostores/persistent sees it (it follows other tabs). */
const $stored = persistentAtom<string | undefined>(STORAGE_KEY, undefined);


export type StorageState =
	/** Saving normally. */
	| { kind: 'saved' }
	/** The browser lets this site store nothing: progress lasts as long as the tab. */
	| { kind: 'unavailable' }
	/** The latest changes are not saved: storage is full, or holds something unreadable that could not be copied aside. */
	| { kind: 'failing'; cause: 'full' | 'unreadable' };

export const $storage = atom<StorageState>({ kind: 'saved' });

/** An unreadable value found while this page was open, for a notice on the page. */
export const $readProblem = atom<{ problem: string; keptAside: boolean } | null>(null);

export const $progress = atom<Progress>(emptyProgress());

/** This tab holds changes storage does not have yet. */
let dirty = false;
/** The stored text this tab last read or wrote. */
let seen: string | undefined;
/** Storage holds an unreadable value that could not be copied aside: never write over it. */
let blocked = false;

onMount($progress, () => {
	if (!storageWorks()) $storage.set({ kind: 'unavailable' });
	// The library tells us when another tab writes; what it hands over can lag behind
	// storage (e.g. after a quick remount), so storage itself is read each time.
	return $stored.subscribe(() => absorb(storedNow()));
});

/** False when the browser refuses storage (the library then falls back to memory) or refuses a tiny write. */
function storageWorks(): boolean {
	if (typeof window !== 'undefined') {
		try {
			if (!window.localStorage) return false;
		} catch {
			return false;
		}
	}
	const probe = persistentAtom<string | undefined>('make-good:storage-check', undefined, { listen: false });
	try {
		probe.set('ok');
		probe.set(undefined);
		return true;
	} catch {
		return false;
	}
}

/** What storage holds right now: another tab may have written since its last storage event reached us. */
function storedNow(): string | undefined {
	return persistentAtom<string | undefined>(STORAGE_KEY, undefined, { listen: false }).get();
}

/** Takes in what storage holds (on load, from another tab, or before a write). */
function absorb(raw: string | undefined): void {
	if (raw === seen) return;
	seen = raw;
	if (raw === undefined) {
		if (dirty) persist($progress.get());
		else $progress.set(emptyProgress());
		return;
	}
	const read = readStored(raw);
	if (!read.ok) {
		keepAside(raw, read.problem);
		return;
	}
	blocked = false;
	const next = dirty ? mergeProgress(read.progress, $progress.get()) : read.progress;
	$progress.set(next);
	if (dirty || read.migratedFrom !== undefined) persist(next);
}

function keepAside(raw: string, problem: string): void {
	try {
		// Its own key, so it survives whatever is written to PROGRESS_KEY (listed by kept-aside.ts).
		persistentAtom<string | undefined>(KEPT_ASIDE_PREFIX + new Date().toISOString(), undefined, { listen: false }).set(raw);
		blocked = false;
		$readProblem.set({ problem, keptAside: true });
		// The copy is safe, so the damaged value can now be replaced by what this tab holds.
		persist($progress.get());
	} catch {
		blocked = true;
		$readProblem.set({ problem, keptAside: false });
		$storage.set({ kind: 'failing', cause: 'unreadable' });
	}
}

function persist(next: Progress): void {
	if (blocked) {
		dirty = true;
		return;
	}
	const raw = JSON.stringify(next);
	const before = seen;
	seen = raw;
	try {
		$stored.set(raw);
		dirty = false;
		if ($storage.get().kind === 'failing') $storage.set({ kind: 'saved' });
	} catch {
		seen = before;
		dirty = true;
		if ($storage.get().kind !== 'unavailable') $storage.set({ kind: 'failing', cause: 'full' });
	}
}

/** Every change goes through here: catch up with storage, change, keep in memory, then save. */
function update(change: (progress: Progress) => Progress): void {
	absorb(storedNow());
	const before = $progress.get();
	const next = change(before);
	if (next === before) return;
	$progress.set(next);
	persist(next);
}

const now = () => new Date().toISOString();

export function markLessonRead(lessonId: string): void {
	update((p) => record.markLessonRead(p, lessonId, now()));
}

/** For the drills: `correct` answers out of `total`. */
export function recordDrill(drillId: string, correct: number, total: number): void {
	update((p) => record.recordDrill(p, drillId, correct, total, now()));
}

/** A finished knowledge-check run, scored on first answers. */
export function recordQuiz(lessonId: string, correct: number, total: number, passed: boolean): void {
	update((p) => record.recordQuiz(p, lessonId, correct, total, passed, now()));
}

/** Where a role-play stands after each choice, so it can be resumed. */
export function saveRolePlay(scenarioId: string, mode: Mode, path: readonly PathStep[]): void {
	update((p) => record.saveInProgress(p, scenarioId, mode, path, now()));
}

/** Forgets a role-play left part-way (started over, or it no longer fits the role-play). */
export function discardRolePlay(scenarioId: string): void {
	update((p) => record.saveInProgress(p, scenarioId, p.inProgress[scenarioId]?.mode ?? 'practice', [], now()));
}

/** Records a finished role-play; returns the attempt. */
export function recordAttempt(play: Omit<record.FinishedPlay, 'id' | 'date'>): Attempt {
	const attempt = record.attemptFrom({ ...play, id: newAttemptId(Date.now()), date: now() });
	update((p) => record.recordAttempt(p, attempt));
	return attempt;
}

export function clearProgress(): void {
	const next = cleared(now());
	$progress.set(next);
	dirty = false;
	persist(next);
}

/** Imports a checked file: 'add' joins it to what is here, 'replace' swaps what is here for it. */
export function importProgress(file: Progress, how: 'add' | 'replace'): void {
	if (how === 'add') update((p) => addImport(p, file));
	else {
		const next = replaceWithImport(file, now());
		$progress.set(next);
		persist(next);
	}
}
