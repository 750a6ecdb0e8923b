import { atom } from 'nanostores';
import type { DrillResult } from '../engine/drills/summary.ts';
import { keepPending } from './pending.ts';

/** The result of the drill the learner last finished on this page; it is also recorded in their progress. */
export const $drillResult = atom<DrillResult | null>(null);

/**
 * Set when the progress store could not be loaded to record the result: the site was updated
 * since this page was opened (another tab took the new version) and this page's code is gone.
 * 'kept': the result waits in storage for the next page (pending.ts); 'lost': storage is refused too.
 */
export const $notRecorded = atom<'kept' | 'lost' | null>(null);

/** Called by every drill when the learner finishes it (checks an order, answers the last item). */
export function finishDrill(id: string, correct: number, total: number): void {
	$drillResult.set({ id, correct, total });
	const at = new Date().toISOString();
	// The progress store (validation, migration, merging) is loaded only when there is a
	// result to record, keeping it off the drill page until the learner needs it.
	void import('./progress.ts').then(
		({ recordDrill }) => recordDrill(id, correct, total),
		() => $notRecorded.set(keepPending({ drillId: id, correct, total, at }) ? 'kept' : 'lost'),
	);
}

/** Reloads into the site's current version (the result, if kept, is recorded by the next page). */
export function reloadPage(): void {
	location.reload();
}
