import type { Pitfall, Procedure, Step } from '../schemas/procedure.ts';
import type { Choice, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { orderedSteps } from './procedure.ts';
import { tellEnding, type ToldEnding } from './outcome.ts';
import { findEnding, findNode, replay, type PathStep } from './runner.ts';
import { stepsAhead } from './scenario-graph.ts';
import { PARTLY_RECOVERED_FROM, PITFALL_PENALTY, RECOVERED_FROM } from './scoring-weights.ts';
import { sentenceList } from './words.ts';
import { assess, perform, scoredPitfallCount, scoringPlan, totalFor, type LedgerEntry, type ScoringPlan } from './step-ledger.ts';

/**
 * Scores a role-play path against the procedure it practises. The weights and bands
 * live in scoring-weights.ts, the arithmetic in step-ledger.ts; this file decides, step
 * by step, what the learner did and says why.
 *
 * Verdicts, for each documented step:
 *   - performed: a choice on the path does it cleanly (no pitfall), in order, on time.
 *   - done-poorly: the only choices that do it also commit a pitfall. It earns at most
 *     half its worth, and each pitfall costs its penalty on top.
 *   - out-of-order: done, but before a step the source puts first that the path only
 *     does afterwards. A step never done does not make later steps out of order: the
 *     skip already costs its points, and counting it twice would punish one mistake twice.
 *   - late: clock.deadlines gives the step a deadline and the clock, after the effect of
 *     the choice that did it, is past it.
 *   - skipped: the step was on offer at a node the path went through and no choice did
 *     it, or the path's choices led past every node that offers it.
 * Only pitfalls the source warns against (status: documented) are scored: they cost
 * points and make a step "done poorly". Pitfalls this project added are listed in the
 * debrief as added guidance and cost nothing.
 *   - not-reached: the conversation ended early: the step was still ahead of the node
 *     where it ended (another choice there leads on to it), or the play is unfinished.
 * When a step is done poorly and later cleanly, the clean performance counts for how well
 * it was done, the first attempt for the order; the flawed attempt's pitfall still costs
 * its points. A step attempted again cannot mend its order.
 */

export type StepVerdict = 'performed' | 'done-poorly' | 'out-of-order' | 'late' | 'skipped' | 'not-reached';

/** A choice as the debrief quotes it. */
export interface ChoiceRef {
	nodeId: string;
	choiceId: string;
	text: string;
}

export interface StepResult {
	stepId: string;
	title: string;
	part: 'checks' | 'steps';
	/** The step's position within its part (checks or steps), from 1. */
	order: number;
	/** Done poorly wins over out of order, which wins over late; `flaws` and `why` say all that apply. */
	verdict: StepVerdict;
	flaws: { poorly: boolean; outOfOrder: boolean; late: boolean };
	/** The choice that counts for this step, if any. */
	by?: ChoiceRef;
	/** A flawed attempt that a later clean one replaced. */
	replaced?: ChoiceRef;
	/** Titles of the pitfalls committed by the choice that counts (done poorly) or by the replaced attempt. */
	pitfallTitles: string[];
	/** Points earned; not rounded (a share of 100 may be fractional), so round for display. */
	points: number;
	/** What the step is worth done well. */
	maxPoints: number;
	/** Why, in a sentence or two. Never quotes the learner's words: `by` carries them. */
	why: string;
}

export interface PitfallResult {
	pitfallId: string;
	title: string;
	/** False for a pitfall this project added (status: added): shown as guidance, never scored. */
	scored: boolean;
	/** The procedure step the pitfall belongs to; empty if the id is unknown to the procedure. */
	stepId: string;
	nodeId: string;
	choiceId: string;
	choiceText: string;
	feedback: string;
	penalty: number;
}

export type Band = 'recovered' | 'partly-recovered' | 'lost';

export interface ScoreResult {
	steps: StepResult[];
	pitfalls: PitfallResult[];
	finalTrust: number;
	/** 0..100, a whole number. */
	total: number;
	band: Band;
	endingId: string | null;
	/** The ending told in the score's band; null if the play has not ended. */
	told: ToldEnding | null;
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

/** Plans are worked out once per procedure object. */
const plans = new WeakMap<object, ScoringPlan>();
export function planFor(procedure: Procedure): ScoringPlan {
	let plan = plans.get(procedure);
	if (!plan) plans.set(procedure, (plan = scoringPlan(procedure)));
	return plan;
}

export function scoreTrace(procedure: Procedure, scenario: Scenario, trace: Trace): ScoreResult {
	const plan = planFor(procedure);
	const pitfalls = pitfallsCommitted(procedure, trace.entries);
	const { ledger, replaced, offered } = ledgerOf(plan, scenario, trace.entries);
	const total = totalFor(plan, ledger, pitfalls.filter((p) => p.scored).length);
	const band = bandFor(total);
	const ending = trace.endingId === null ? undefined : findEnding(scenario, trace.endingId);
	const told = ending ? tellEnding(ending, band) : null;
	const steps = stepResults(procedure, plan, scenario, trace.entries, { ledger, replaced, offered, told });
	return { steps, pitfalls, finalTrust: trace.finalTrust, total, band, endingId: trace.endingId, told };
}

interface Ledger {
	ledger: readonly LedgerEntry[];
	/** Step index → the trace position of a poor attempt that a clean one replaced. */
	replaced: Map<number, number>;
	/** Steps that some node on the path offered a choice for. */
	offered: Set<number>;
}

function ledgerOf(plan: ScoringPlan, scenario: Scenario, entries: readonly TraceEntry[]): Ledger {
	let ledger: readonly LedgerEntry[] = [];
	const replaced = new Map<number, number>();
	const offered = new Set<number>();
	entries.forEach(({ node, choice, timeAfter }, at) => {
		for (const option of node.choices) {
			const index = option.step === undefined ? undefined : plan.indexOf.get(option.step);
			if (index !== undefined) offered.add(index);
		}
		const step = choice.step === undefined ? undefined : plan.indexOf.get(choice.step);
		if (step === undefined) return;
		const deadline = scenario.clock.deadlines[choice.step!];
		const before = ledger.find((e) => e.step === step);
		const after = perform(ledger, { step, clean: scoredPitfallCount(plan, choice.pitfalls) === 0, late: deadline !== undefined && timeAfter > deadline, at });
		if (before && after !== ledger) replaced.set(step, before.at);
		ledger = after;
	});
	return { ledger, replaced, offered };
}

function stepResults(
	procedure: Procedure,
	plan: ScoringPlan,
	scenario: Scenario,
	entries: readonly TraceEntry[],
	{ ledger, replaced, offered, told }: Ledger & { told: ToldEnding | null },
): StepResult[] {
	const assessed = new Map(assess(plan, ledger).map((a) => [a.entry.step, a]));
	const pitfalls = pitfallIndex(procedure);
	const pitfallTitle = (id: string) => pitfalls.get(id)?.pitfall.title ?? id;
	const refAt = (at: number): ChoiceRef => ({ nodeId: entries[at]!.node.id, choiceId: entries[at]!.choice.id, text: entries[at]!.choice.text });
	return plan.steps.map((step, index) => {
		const base = { stepId: step.id, title: step.title, part: plan.part[index]!, order: step.order, maxPoints: plan.worth[index]! };
		const a = assessed.get(index);
		if (!a) {
			const last = entries.at(-1)?.node.id;
			const stillAhead = told === null || (last !== undefined && (stepsAhead(scenario).get(last)?.has(step.id) ?? false));
			const notReached = !offered.has(index) && stillAhead;
			const passedBy = !offered.has(index) && !stillAhead;
			const ended = told ? `the conversation ended at “${told.title}” before this step came up` : 'this step has not come up yet';
			return {
				...base,
				verdict: notReached ? 'not-reached' : 'skipped',
				flaws: { poorly: false, outOfOrder: false, late: false },
				pitfallTitles: [],
				points: 0,
				why: notReached
					? `Not reached: ${ended}, so its points were not earned.`
					: passedBy
						? 'Skipped: your choices led the conversation past it.'
						: 'Skipped: it was on offer, and none of your choices did it.',
			};
		}
		const entry = entries[a.entry.at]!;
		const flaws = { poorly: !a.entry.clean, outOfOrder: a.shouldComeFirst !== undefined, late: a.entry.late };
		const verdict: StepVerdict = flaws.poorly ? 'done-poorly' : flaws.outOfOrder ? 'out-of-order' : flaws.late ? 'late' : 'performed';
		const replacedAt = replaced.get(index);
		const flawedBy = flaws.poorly ? entry.choice.pitfalls : replacedAt !== undefined ? entries[replacedAt]!.choice.pitfalls : [];
		const pitfallTitles = flawedBy.filter((id) => plan.scoredPitfalls.has(id)).map(pitfallTitle);
		const deadline = scenario.clock.deadlines[step.id];
		const parts = [
			flaws.poorly ? `Done poorly: the choice that did this step also committed ${thePitfalls(pitfallTitles)}, so it earns at most half its worth.` : '',
			flaws.outOfOrder ? `Out of order: you did it before “${plan.steps[a.shouldComeFirst!]!.title}”, which the procedure puts first.` : '',
			flaws.late ? `Late: done at ${amount(entry.timeAfter, scenario.clock.unit)}, after the deadline of ${amount(deadline!, scenario.clock.unit)}.` : '',
			replacedAt !== undefined
				? `Your first attempt committed ${thePitfalls(pitfallTitles)}; you did the step well later, so it counts as done well, though its order is judged by the first attempt and that pitfall still costs its points.`
				: '',
		].filter(Boolean);
		return {
			...base,
			verdict,
			flaws,
			by: refAt(a.entry.at),
			...(replacedAt !== undefined ? { replaced: refAt(replacedAt) } : {}),
			pitfallTitles,
			points: a.points,
			why: parts.length > 0 ? parts.join(' ') : 'Done well: in order and with no pitfall.',
		};
	});
}

/** "the pitfall “A”", "the pitfalls “A” and “B”". */
function thePitfalls(titles: readonly string[]): string {
	return `the ${titles.length === 1 ? 'pitfall' : 'pitfalls'} ${sentenceList(titles.map((title) => `“${title}”`))}`;
}

function pitfallsCommitted(procedure: Procedure, entries: readonly TraceEntry[]): PitfallResult[] {
	const index = pitfallIndex(procedure);
	return entries.flatMap(({ node, choice }) =>
		choice.pitfalls.map((pitfallId) => {
			const known = index.get(pitfallId);
			const scored = known?.pitfall.status !== 'added';
			return {
				pitfallId,
				title: known?.pitfall.title ?? pitfallId,
				scored,
				stepId: known?.step.id ?? '',
				nodeId: node.id,
				choiceId: choice.id,
				choiceText: choice.text,
				feedback: choice.feedback,
				penalty: scored ? PITFALL_PENALTY : 0,
			};
		}),
	);
}

/** "1 hour", "6 hours", "2.5 days". */
function amount(value: number, unit: string): string {
	return `${value} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}
