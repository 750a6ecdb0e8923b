import type { Choice, Scenario, ScenarioNode } from '../schemas/scenario.ts';

/** Small helpers the lint rule files share. */

/** "a, b, c", or "(none)". */
export function list(ids: readonly string[]): string {
	return ids.length === 0 ? '(none)' : ids.join(', ');
}

/** For each id that occurs more than once: the id, how often, and the index of its second occurrence. */
export function duplicates(ids: readonly string[]): { id: string; count: number; second: number }[] {
	const seen = new Map<string, { id: string; count: number; second: number }>();
	ids.forEach((id, index) => {
		const entry = seen.get(id);
		if (!entry) seen.set(id, { id, count: 1, second: -1 });
		else {
			entry.count++;
			if (entry.second < 0) entry.second = index;
		}
	});
	return [...seen.values()].filter((entry) => entry.count > 1);
}

/** Where a choice is in the data, and so in the file: ['nodes', n, 'choices', c, …field]. */
export type ChoiceAt = (...field: (string | number)[]) => (string | number)[];

export function eachChoice(scenario: Scenario, visit: (node: ScenarioNode, choice: Choice, at: ChoiceAt) => void): void {
	scenario.nodes.forEach((node, n) => node.choices.forEach((choice, c) => visit(node, choice, (...field) => ['nodes', n, 'choices', c, ...field])));
}

/** The data path of the node (or ending) with this id: the first one, as the runner uses the first. */
export function nodePath(scenario: Scenario, id: string): (string | number)[] {
	return ['nodes', scenario.nodes.findIndex((node) => node.id === id)];
}

export function endingPath(scenario: Scenario, id: string): (string | number)[] {
	return ['endings', scenario.endings.findIndex((ending) => ending.id === id)];
}

/** "the nodes (a, b) or endings (c, d)": where a next: may point. */
export function targets(scenario: Scenario): string {
	return `the nodes (${list(scenario.nodes.map((n) => n.id))}) or endings (${list(scenario.endings.map((e) => e.id))})`;
}
