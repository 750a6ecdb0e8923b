/**
 * Every number that turns a role-play into a score, in one place.
 *
 * How a total is made (see scoring.ts and step-ledger.ts):
 *   - The scored steps are the procedure's DOCUMENTED checks and steps. Steps this
 *     project added are taught but not scored, so a learner is never marked down
 *     for missing something the source material does not ask for.
 *   - Together the scored steps are worth TOTAL_POINTS. A step the source calls the most
 *     important of its procedure (keyStep in the procedure data) is worth KEY_STEP_POINTS;
 *     the others share the rest equally. Without a key step, all share equally.
 *   - A step earns its full worth only when a choice performs it cleanly (no pitfall), in
 *     the order the source gives and on time. Done poorly (the choice that performs it
 *     commits a pitfall), out of order or late, it earns a fraction of its worth; the
 *     fractions multiply. Not done, nothing.
 *   - Each pitfall committed costs PITFALL_PENALTY points, each time it is committed.
 *   - The total is clamped to 0..100 and rounded to a whole number.
 *   - Trust is reported but does not change the total: the total measures the
 *     procedure, trust the customer's reaction. The linter keeps the two from
 *     contradicting each other at an ending (see outcome.ts).
 */

/** What all scored steps together are worth: a perfect role-play scores exactly this. */
export const TOTAL_POINTS = 100;

/**
 * What the one step a source calls "the most important part of the whole process" is worth.
 * Issue resolution's source says this of confirming the facts with the client. Forty of 100
 * (the other four steps 15 each) means skipping it alone turns a perfect play into 60,
 * "partly recovered", while skipping any other single step still leaves 85, "recovered";
 * and doing it poorly (20) costs more than skipping any other step.
 */
export const KEY_STEP_POINTS = 40;

/**
 * Share of a step's points earned when the choice that performs it commits a pitfall.
 * Half, and the pitfall's own penalty comes on top: a flawed attempt is worth something
 * (the learner knew the step was due) but never full credit.
 */
export const DONE_POORLY_FRACTION = 0.5;

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
 * PARTLY_RECOVERED_FROM is "partly-recovered", anything lower is "lost". In issue
 * resolution, one skipped ordinary step (85) still recovers, the key step skipped (60)
 * only partly; with seven equal steps, one skipped (86) recovers, two (71) partly.
 */
export const RECOVERED_FROM = 80;
export const PARTLY_RECOVERED_FROM = 50;
