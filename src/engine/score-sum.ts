import type { ScoreResult } from './scoring.ts';
import { PITFALL_PENALTY, TOTAL_POINTS } from './scoring-weights.ts';
import { sumPoints } from './step-ledger.ts';
import { plural, points } from './words.ts';

/**
 * How a total is made, so a learner can check it: the points the steps earned, less a fixed
 * penalty for each scored pitfall, rounded and kept between 0 and 100 (as `totalFor` in
 * step-ledger.ts counts it). Added pitfalls (guidance) cost nothing and are not counted.
 */
export interface ScoreSum {
	/** What the steps earned before pitfalls; all of it when the procedure has no scored steps. */
	stepPoints: number;
	/** Scored pitfalls committed. */
	pitfalls: number;
	/** The points they take off. */
	penalty: number;
}

export function scoreSum({ steps, pitfalls }: Pick<ScoreResult, 'steps' | 'pitfalls'>): ScoreSum {
	const scored = pitfalls.filter((pitfall) => pitfall.scored).length;
	return {
		stepPoints: steps.length === 0 ? TOTAL_POINTS : sumPoints(steps.map((step) => step.points)),
		pitfalls: scored,
		penalty: scored * PITFALL_PENALTY,
	};
}

const tenths = (value: number) => Math.round(value * 10) / 10;

/** "How it adds up: 62.5 points for the steps, less 20 for 2 pitfalls, makes 42.5, rounded to 43." */
export function scoreSumText({ stepPoints, pitfalls, penalty }: ScoreSum, total: number): string {
	const before = tenths(stepPoints - penalty);
	// "Nothing taken off" rather than "no pitfalls": a pitfall this project added may be listed, costing nothing.
	const less = pitfalls === 0 ? ', nothing taken off for pitfalls,' : `, less ${penalty} for ${plural(pitfalls, 'pitfall')},`;
	const makes =
		before < 0
			? `makes ${points(before).replace('-', '−')}; a score stops at 0.`
			: before === total
				? `makes ${total}.`
				: `makes ${points(before)}, rounded to ${total}.`;
	return `How it adds up: ${points(tenths(stepPoints))} points for the steps${less} ${makes}`;
}
