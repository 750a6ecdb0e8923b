import type { Progress } from './model.ts';
import { addImport } from './transfer.ts';

/** What importing a file would change, for the confirmation the learner sees first (see transfer.ts). */

export interface Counts {
	lessons: number;
	drills: number;
	attempts: number;
	inProgress: number;
}

export function counts(progress: Progress): Counts {
	return {
		lessons: Object.keys(progress.lessons).length,
		drills: Object.keys(progress.drills).length,
		attempts: progress.attempts.length,
		inProgress: Object.values(progress.inProgress).filter((entry) => entry.path.length > 0).length,
	};
}

export interface ImportPlan {
	file: Counts;
	here: Counts;
	/** What "Add" brings that is not here yet. */
	added: Counts;
	/** Entries here that "Add" would update from the file (a newer in-progress role-play or drill result). */
	updated: number;
	/** True when the file holds nothing this browser lacks. */
	nothingNew: boolean;
}

export function importPlan(here: Progress, file: Progress): ImportPlan {
	const merged = addImport(here, file);
	const before = counts(here);
	const after = counts(merged);
	const changed = <T>(a: Record<string, T>, b: Record<string, T>) => Object.keys(a).filter((id) => JSON.stringify(a[id]) !== JSON.stringify(b[id])).length;
	const updated = changed(here.drills, merged.drills) + changed(here.inProgress, merged.inProgress);
	const added = {
		lessons: after.lessons - before.lessons,
		drills: after.drills - before.drills,
		attempts: after.attempts - before.attempts,
		inProgress: Math.max(0, after.inProgress - before.inProgress),
	};
	return { file: counts(file), here: before, added, updated, nothingNew: updated === 0 && Object.values(added).every((n) => n === 0) };
}
