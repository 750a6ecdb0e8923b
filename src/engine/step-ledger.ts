import type { Procedure, Step } from '../schemas/procedure.ts';
import { DONE_POORLY_FRACTION, KEY_STEP_POINTS, LATE_FRACTION, OUT_OF_ORDER_FRACTION, PITFALL_PENALTY, TOTAL_POINTS } from './scoring-weights.ts';

/**
 * The arithmetic of a score, shared by scoring a played path (scoring.ts) and by the
 * exhaustive search over every possible play (play-space.ts), so the two can never
 * disagree.
 *
 * A ledger lists the steps in the order the learner first attempted them, each with
 * whether it has been done cleanly (by a choice that commits no pitfall) and whether the
 * performance that counts was late. The first clean performance counts; until there is
 * one, the first attempt (a choice that performs the step while committing a pitfall)
 * counts as done poorly. Order is judged by the first attempt, so doing a step again
 * later can mend how well it was done but never the order it was done in, and no choice
 * can raise a score by committing a pitfall.
 */

/** What the engine needs to score against one procedure, worked out once. */
export interface ScoringPlan {
	/** The documented checks, then the documented steps. */
	steps: readonly Step[];
	part: readonly ('checks' | 'steps')[];
	/** Points each step is worth when done cleanly, in order and on time. */
	worth: readonly number[];
	/** precedes[a][b]: the source puts step a before step b. */
	precedes: readonly (readonly boolean[])[];
	indexOf: ReadonlyMap<string, number>;
	/** Pitfalls the source warns against: only these cost points or spoil a step. Added ones are guidance, not scored. */
	scoredPitfalls: ReadonlySet<string>;
}

/** One step's performance that counts. `at` is that choice's position in the played path, when known. */
export interface LedgerEntry {
	step: number;
	clean: boolean;
	late: boolean;
	at: number;
}

export function scoringPlan(procedure: Pick<Procedure, 'checks' | 'steps' | 'sequence'>): ScoringPlan {
	const documented = (part: 'checks' | 'steps') => procedure[part].filter((step) => step.status === 'documented').map((step) => ({ step, part }));
	const scored = [...documented('checks'), ...documented('steps')];
	const steps = scored.map((s) => s.step);
	const part = scored.map((s) => s.part);
	const key = steps.findIndex((step) => step.keyStep);
	const others = steps.length - (key >= 0 ? 1 : 0);
	const share = key >= 0 ? (others === 0 ? TOTAL_POINTS : (TOTAL_POINTS - KEY_STEP_POINTS) / others) : TOTAL_POINTS / Math.max(1, steps.length);
	const worth = steps.map((_, i) => (i === key ? (others === 0 ? TOTAL_POINTS : KEY_STEP_POINTS) : share));
	const stageRank = (index: number) => {
		const list = procedure[part[index]!];
		const stages = [...new Set(list.map((step) => step.stage))];
		return stages.indexOf(steps[index]!.stage);
	};
	const precedes = steps.map((a, i) =>
		steps.map((b, j) => {
			if (i === j) return false;
			if (part[i] !== part[j]) return part[i] === 'checks';
			const sequence = procedure.sequence[part[i]!];
			if (sequence === 'in-order') return a.order < b.order;
			if (sequence === 'by-stage') return stageRank(i) < stageRank(j);
			return false;
		}),
	);
	const scoredPitfalls = new Set(
		[...procedure.checks, ...procedure.steps].flatMap((step) => step.pitfalls.filter((p) => p.status === 'documented').map((p) => p.id)),
	);
	return { steps, part, worth, precedes, indexOf: new Map(steps.map((step, i) => [step.id, i])), scoredPitfalls };
}

/** How many of a choice's pitfalls are scored (documented in the source). */
export function scoredPitfallCount(plan: ScoringPlan, pitfalls: readonly string[]): number {
	return pitfalls.reduce((count, id) => count + (plan.scoredPitfalls.has(id) ? 1 : 0), 0);
}

/**
 * The ledger after a performance of `step`: appended if the step had none; a poor one
 * made clean in place (its position, the first attempt, stays); otherwise unchanged.
 * Returns the same array when nothing changes, so callers can tell.
 */
export function perform(ledger: readonly LedgerEntry[], entry: LedgerEntry): readonly LedgerEntry[] {
	const existing = ledger.findIndex((e) => e.step === entry.step);
	if (existing < 0) return [...ledger, entry];
	if (ledger[existing]!.clean || !entry.clean) return ledger;
	return ledger.map((e, i) => (i === existing ? entry : e));
}

/** How one counted performance fares. */
export interface Assessed {
	entry: LedgerEntry;
	/** A step the source puts first that was done (well, or at all) only afterwards. */
	shouldComeFirst: number | undefined;
	points: number;
}

/** Each counted performance with its points, in ledger order. */
export function assess(plan: ScoringPlan, ledger: readonly LedgerEntry[]): Assessed[] {
	return ledger.map((entry, position) => {
		const after = ledger.slice(position + 1).find((later) => plan.precedes[later.step]![entry.step]);
		const factor = (entry.clean ? 1 : DONE_POORLY_FRACTION) * (after ? OUT_OF_ORDER_FRACTION : 1) * (entry.late ? LATE_FRACTION : 1);
		return { entry, shouldComeFirst: after?.step, points: plan.worth[entry.step]! * factor };
	});
}

/**
 * Points added up, cleared of floating-point dust: shares of 100 such as 100/9 add to 37.5 in one
 * order and 37.49999999999999 in another, which would round the total differently depending on
 * the order the learner did the steps in (and disagree with the debrief's sum).
 */
export function sumPoints(points: readonly number[]): number {
	return Math.round(points.reduce((sum, value) => sum + value, 0) * 1e9) / 1e9;
}

/** The total, 0..100, for a ledger and a number of pitfalls committed. */
export function totalFor(plan: ScoringPlan, ledger: readonly LedgerEntry[], pitfalls: number): number {
	const earned = plan.steps.length === 0 ? TOTAL_POINTS : sumPoints(assess(plan, ledger).map((a) => a.points));
	return Math.round(Math.min(TOTAL_POINTS, Math.max(0, earned - pitfalls * PITFALL_PENALTY)));
}

/** Pitfalls beyond this many cannot lower a total further (it is already 0). */
export const PITFALLS_THAT_ZERO_A_SCORE = Math.ceil(TOTAL_POINTS / PITFALL_PENALTY);
