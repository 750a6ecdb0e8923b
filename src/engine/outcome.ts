import type { Ending, Outcome } from '../schemas/scenario.ts';

/**
 * One outcome per play: the ending a play reaches is told in the band its score earns,
 * so the ending's words, the outcome, the score band and the customer's trust agree.
 * Authors write an ending for the band it is meant for and, under `otherwise`, for any
 * other band a play can reach it in; the linter proves every reachable band has a text
 * and that the trust at the end fits (see play-space.ts and lint.ts).
 */

export type { Outcome };

/** The ending as the learner reads it. */
export interface ToldEnding {
	id: string;
	outcome: Outcome;
	title: string;
	text: string;
	/** False only for content the linter would refuse: no text for this band, so the ending's own text is shown. */
	written: boolean;
}

export function tellEnding(ending: Ending, band: Outcome): ToldEnding {
	if (ending.outcome === band) return { id: ending.id, outcome: band, title: ending.title, text: ending.text, written: true };
	const variant = ending.otherwise[band];
	if (variant) return { id: ending.id, outcome: band, title: variant.title, text: variant.text, written: true };
	return { id: ending.id, outcome: band, title: ending.title, text: ending.text, written: false };
}

/** The bands an ending has words for: its own, then its `otherwise` texts. */
export function writtenBands(ending: Ending): Outcome[] {
	return [ending.outcome, ...(['recovered', 'partly-recovered', 'lost'] as const).filter((band) => band !== ending.outcome && ending.otherwise[band])];
}

/**
 * The customer's trust at the end that each outcome can honestly sit beside, as
 * [at least, below). A customer who is "recovered" is not left with low trust (below
 * 50: "low" or "very low" on the meter), and one who is "lost" does not leave trusting
 * you highly (75 or more: "high"). "Partly recovered" fits any trust: a customer can be
 * pleased on the call while the handling left a problem that will come back.
 */
export const TRUST_FOR_OUTCOME: Record<Outcome, { atLeast: number; below: number }> = {
	recovered: { atLeast: 50, below: 101 },
	'partly-recovered': { atLeast: 0, below: 101 },
	lost: { atLeast: 0, below: 75 },
};

export function trustFits(outcome: Outcome, trust: number): boolean {
	const range = TRUST_FOR_OUTCOME[outcome];
	return trust >= range.atLeast && trust < range.below;
}
