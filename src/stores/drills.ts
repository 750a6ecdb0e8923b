import { atom } from 'nanostores';
import type { DrillResult } from '../engine/drills/summary.ts';

/** The result of the drill the learner last finished on this page; it is also recorded in their progress. */
export const $drillResult = atom<DrillResult | null>(null);

/** Called by every drill when the learner finishes it (checks an order, answers the last item). */
export function finishDrill(id: string, correct: number, total: number): void {
	$drillResult.set({ id, correct, total });
	// The progress store (validation, migration, merging) is loaded only when there is a
	// result to record, keeping it off the drill page until the learner needs it.
	void import('./progress.ts').then(({ recordDrill }) => recordDrill(id, correct, total));
}
