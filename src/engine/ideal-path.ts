import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { advance, clampTrust, findNode, type PathStep } from './runner.ts';
import { bestArrival, explorePlays, type PlaySpace } from './play-space.ts';
import { score, type ScoreResult } from './scoring.ts';

/**
 * Paths through a scenario: the ideal path (shown after a role-play; found by the exact
 * search of every play in play-space.ts), a bounded enumeration of complete paths (an
 * independent oracle for the property tests) and the shortest path to each ending.
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

/** Every complete path within the limits, up to `maxPaths` of them: depth-first, for tests to compare the exact search against. */
export function allPaths(scenario: Scenario, maxPaths = 10_000, limits: SearchLimits = DEFAULT_LIMITS): PathStep[][] {
	const found: PathStep[][] = [];
	const first = findNode(scenario, scenario.start);
	if (!first) return found;
	const path: PathStep[] = [];
	const visits = new Map<string, number>();
	let expansions = 0;
	const visit = (node: ScenarioNode, trust: number, time: number): void => {
		const seen = visits.get(node.id) ?? 0;
		if (seen >= limits.maxVisitsPerNode || path.length >= limits.maxLength) return;
		visits.set(node.id, seen + 1);
		for (const choice of node.choices) {
			if (found.length >= maxPaths || ++expansions > limits.maxExpansions) break;
			const next = advance(scenario, trust, time, choice);
			path.push({ nodeId: node.id, choiceId: choice.id });
			if (next.destination.kind === 'ending') found.push([...path]);
			else if (next.destination.kind === 'node') visit(next.destination.node, next.trust, next.time);
			path.pop();
		}
		visits.set(node.id, seen);
	};
	visit(first, clampTrust(scenario.initialTrust), 0);
	return found;
}

export interface BestPath {
	/** Empty when no ending can be reached. */
	path: PathStep[];
	result: ScoreResult | undefined;
	/** True if the search of every play stopped at its limit, so a better path may exist. */
	truncated: boolean;
}

/** The best play (highest total, then highest final trust, then fewest choices), found by the exact search in play-space.ts. */
export function bestPath(procedure: Procedure, scenario: Scenario, space: PlaySpace = explorePlays(procedure, scenario)): BestPath {
	const best = bestArrival(space);
	if (!best) return { path: [], result: undefined, truncated: space.truncated };
	const path = space.pathOf(best);
	return { path, result: score(procedure, scenario, path), truncated: space.truncated };
}

/** The path to an ending with the highest score (ties: higher final trust, then fewer choices); empty if no ending can be reached. */
export function idealPath(procedure: Procedure, scenario: Scenario): PathStep[] {
	return bestPath(procedure, scenario).path;
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
