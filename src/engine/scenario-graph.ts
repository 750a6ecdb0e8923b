import type { Choice, Ending, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { clampTrust, findEnding, findNode } from './runner.ts';

/**
 * Graph analysis of a scenario for the linter: which nodes are reachable, which sit on
 * loops, and which endings and exits are possible. Assumes the structure is sound
 * (unique ids, every next resolves, start is a node); the linter checks that first.
 */

/**
 * What can happen from each node, approximately. Threshold endings (`when`) make
 * exact answers depend on the path, so the linter reasons about ranges instead:
 *
 *   - Trust and time ranges: the lowest trust reachable is the start trust plus every
 *     reachable choice's negative trust change added together (or 0 if such a choice
 *     sits on a loop, which can be repeated); likewise the highest trust and the most
 *     time. That overestimates the ranges, so a threshold ending is called unreachable
 *     only when it truly is.
 *   - A choice may end the role-play if it leads to an ending, or if it moves trust or
 *     time towards a threshold ending that the ranges allow (repeat it, on a loop, and
 *     the customer hangs up). So a node is called a dead end only when it surely is one.
 */
export interface GraphFacts {
	reachable: Set<string>;
	/** Strongly connected component of each reachable node, for loop detection. */
	component: Map<string, number>;
	/** Threshold endings the trust/time ranges allow. */
	meetable: Ending[];
	lowestTrust: number;
	highestTrust: number;
	mostTime: number;
}

export function successors(scenario: Scenario, node: ScenarioNode): ScenarioNode[] {
	return node.choices.map((choice) => findNode(scenario, choice.next)).filter((next): next is ScenarioNode => next !== undefined);
}

export function reachableFrom(scenario: Scenario, startId: string): Set<string> {
	const seen = new Set<string>([startId]);
	const queue = [findNode(scenario, startId)!];
	for (let node = queue.shift(); node; node = queue.shift()) {
		for (const next of successors(scenario, node)) {
			if (seen.has(next.id)) continue;
			seen.add(next.id);
			queue.push(next);
		}
	}
	return seen;
}

/** Tarjan's algorithm over the given nodes: component index per node id. */
export function stronglyConnected(scenario: Scenario, nodes: readonly ScenarioNode[]): Map<string, number> {
	const inScope = new Set(nodes.map((n) => n.id));
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const component = new Map<string, number>();
	let counter = 0;
	let components = 0;
	const connect = (node: ScenarioNode): void => {
		index.set(node.id, counter);
		low.set(node.id, counter++);
		stack.push(node.id);
		onStack.add(node.id);
		for (const next of successors(scenario, node).filter((n) => inScope.has(n.id))) {
			if (!index.has(next.id)) {
				connect(next);
				low.set(node.id, Math.min(low.get(node.id)!, low.get(next.id)!));
			} else if (onStack.has(next.id)) {
				low.set(node.id, Math.min(low.get(node.id)!, index.get(next.id)!));
			}
		}
		if (low.get(node.id) !== index.get(node.id)) return;
		for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
			onStack.delete(id);
			component.set(id, components);
			if (id === node.id) break;
		}
		components++;
	};
	for (const node of nodes) if (!index.has(node.id)) connect(node);
	return component;
}

/** True when the choice leads back into its own node's component: it can be repeated. */
function onLoop(scenario: Scenario, component: Map<string, number>, node: ScenarioNode, choice: Choice): boolean {
	const next = findNode(scenario, choice.next);
	return next !== undefined && component.get(next.id) === component.get(node.id);
}

export function graphFacts(scenario: Scenario): GraphFacts {
	const reachable = reachableFrom(scenario, scenario.start);
	const nodes = scenario.nodes.filter((node) => reachable.has(node.id));
	const component = stronglyConnected(scenario, nodes);
	let down = 0;
	let up = 0;
	let time = 0;
	for (const node of nodes) {
		for (const choice of node.choices) {
			const repeatable = onLoop(scenario, component, node, choice);
			const { trust: dTrust, time: dTime } = choice.effect;
			if (dTrust < 0) down += repeatable ? Infinity : -dTrust;
			if (dTrust > 0) up += repeatable ? Infinity : dTrust;
			if (dTime > 0) time += repeatable ? Infinity : dTime;
		}
	}
	const initial = clampTrust(scenario.initialTrust);
	const lowestTrust = clampTrust(initial - down);
	const highestTrust = clampTrust(initial + up);
	const meetable = scenario.endings.filter(
		({ when }) =>
			when !== undefined &&
			(when.trustBelow === undefined || lowestTrust < when.trustBelow) &&
			(when.trustAtLeast === undefined || highestTrust >= when.trustAtLeast) &&
			(when.timeAtLeast === undefined || time >= when.timeAtLeast),
	);
	return { reachable, component, meetable, lowestTrust, highestTrust, mostTime: time };
}

/** Might this choice end the role-play? (See GraphFacts for the approximation.) */
export function mayEnd(scenario: Scenario, facts: GraphFacts, choice: Choice): boolean {
	if (findEnding(scenario, choice.next)) return true;
	const { trust, time } = choice.effect;
	return facts.meetable.some(
		({ when }) =>
			(when!.trustBelow !== undefined && trust < 0) || (when!.trustAtLeast !== undefined && trust > 0) || (when!.timeAtLeast !== undefined && time > 0),
	);
}

const aheadCache = new WeakMap<Scenario, Map<string, Set<string>>>();

/**
 * For each node, the steps offered (by some choice) at that node or at any node a route
 * leads to from it. A play that ends at a node while a step is still ahead of it ended
 * early; a step no longer ahead was passed by. Worked out once per scenario.
 */
export function stepsAhead(scenario: Scenario): Map<string, Set<string>> {
	const cached = aheadCache.get(scenario);
	if (cached) return cached;
	const ahead = new Map(scenario.nodes.map((node) => [node.id, new Set(node.choices.flatMap((c) => (c.step === undefined ? [] : [c.step])))]));
	for (let grew = true; grew;) {
		grew = false;
		for (const node of scenario.nodes) {
			const mine = ahead.get(node.id)!;
			for (const next of successors(scenario, node)) {
				for (const step of ahead.get(next.id) ?? []) {
					if (mine.has(step)) continue;
					mine.add(step);
					grew = true;
				}
			}
		}
	}
	aheadCache.set(scenario, ahead);
	return ahead;
}
