/**
 * Every number that turns a role-play into a score, in one place.
 *
 * How a total is made (see scoring.ts):
 *   - The scored steps are the procedure's DOCUMENTED checks and steps. Steps this
 *     project added are taught but not scored, so a learner is never marked down
 *     for missing something the source material does not ask for.
 *   - Together the scored steps are worth TOTAL_POINTS, shared equally: with 5 steps
 *     each is worth 20; with 9, about 11.1. Equal shares keep the score explainable
 *     ("you skipped one step of five") instead of encoding a ranking the sources do
 *     not give.
 *   - A step performed in order and on time earns its full share; performed but out
 *     of order or late, a fraction of it (both: the fractions multiply); skipped,
 *     nothing.
 *   - Each pitfall committed costs PITFALL_PENALTY points, each time it is committed.
 *   - The total is clamped to 0..100 and rounded to a whole number.
 *   - Trust is reported but does not change the total: the total measures the
 *     procedure, trust the customer's reaction, and an author sets both. (The ideal
 *     path uses trust only to break ties between equal totals.)
 */

/** What all scored steps together are worth: a perfect role-play scores exactly this. */
export const TOTAL_POINTS = 100;

/**
 * Share of a step's points earned when it is done before a step that must come first.
 * Half: the learner did the right thing, but the procedure's order exists for a reason
 * (e.g. checking with staff before agreeing the facts with the customer means checking
 * the wrong facts).
 */
export const OUT_OF_ORDER_FRACTION = 0.5;

/**
 * Share of a step's points earned when it is done after its deadline (clock.deadlines).
 * Half: late notice is still notice, but the sources make timing part of the step.
 */
export const LATE_FRACTION = 0.5;

/**
 * Points lost for each pitfall committed. Ten: one pitfall on an otherwise perfect
 * path still leaves "recovered" (90), two make it borderline (80), a handful of them
 * loses the customer even if every step was touched.
 */
export const PITFALL_PENALTY = 10;

/**
 * Bands, from the rounded total: at least RECOVERED_FROM is "recovered", at least
 * PARTLY_RECOVERED_FROM is "partly-recovered", anything lower is "lost". With five
 * steps of 20, one skipped step (80) still recovers; two (60) only partly.
 */
export const RECOVERED_FROM = 80;
export const PARTLY_RECOVERED_FROM = 50;
