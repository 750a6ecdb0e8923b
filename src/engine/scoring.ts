import type { Pitfall, Procedure, Step } from '../schemas/procedure.ts';
import type { Choice, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { orderedSteps } from './procedure.ts';
import { findNode, replay, type PathStep } from './runner.ts';
import {
	LATE_FRACTION,
	OUT_OF_ORDER_FRACTION,
	PARTLY_RECOVERED_FROM,
	PITFALL_PENALTY,
	RECOVERED_FROM,
	TOTAL_POINTS,
} from './scoring-weights.ts';

/**
 * Scores a role-play path against the procedure it practises. The weights and bands
 * live in scoring-weights.ts; this file decides, step by step, what the learner did.
 *
 * Definitions:
 *   - performed: a choice on the path carries `step: <id>`; the first such choice counts.
 *   - out of order: the step was performed before a scored step that comes earlier
 *     in the procedure (checks, then steps) and that the path performs later. A step
 *     that is skipped outright does not make later steps out of order: the skip
 *     already costs its points, and counting it twice would punish one mistake twice.
 *   - late: clock.deadlines gives the step a deadline and the clock, after the effect
 *     of the choice that performed it, is past that deadline (a choice that takes a
 *     week to deliver a notice delivers it a week later).
 *   - skipped: no choice on the path performs it.
 */

export type StepVerdict = 'performed' | 'late' | 'out-of-order' | 'skipped';

export interface StepResult {
	stepId: string;
	title: string;
	part: 'checks' | 'steps';
	/** The step's position within its part (checks or steps), from 1. */
	order: number;
	/** 'out-of-order' wins over 'late' when both apply; `why` then says both. */
	verdict: StepVerdict;
	by?: { nodeId: string; choiceId: string; text: string };
	/** Points earned; not rounded (a share of 100 may be fractional), so round for display. */
	points: number;
	maxPoints: number;
	why: string;
}

export interface PitfallResult {
	pitfallId: string;
	title: string;
	/** The procedure step the pitfall belongs to; empty if the id is unknown to the procedure. */
	stepId: string;
	nodeId: string;
	choiceId: string;
	choiceText: string;
	feedback: string;
	penalty: number;
}

export type Band = 'recovered' | 'partly-recovered' | 'lost';

/** The band in words, wherever a score is shown. */
export const bandText: Record<Band, string> = { recovered: 'Recovered', 'partly-recovered': 'Partly recovered', lost: 'Lost' };

export interface ScoreResult {
	steps: StepResult[];
	pitfalls: PitfallResult[];
	finalTrust: number;
	/** 0..100, a whole number. */
	total: number;
	band: Band;
	endingId: string | null;
}

/** One choice made, with the clock after its effect. */
export interface TraceEntry {
	node: ScenarioNode;
	choice: Choice;
	timeAfter: number;
}

/** A played path in the form scoring needs; built by `score` or, incrementally, by the path search. */
export interface Trace {
	entries: readonly TraceEntry[];
	finalTrust: number;
	endingId: string | null;
}

/** The steps a role-play is scored on: documented checks, then documented steps. */
export function scoredSteps(procedure: Pick<Procedure, 'checks' | 'steps'>): Step[] {
	return orderedSteps(procedure).filter((step) => step.status === 'documented');
}

/** Every pitfall id of the procedure (documented or added), with the step it belongs to. */
export function pitfallIndex(procedure: Pick<Procedure, 'checks' | 'steps'>): Map<string, { pitfall: Pitfall; step: Step }> {
	const index = new Map<string, { pitfall: Pitfall; step: Step }>();
	for (const step of orderedSteps(procedure)) for (const pitfall of step.pitfalls) index.set(pitfall.id, { pitfall, step });
	return index;
}

export function bandFor(total: number): Band {
	if (total >= RECOVERED_FROM) return 'recovered';
	if (total >= PARTLY_RECOVERED_FROM) return 'partly-recovered';
	return 'lost';
}

/** Scores a path from the scenario's start. Throws if the path does not fit the scenario (see `replay`). */
export function score(procedure: Procedure, scenario: Scenario, path: readonly PathStep[]): ScoreResult {
	return scoreTrace(procedure, scenario, traceOf(scenario, path));
}

/** The choices of a path with the clock after each; throws if the path does not fit (see `replay`). */
export function traceOf(scenario: Scenario, path: readonly PathStep[]): Trace {
	const entries: TraceEntry[] = [];
	const final = replay(scenario, path, (before, after) => {
		const node = findNode(scenario, before.nodeId!)!;
		const choiceId = after.path.at(-1)!.choiceId;
		entries.push({ node, choice: node.choices.find((c) => c.id === choiceId)!, timeAfter: after.time });
	});
	return { entries, finalTrust: final.trust, endingId: final.endingId };
}

export function scoreTrace(procedure: Procedure, scenario: Scenario, trace: Trace): ScoreResult {
	const steps = scoreSteps(procedure, scenario, trace.entries);
	const pitfalls = pitfallsCommitted(procedure, trace.entries);
	const earned = steps.length === 0 ? TOTAL_POINTS : steps.reduce((sum, step) => sum + step.points, 0);
	const lost = pitfalls.reduce((sum, pitfall) => sum + pitfall.penalty, 0);
	const total = Math.round(Math.min(TOTAL_POINTS, Math.max(0, earned - lost)));
	return { steps, pitfalls, finalTrust: trace.finalTrust, total, band: bandFor(total), endingId: trace.endingId };
}

function scoreSteps(procedure: Procedure, scenario: Scenario, entries: readonly TraceEntry[]): StepResult[] {
	const scored = scoredSteps(procedure);
	const maxPoints = scored.length === 0 ? 0 : TOTAL_POINTS / scored.length;
	const firstAt = new Map<string, number>();
	entries.forEach((entry, index) => {
		const stepId = entry.choice.step;
		if (stepId !== undefined && !firstAt.has(stepId)) firstAt.set(stepId, index);
	});
	const partOf = (step: Step) => (procedure.checks.includes(step) ? 'checks' : 'steps');

	return scored.map((step, sequence) => {
		const base = { stepId: step.id, title: step.title, part: partOf(step), order: step.order, maxPoints } as const;
		const at = firstAt.get(step.id);
		if (at === undefined) {
			return { ...base, verdict: 'skipped', points: 0, why: `Skipped: none of your choices did “${step.title}”.` };
		}
		const entry = entries[at]!;
		// The first earlier step that the path only performs afterwards.
		const shouldComeFirst = scored.slice(0, sequence).find((earlier) => (firstAt.get(earlier.id) ?? -1) > at);
		const deadline = scenario.clock.deadlines[step.id];
		const late = deadline !== undefined && entry.timeAfter > deadline;
		const points = maxPoints * (shouldComeFirst ? OUT_OF_ORDER_FRACTION : 1) * (late ? LATE_FRACTION : 1);
		const verdict: StepVerdict = shouldComeFirst ? 'out-of-order' : late ? 'late' : 'performed';
		const by = { nodeId: entry.node.id, choiceId: entry.choice.id, text: entry.choice.text };
		const unit = scenario.clock.unit;
		const orderPart = shouldComeFirst ? `you chose “${entry.choice.text}” (“${step.title}”) before “${shouldComeFirst.title}”, which comes first` : '';
		const latePart = late ? `at ${amount(entry.timeAfter, unit)}, after the deadline of ${amount(deadline, unit)}` : '';
		const why =
			shouldComeFirst && late
				? `Out of order and late: ${orderPart}, and ${latePart}.`
				: shouldComeFirst
					? `Out of order: ${orderPart}.`
					: late
						? `Late: you chose “${entry.choice.text}” ${latePart}.`
						: `Performed when you chose “${entry.choice.text}”.`;
		return { ...base, verdict, by, points, why };
	});
}

function pitfallsCommitted(procedure: Procedure, entries: readonly TraceEntry[]): PitfallResult[] {
	const index = pitfallIndex(procedure);
	return entries.flatMap(({ node, choice }) =>
		choice.pitfalls.map((pitfallId) => {
			const known = index.get(pitfallId);
			return {
				pitfallId,
				title: known?.pitfall.title ?? pitfallId,
				stepId: known?.step.id ?? '',
				nodeId: node.id,
				choiceId: choice.id,
				choiceText: choice.text,
				feedback: choice.feedback,
				penalty: PITFALL_PENALTY,
			};
		}),
	);
}

/** "1 hour", "6 hours", "2.5 days". */
function amount(value: number, unit: string): string {
	return `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}
