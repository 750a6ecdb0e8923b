import type { Choice, Scenario } from '../schemas/scenario.ts';
import { displayOrder } from './choice-order.ts';
import { currentNode, choose, start, type PathStep } from './runner.ts';

/**
 * Surface cues: what a learner who does not know the procedure could pick by, without
 * reading for meaning. A role-play measures judgement only if these cues do not point at
 * the answer, so the figures here are checked over all content and shown to authors.
 */

/** Words of apology, counted by the "most apologetic" strategy. */
const APOLOGY = /\b(sorry|apologi[sz]\w*|regret\w*|afraid)\b/gi;

export function apologyCount(text: string): number {
	return text.match(APOLOGY)?.length ?? 0;
}

/** A way of picking an option without reading it for meaning. Ties go to the earlier option on screen. */
export interface SurfaceStrategy {
	id: string;
	label: string;
	/** Picks from the options in the order they are shown. */
	pick: (shown: readonly Choice[]) => Choice;
}

function maxBy(shown: readonly Choice[], measure: (choice: Choice) => number): Choice {
	return shown.reduce((best, choice) => (measure(choice) > measure(best) ? choice : best));
}

export const SURFACE_STRATEGIES: readonly SurfaceStrategy[] = [
	{ id: 'longest', label: 'always the longest option', pick: (shown) => maxBy(shown, (c) => c.text.length) },
	{ id: 'shortest', label: 'always the shortest option', pick: (shown) => maxBy(shown, (c) => -c.text.length) },
	{ id: 'first', label: 'always the first option', pick: (shown) => shown[0]! },
	{ id: 'last', label: 'always the last option', pick: (shown) => shown.at(-1)! },
	{ id: 'most-apologetic', label: 'always the most apologetic option', pick: (shown) => maxBy(shown, (c) => apologyCount(c.text)) },
];

/** The path a strategy takes through a role-play, choosing among options as they are displayed. */
export function playByStrategy(scenario: Scenario, strategy: SurfaceStrategy, maxChoices = 200): PathStep[] {
	let state = start(scenario);
	while (!state.ended && state.path.length < maxChoices) {
		const node = currentNode(scenario, state)!;
		const picked = strategy.pick(displayOrder(scenario.id, node.id, node.choices));
		state = choose(scenario, state, picked.id);
	}
	return state.path;
}

/** One decision's options, reduced to what surface balance looks at. */
export interface OptionSurface {
	length: number;
	/** True for the options a careful learner should pick (for role-plays: no pitfall). */
	good: boolean;
}

export interface SurfaceBalance {
	/** Decisions that offer both good and poor options. */
	mixed: number;
	/** Of those, how many have only good options at the greatest length. */
	longestIsGood: number;
	/** Of those, how many have only good options at the least length. */
	shortestIsGood: number;
}

/** How often length alone would find a good option, over decisions that mix good and poor ones. */
export function surfaceBalance(decisions: readonly (readonly OptionSurface[])[]): SurfaceBalance {
	const mixed = decisions.filter((options) => options.some((o) => o.good) && options.some((o) => !o.good));
	const strictlyExtreme = (options: readonly OptionSurface[], sign: 1 | -1) => {
		const best = Math.max(...options.map((o) => sign * o.length));
		return options.filter((o) => sign * o.length === best).every((o) => o.good);
	};
	return {
		mixed: mixed.length,
		longestIsGood: mixed.filter((options) => strictlyExtreme(options, 1)).length,
		shortestIsGood: mixed.filter((options) => strictlyExtreme(options, -1)).length,
	};
}

/** Every decision of a role-play as option surfaces: good means the option commits no pitfall. */
export function scenarioDecisions(scenario: Scenario): OptionSurface[][] {
	return scenario.nodes.map((node) => node.choices.map((choice) => ({ length: choice.text.length, good: choice.pitfalls.length === 0 })));
}
