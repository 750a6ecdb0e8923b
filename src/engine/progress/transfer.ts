import { mergeProgress } from './merge.ts';
import { emptyProgress, type Progress } from './model.ts';

/**
 * Importing a file: what it would change, and the two ways to apply it.
 *
 *   - Add (the default): everything in the file joins what this browser has; nothing here
 *     is removed. Attempts already here (same id) are not doubled; a role-play in progress
 *     and a drill's latest score take whichever is newer.
 *   - Replace: this browser's progress becomes exactly the file's. Shown with what will
 *     be removed, and only after a second, explicit choice.
 */

/** Add: a union, ignoring the file's own reset marker (the learner asked for everything in it). */
export function addImport(here: Progress, file: Progress): Progress {
	return mergeProgress(here, { ...file, resetAt: here.resetAt });
}

/** Replace: the file's progress, marked as a reset now so stale copies in other tabs cannot bring the old back. */
export function replaceWithImport(file: Progress, now: string): Progress {
	return { ...file, resetAt: now };
}

/** Clear all progress: empty, marked as a reset now (see merge.ts). */
export function cleared(now: string): Progress {
	return emptyProgress(now);
}
