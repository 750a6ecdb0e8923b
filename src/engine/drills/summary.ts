/**
 * How a finished drill reports its score, shared by every drill so they read alike.
 * Pure: used by the widgets and the tests.
 */

/** "6 of 8 right". */
export function summary(correct: number, total: number): string {
	return `${correct} of ${total} right`;
}

/** A word of guidance under the score: what to do next. */
export function summaryAdvice(correct: number, total: number): string {
	if (total > 0 && correct === total) return 'Every one right. Try the related role-play next to use it under pressure.';
	if (correct * 2 >= total) return 'A good start. Read the explanations for the ones you missed, then try again.';
	return 'Worth another go. Read the explanations, revisit the lesson, then try again.';
}

/** A drill's result, as the progress tracker will record it. */
export interface DrillResult {
	/** The drill id, e.g. "classify-failure". */
	id: string;
	correct: number;
	total: number;
}
