import { atom, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyProgress, newAttemptId, type Attempt, type Mode, type Progress } from '../engine/progress/model.ts';
import { mergeProgress } from '../engine/progress/merge.ts';
import { readStored } from '../engine/progress/migrate.ts';
import * as record from '../engine/progress/record.ts';
import { addImport, cleared, replaceWithImport } from '../engine/progress/transfer.ts';
import { withPendingDrills } from '../engine/progress/pending.ts';
import type { PathStep } from '../engine/runner.ts';
import { learnerProgressKey, lmsLearner } from './learner.ts';
import { dropUnsaved, heldUnsaved, holdUnsaved, localProblem, problemOf, takePending, warnBeforeLeaving, type KeptFor, type Problem } from './storage.ts';

/**
 * The learner's progress, kept in this browser. The rules live in src/engine/progress;
 * this file decides when to read and write storage, and makes sure nothing is lost:
 *
 *   - Storage refused (site data blocked, storage off, a WebView with no localStorage) or
 *     a write refused (storage full): what is not saved is kept for the rest of the visit
 *     (storage.ts: sessionStorage for this tab, else this page's memory), $storage says
 *     where, so the pages can say how long it lasts and offer the export, and the browser
 *     asks before the learner leaves a page holding the only copy. A full storage is tried
 *     again at the next change. Nothing is trimmed to make room.
 *   - A stored value that cannot be read (damaged, hand-edited, from a newer version) is
 *     copied under its own key (KEPT_ASIDE_PREFIX + date) and reported before anything
 *     is written over it; if even that copy cannot be made, nothing is written over it
 *     until the learner downloads and deletes it (or clears all progress).
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
	/**
	 * Progress is not being saved for good: storage is full, the browser refuses it, or it holds an
	 * unreadable value that could not be copied aside. `keptFor`: how long what is not saved lasts.
	 */
	| { kind: 'not-saved'; why: Problem | 'unreadable'; keptFor: KeptFor };

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
/** Why localStorage last refused; 'blocked' means it is not tried again on this page. */
let problem: Problem | undefined;

onMount($progress, () => {
	problem = localProblem();
	if (problem) notSaved(holdUnsaved(STORAGE_KEY));
	// The library tells us when another tab writes; what it hands over can lag behind
	// storage (e.g. after a quick remount), so storage itself is read each time.
	const unsubscribe = $stored.subscribe(() => absorb(storedNow()));
	recover();
	return unsubscribe;
});

/** Takes back what earlier pages in this tab could not save, and results a page could not record. */
function recover(): void {
	const held = heldUnsaved(STORAGE_KEY);
	const read = held === undefined ? undefined : readStored(held);
	const pending = takePending();
	if (!read?.ok && pending.length === 0) return;
	dirty = true;
	$progress.set(withPendingDrills(read?.ok ? mergeProgress($progress.get(), read.progress) : $progress.get(), pending));
	persist($progress.get());
}

function notSaved(keptFor: KeptFor): void {
	$storage.set({ kind: 'not-saved', why: blocked ? 'unreadable' : (problem ?? 'full'), keptFor });
	warnBeforeLeaving(dirty && keptFor === 'page');
}

/** What storage holds right now: another tab may have written since its last storage event reached us. */
function storedNow(): string | undefined {
	try {
		return persistentAtom<string | undefined>(STORAGE_KEY, undefined, { listen: false }).get();
	} catch {
		return undefined; // reading refused too
	}
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

function keepAside(raw: string, reason: string): void {
	try {
		// Its own key, so it survives whatever is written to PROGRESS_KEY (listed by kept-aside.ts).
		persistentAtom<string | undefined>(KEPT_ASIDE_PREFIX + new Date().toISOString(), undefined, { listen: false }).set(raw);
		blocked = false;
		$readProblem.set({ problem: reason, keptAside: true });
		// The copy is safe, so the damaged value can now be replaced by what this tab holds.
		persist($progress.get());
	} catch {
		blocked = true;
		$readProblem.set({ problem: reason, keptAside: false });
		notSaved(holdUnsaved(STORAGE_KEY));
	}
}

function persist(next: Progress): void {
	const raw = JSON.stringify(next);
	if (!blocked && problem !== 'blocked') {
		const before = seen;
		seen = raw;
		try {
			$stored.set(raw);
			dirty = false;
			problem = undefined;
			dropUnsaved(STORAGE_KEY);
			warnBeforeLeaving(false);
			$storage.set({ kind: 'saved' });
			return;
		} catch (error) {
			seen = before;
			problem = problemOf(error);
		}
	}
	dirty = true;
	notSaved(holdUnsaved(STORAGE_KEY, raw));
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

/**
 * Removes all progress from this browser, an unreadable value in its place included (the learner
 * asked for everything to go). 'failed' when the browser would not let the site remove it.
 */
export function clearProgress(): 'cleared' | 'failed' {
	if (!removeStored()) return 'failed';
	dropUnsaved(STORAGE_KEY);
	const next = cleared(now());
	$progress.set(next);
	persist(next);
	return 'cleared';
}

/** The stored value that could not be read nor copied aside, for the learner to download before deleting it. */
export function unreadableValue(): string | undefined {
	return blocked ? storedNow() : undefined;
}

/** Deletes that value (once the learner has downloaded it), so progress is saved again. False if the browser refused. */
export function deleteUnreadable(): boolean {
	if (!blocked) return true;
	if (!removeStored()) return false;
	persist($progress.get());
	return true;
}

function removeStored(): boolean {
	const before = seen;
	// Seen as gone already, so the removal is not taken for another tab's.
	seen = undefined;
	try {
		$stored.set(undefined);
	} catch {
		seen = before;
		return false;
	}
	blocked = false;
	$readProblem.set(null);
	return true;
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
