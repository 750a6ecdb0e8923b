import type { Choice, Condition, Ending, Scenario, ScenarioNode } from '../schemas/scenario.ts';

/**
 * The role-play runner: a pure state machine over a scenario.
 *
 * State is plain JSON (it is persisted between visits), so it holds ids rather than
 * objects, and every function takes the scenario explicitly. Nothing here mutates its
 * input: `choose` returns a new state.
 *
 * Semantics of a choice:
 *   1. its effect is applied: trust changes (then is clamped to 0..100), time passes,
 *      hidden facts it reveals are added to `revealed`;
 *   2. endings with `when` thresholds are checked in file order: the first whose
 *      thresholds are all met ends the role-play at once (the customer hangs up,
 *      the deadline passes, …);
 *   3. otherwise `next` is followed: a node id moves there, an ending id ends there.
 */

export interface PathStep {
	nodeId: string;
	choiceId: string;
}

export interface SimState {
	scenarioId: string;
	/** The node waiting for a choice; null once ended. */
	nodeId: string | null;
	/** The ending reached; null until ended. */
	endingId: string | null;
	ended: boolean;
	/** Every choice made so far, in order. */
	path: PathStep[];
	/** The customer's trust, 0..100. */
	trust: number;
	/** Time elapsed, in the scenario's clock unit. */
	time: number;
	/** Ids of hidden facts the customer has revealed, in the order revealed. */
	revealed: string[];
}

export const MIN_TRUST = 0;
export const MAX_TRUST = 100;

export function clampTrust(trust: number): number {
	return Math.min(MAX_TRUST, Math.max(MIN_TRUST, trust));
}

export function findNode(scenario: Scenario, id: string): ScenarioNode | undefined {
	return scenario.nodes.find((node) => node.id === id);
}

export function findEnding(scenario: Scenario, id: string): Ending | undefined {
	return scenario.endings.find((ending) => ending.id === id);
}

/** True when every threshold the condition sets is met (unset thresholds do not count). */
export function conditionMet(condition: Condition, trust: number, time: number): boolean {
	if (condition.trustBelow !== undefined && !(trust < condition.trustBelow)) return false;
	if (condition.trustAtLeast !== undefined && !(trust >= condition.trustAtLeast)) return false;
	if (condition.timeAtLeast !== undefined && !(time >= condition.timeAtLeast)) return false;
	return true;
}

/** The first ending (in file order) whose `when` thresholds the state meets, if any. */
export function thresholdEnding(scenario: Scenario, trust: number, time: number): Ending | undefined {
	return scenario.endings.find((ending) => ending.when !== undefined && conditionMet(ending.when, trust, time));
}

/** Where a choice leads once its effect is applied. */
export type Destination = { kind: 'node'; node: ScenarioNode } | { kind: 'ending'; ending: Ending } | { kind: 'dangling'; id: string };

export interface Advance {
	trust: number;
	time: number;
	destination: Destination;
}

/**
 * The core transition, shared by `choose` and the path search in ideal-path.ts:
 * the effect of `choice` on trust and time, and where it leads.
 */
export function advance(scenario: Scenario, trust: number, time: number, choice: Choice): Advance {
	const nextTrust = clampTrust(trust + choice.effect.trust);
	const nextTime = time + choice.effect.time;
	const byThreshold = thresholdEnding(scenario, nextTrust, nextTime);
	if (byThreshold) return { trust: nextTrust, time: nextTime, destination: { kind: 'ending', ending: byThreshold } };
	const node = findNode(scenario, choice.next);
	if (node) return { trust: nextTrust, time: nextTime, destination: { kind: 'node', node } };
	const ending = findEnding(scenario, choice.next);
	if (ending) return { trust: nextTrust, time: nextTime, destination: { kind: 'ending', ending } };
	return { trust: nextTrust, time: nextTime, destination: { kind: 'dangling', id: choice.next } };
}

export function start(scenario: Scenario): SimState {
	if (!findNode(scenario, scenario.start)) {
		throw new Error(`Scenario "${scenario.id}" starts at "${scenario.start}", which is not one of its nodes.`);
	}
	return {
		scenarioId: scenario.id,
		nodeId: scenario.start,
		endingId: null,
		ended: false,
		path: [],
		trust: clampTrust(scenario.initialTrust),
		time: 0,
		revealed: [],
	};
}

export function currentNode(scenario: Scenario, state: SimState): ScenarioNode | undefined {
	return state.nodeId === null ? undefined : findNode(scenario, state.nodeId);
}

export function currentEnding(scenario: Scenario, state: SimState): Ending | undefined {
	return state.endingId === null ? undefined : findEnding(scenario, state.endingId);
}

/** Makes a choice at the current node and returns the new state. Throws for a choice that cannot be made. */
export function choose(scenario: Scenario, state: SimState, choiceId: string): SimState {
	if (state.scenarioId !== scenario.id) {
		throw new Error(`This state belongs to scenario "${state.scenarioId}", not "${scenario.id}".`);
	}
	if (state.ended) {
		throw new Error(`Scenario "${scenario.id}" has already ended (ending "${state.endingId}"): no more choices can be made.`);
	}
	const node = currentNode(scenario, state);
	if (!node) throw new Error(`Scenario "${scenario.id}" has no node "${state.nodeId}".`);
	const choice = node.choices.find((c) => c.id === choiceId);
	if (!choice) {
		const ids = node.choices.map((c) => `"${c.id}"`).join(', ');
		throw new Error(`Node "${node.id}" of scenario "${scenario.id}" has no choice "${choiceId}": its choices are ${ids}.`);
	}
	const { trust, time, destination } = advance(scenario, state.trust, state.time, choice);
	if (destination.kind === 'dangling') {
		throw new Error(
			`Choice "${choice.id}" at node "${node.id}" leads to "${destination.id}", which is neither a node nor an ending of scenario "${scenario.id}".`,
		);
	}
	const revealed = [...state.revealed, ...choice.reveals.filter((id, i, all) => !state.revealed.includes(id) && all.indexOf(id) === i)];
	const path = [...state.path, { nodeId: node.id, choiceId: choice.id }];
	const base = { scenarioId: state.scenarioId, path, trust, time, revealed };
	return destination.kind === 'node'
		? { ...base, nodeId: destination.node.id, endingId: null, ended: false }
		: { ...base, nodeId: null, endingId: destination.ending.id, ended: true };
}

/**
 * Rebuilds the state a stored path leads to. Throws if the path does not fit the
 * scenario (e.g. the scenario was edited since). `onChoice` sees each transition,
 * for callers that need more than the final state (scoring needs the clock at each step).
 */
export function replay(scenario: Scenario, path: readonly PathStep[], onChoice?: (before: SimState, after: SimState) => void): SimState {
	let state = start(scenario);
	path.forEach((step, index) => {
		if (state.nodeId !== step.nodeId) {
			const where = state.ended ? `the role-play had already ended (ending "${state.endingId}")` : `the role-play was at node "${state.nodeId}"`;
			throw new Error(`Choice ${index + 1} of the path was made at node "${step.nodeId}", but ${where}.`);
		}
		const after = choose(scenario, state, step.choiceId);
		onChoice?.(state, after);
		state = after;
	});
	return state;
}
