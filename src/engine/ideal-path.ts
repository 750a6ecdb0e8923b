import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { advance, clampTrust, findNode, type PathStep } from './runner.ts';
import { scoreTrace, type ScoreResult, type Trace, type TraceEntry } from './scoring.ts';
import { PITFALL_PENALTY, TOTAL_POINTS } from './scoring-weights.ts';

/**
 * Bounded search over the paths through a scenario: the ideal path (shown after a
 * role-play, and used by the linter to prove a perfect score is possible) and the
 * enumeration of complete paths.
 *
 * Scenarios may loop ("ask again"), so the search bounds each path: it passes through
 * a node at most `maxVisitsPerNode` times and makes at most `maxLength` choices. A
 * path that would break a bound is not followed; it is not an error. The search as a
 * whole stops after `maxExpansions` choices and reports itself truncated.
 */

export interface SearchLimits {
	/** 2 lets a path go round a loop once, which is all a sensible ideal path needs. */
	maxVisitsPerNode: number;
	/** No role-play worth playing needs more choices than this. */
	maxLength: number;
	/** Choices tried in total before the search gives up; keeps lint fast on large scenarios. */
	maxExpansions: number;
}

export const DEFAULT_LIMITS: SearchLimits = { maxVisitsPerNode: 2, maxLength: 60, maxExpansions: 500_000 };

/** A complete path: one that reaches an ending. */
interface CompletePath {
	path: PathStep[];
	trace: Trace;
}

interface Explorer {
	/** Called with each complete path found; copies are the callee's to keep. */
	onComplete: (found: CompletePath) => void;
	/** Return true to stop following a prefix, given how many pitfalls it has committed so far. */
	prune?: (pitfallsSoFar: number) => boolean;
	/** Return true to stop the whole search. */
	done?: () => boolean;
}

/** Depth-first walk over every bounded path from the start; returns whether it was cut short. */
function explore(scenario: Scenario, limits: SearchLimits, explorer: Explorer): { truncated: boolean } {
	const first = findNode(scenario, scenario.start);
	if (!first) return { truncated: false };
	const path: PathStep[] = [];
	const entries: TraceEntry[] = [];
	const visits = new Map<string, number>();
	let expansions = 0;
	let truncated = false;
	let pitfalls = 0;

	const visit = (node: ScenarioNode, trust: number, time: number): void => {
		const seen = visits.get(node.id) ?? 0;
		if (seen >= limits.maxVisitsPerNode || path.length >= limits.maxLength) return;
		visits.set(node.id, seen + 1);
		// Choices with fewer pitfalls first: good paths turn up early, so pruning bites sooner.
		const choices = [...node.choices].sort((a, b) => a.pitfalls.length - b.pitfalls.length);
		for (const choice of choices) {
			if (truncated || explorer.done?.()) break;
			if (++expansions > limits.maxExpansions) {
				truncated = true;
				break;
			}
			pitfalls += choice.pitfalls.length;
			if (!explorer.prune?.(pitfalls)) {
				const next = advance(scenario, trust, time, choice);
				path.push({ nodeId: node.id, choiceId: choice.id });
				entries.push({ node, choice, timeAfter: next.time });
				const to = next.destination;
				if (to.kind === 'ending') {
					explorer.onComplete({ path: [...path], trace: { entries: [...entries], finalTrust: next.trust, endingId: to.ending.id } });
				} else if (to.kind === 'node') {
					visit(to.node, next.trust, next.time);
				}
				path.pop();
				entries.pop();
			}
			pitfalls -= choice.pitfalls.length;
		}
		visits.set(node.id, seen);
	};

	visit(first, clampTrust(scenario.initialTrust), 0);
	return { truncated };
}

/** Every complete path within the limits, up to `maxPaths` of them. */
export function allPaths(scenario: Scenario, maxPaths = 10_000, limits: SearchLimits = DEFAULT_LIMITS): PathStep[][] {
	const found: PathStep[][] = [];
	explore(scenario, limits, { onComplete: ({ path }) => found.push(path), done: () => found.length >= maxPaths });
	return found;
}

export interface BestPath {
	/** Empty when no ending can be reached within the limits. */
	path: PathStep[];
	result: ScoreResult | undefined;
	/** True if the search hit maxExpansions, so a better path may exist. */
	truncated: boolean;
}

/** Higher total, then higher final trust (a happier customer), then fewer choices. */
function isBetter(candidate: { result: ScoreResult; length: number }, best: { result: ScoreResult; length: number }): boolean {
	if (candidate.result.total !== best.result.total) return candidate.result.total > best.result.total;
	if (candidate.result.finalTrust !== best.result.finalTrust) return candidate.result.finalTrust > best.result.finalTrust;
	return candidate.length < best.length;
}

/** The best path to an ending, with its score. Branch and bound: a prefix whose pitfalls already cost more than the best total is not followed. */
export function bestPath(procedure: Procedure, scenario: Scenario, limits: SearchLimits = DEFAULT_LIMITS): BestPath {
	let best: { path: PathStep[]; result: ScoreResult; length: number } | undefined;
	const { truncated } = explore(scenario, limits, {
		onComplete: ({ path, trace }) => {
			const candidate = { path, result: scoreTrace(procedure, scenario, trace), length: path.length };
			if (!best || isBetter(candidate, best)) best = candidate;
		},
		// Steps earn at most TOTAL_POINTS, so pitfalls bound the total from above.
		prune: (pitfallsSoFar) => best !== undefined && Math.max(0, TOTAL_POINTS - pitfallsSoFar * PITFALL_PENALTY) < best.result.total,
	});
	return { path: best?.path ?? [], result: best?.result, truncated };
}

/** The path to an ending with the highest score (ties: higher final trust, then fewer choices); empty if no ending can be reached. */
export function idealPath(procedure: Procedure, scenario: Scenario, limits: SearchLimits = DEFAULT_LIMITS): PathStep[] {
	return bestPath(procedure, scenario, limits).path;
}

/**
 * The shortest path to each ending that can be reached, found breadth-first over the
 * simulation's states (node, trust, time) rather than over paths, so it is exact however
 * many paths a scenario has. Threshold endings are found with the choices that trip them.
 */
export function shortestPathsToEndings(scenario: Scenario): Map<string, PathStep[]> {
	const found = new Map<string, PathStep[]>();
	const first = findNode(scenario, scenario.start);
	if (!first) return found;
	interface State {
		node: ScenarioNode;
		trust: number;
		time: number;
		path: PathStep[];
	}
	const key = (s: Omit<State, 'path'>) => `${s.node.id}|${s.trust}|${s.time}`;
	const queue: State[] = [{ node: first, trust: clampTrust(scenario.initialTrust), time: 0, path: [] }];
	const seen = new Set([key(queue[0]!)]);
	for (let head = 0; head < queue.length && found.size < scenario.endings.length; head++) {
		const state = queue[head]!;
		for (const choice of state.node.choices) {
			const next = advance(scenario, state.trust, state.time, choice);
			const path = [...state.path, { nodeId: state.node.id, choiceId: choice.id }];
			const to = next.destination;
			if (to.kind === 'ending') {
				if (!found.has(to.ending.id)) found.set(to.ending.id, path);
			} else if (to.kind === 'node') {
				const candidate = { node: to.node, trust: next.trust, time: next.time };
				if (!seen.has(key(candidate))) {
					seen.add(key(candidate));
					queue.push({ ...candidate, path });
				}
			}
		}
	}
	return found;
}
