import type { Procedure } from '../schemas/procedure.ts';
import type { Choice, Ending, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { advance, clampTrust, findNode, type PathStep } from './runner.ts';
import { bandFor, planFor, type Band } from './scoring.ts';
import { perform, PITFALLS_THAT_ZERO_A_SCORE, scoredPitfallCount, totalFor, type LedgerEntry } from './step-ledger.ts';

/**
 * Every way a role-play can be played, explored exactly: a breadth-first search over the
 * states a play can be in, rather than over paths, so it is exact however many paths a
 * scenario has, loops included. A state is what decides everything that can still happen
 * and how it will be scored: the node, trust, the clock, the performances that count so
 * far (in order), the pitfalls committed and the steps offered so far.
 *
 * The clock is held at one past the last time any deadline or threshold looks at, and
 * pitfalls at the count that makes any score 0: beyond those, more makes no difference,
 * so a loop that only adds time or pitfalls still ends the search.
 *
 * Each arrival at an ending is reported with the shortest path to it (breadth-first),
 * which the linter quotes as an example and the debrief shows as the ideal path.
 */

export interface Arrival {
	ending: Ending;
	/** The choice that ended the play (leading to the ending, or tripping its thresholds). */
	choice: Choice;
	node: ScenarioNode;
	total: number;
	band: Band;
	trust: number;
	/** Scored steps (by index in the scoring plan) that no node on the path offered. */
	notOffered: number[];
	/** The state the ending was reached from; see `pathOf`. */
	from: number;
}

export interface PlaySpace {
	/** Every arrival at an ending from every state, each state reached by its shortest path. */
	arrivals: Arrival[];
	/** The choices of the shortest play that makes this arrival. */
	pathOf: (arrival: Arrival) => PathStep[];
	/** States explored. */
	states: number;
	/** True if the search stopped at `maxStates`, so some plays were not looked at. */
	truncated: boolean;
}

/** Enough for any hand-written role-play; a generated monster stops here rather than hang the build. */
export const MAX_STATES = 400_000;

interface State {
	node: ScenarioNode;
	trust: number;
	time: number;
	ledger: readonly LedgerEntry[];
	pitfalls: number;
	offered: number;
	parent: number;
	via: PathStep | null;
}

export function explorePlays(procedure: Procedure, scenario: Scenario, maxStates = MAX_STATES): PlaySpace {
	const plan = planFor(procedure);
	const first = findNode(scenario, scenario.start);
	if (!first) return { arrivals: [], pathOf: () => [], states: 0, truncated: false };
	const clockCap = 1 + Math.max(0, ...Object.values(scenario.clock.deadlines), ...scenario.endings.map((e) => e.when?.timeAtLeast ?? 0));
	const allOffered = (1 << plan.steps.length) - 1;
	const offeredAt = new Map(scenario.nodes.map((node) => [node.id, node.choices.reduce((mask, c) => mask | bit(plan.indexOf.get(c.step ?? '')), 0)]));
	const key = (s: Omit<State, 'parent' | 'via'>) =>
		`${s.node.id}|${s.trust}|${s.time}|${s.pitfalls}|${s.offered}|${s.ledger.map((e) => e.step * 4 + (e.clean ? 2 : 0) + (e.late ? 1 : 0)).join(',')}`;

	const states: State[] = [
		{ node: first, trust: clampTrust(scenario.initialTrust), time: 0, ledger: [], pitfalls: 0, offered: offeredAt.get(first.id)!, parent: -1, via: null },
	];
	const seen = new Set([key(states[0]!)]);
	const arrivals: Arrival[] = [];
	const pathOf = (arrival: Arrival): PathStep[] => {
		const path = [{ nodeId: arrival.node.id, choiceId: arrival.choice.id }];
		for (let i = arrival.from; states[i]!.via; i = states[i]!.parent) path.push(states[i]!.via!);
		return path.reverse();
	};

	let truncated = false;
	for (let head = 0; head < states.length; head++) {
		const state = states[head]!;
		for (const choice of state.node.choices) {
			const next = advance(scenario, state.trust, state.time, choice);
			const time = Math.min(next.time, clockCap);
			const step = choice.step === undefined ? undefined : plan.indexOf.get(choice.step);
			const deadline = choice.step === undefined ? undefined : scenario.clock.deadlines[choice.step];
			const scored = scoredPitfallCount(plan, choice.pitfalls);
			const ledger =
				step === undefined ? state.ledger : perform(state.ledger, { step, clean: scored === 0, late: deadline !== undefined && time > deadline, at: -1 });
			const pitfalls = Math.min(PITFALLS_THAT_ZERO_A_SCORE, state.pitfalls + scored);
			const to = next.destination;
			if (to.kind === 'ending') {
				const total = totalFor(plan, ledger, pitfalls);
				const missing = allOffered & ~state.offered;
				arrivals.push({
					ending: to.ending,
					choice,
					node: state.node,
					total,
					band: bandFor(total),
					trust: next.trust,
					notOffered: plan.steps.map((_, i) => i).filter((i) => missing & (1 << i)),
					from: head,
				});
			} else if (to.kind === 'node') {
				const candidate = { node: to.node, trust: next.trust, time, ledger, pitfalls, offered: state.offered | offeredAt.get(to.node.id)! };
				const k = key(candidate);
				if (seen.has(k)) continue;
				if (states.length >= maxStates) {
					truncated = true;
					continue;
				}
				seen.add(k);
				states.push({ ...candidate, parent: head, via: { nodeId: state.node.id, choiceId: choice.id } });
			}
		}
	}
	return { arrivals, pathOf, states: states.length, truncated };
}

function bit(index: number | undefined): number {
	return index === undefined ? 0 : 1 << index;
}

/**
 * The best play: the highest total, then the happiest customer, then the fewest choices.
 * Arrivals come in breadth-first order, so the first of equals is the shortest.
 */
export function bestArrival(space: PlaySpace): Arrival | undefined {
	let best: Arrival | undefined;
	for (const arrival of space.arrivals) {
		if (!best || arrival.total > best.total || (arrival.total === best.total && arrival.trust > best.trust)) best = arrival;
	}
	return best;
}
