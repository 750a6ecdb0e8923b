import { atom } from 'nanostores';
import type { DrillResult } from '../engine/drills/summary.ts';
import { recordDrill } from './progress.ts';

/** The result of the drill the learner last finished on this page; it is also recorded in their progress. */
export const $drillResult = atom<DrillResult | null>(null);

/** Called by every drill when the learner finishes it (checks an order, answers the last item). */
export function finishDrill(id: string, correct: number, total: number): void {
	$drillResult.set({ id, correct, total });
	recordDrill(id, correct, total);
}
