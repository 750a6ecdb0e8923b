import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPaths, bestPath, type SearchLimits } from '../../../src/engine/ideal-path.ts';
import { choose, replay, start, type PathStep } from '../../../src/engine/runner.ts';
import { explorePlays } from '../../../src/engine/play-space.ts';
import { score } from '../../../src/engine/scoring.ts';
import { DONE_POORLY_FRACTION } from '../../../src/engine/scoring-weights.ts';
import type { Scenario } from '../../../src/schemas/scenario.ts';
import { choice, deepFreeze, defaultEndings, demoProcedure, makeScenario, node } from './builders.ts';

/**
 * Properties over random scenarios for the demo procedure: random graphs (loops
 * included), random steps, pitfalls, effects, deadlines and threshold endings.
 */

const STEP_IDS = [undefined, 'check-safe', 'greet', 'listen', 'resolve', 'bonus'] as const;
const PITFALL_IDS = ['unsafe', 'rude', 'interrupt', 'vague', 'oversell'];

// Small bounds so every path can be enumerated: at most 3^8 paths per scenario.
const LIMITS: SearchLimits = { maxVisitsPerNode: 2, maxLength: 8, maxExpansions: 1_000_000 };
const RUNS = { numRuns: 150 };

const choiceSpec = (targets: string[]) =>
	fc.record({
		next: fc.constantFrom(...targets),
		step: fc.constantFrom(...STEP_IDS),
		pitfalls: fc.subarray(PITFALL_IDS, { maxLength: 2 }),
		trust: fc.integer({ min: -30, max: 30 }),
		time: fc.integer({ min: 0, max: 3 }),
	});

/** The scored steps in order: a "spine" of first choices that performs them perfectly. */
const SPINE = ['check-safe', 'greet', 'listen', 'resolve'];

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.integer({ min: 1, max: 6 }).chain((count) => {
	const ids = Array.from({ length: count }, (_, i) => `n${i + 1}`);
	// Endings listed twice so that most random graphs can finish.
	const targets = [...ids, 'good', 'bad', 'good', 'bad'];
	return fc
		.record({
			nodes: fc.tuple(...ids.map(() => fc.array(choiceSpec(targets), { minLength: 2, maxLength: 3 }))),
			// Half the time (given four nodes), n1..n4 open with a perfect route, so 100 is reachable.
			spine: fc.boolean(),
			hangUpBelow: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
			listenBy: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
			initialTrust: fc.integer({ min: 50, max: 100 }),
		})
		.map(({ nodes, spine, hangUpBelow, listenBy, initialTrust }) => {
			const withSpine = spine && count >= SPINE.length;
			const built = nodes.map((choices, i) => {
				const specs = choices.map((c) => choice(c.next, { ...c, text: `Choice to ${c.next}` }));
				if (withSpine && i < SPINE.length) {
					specs[0] = choice(i === SPINE.length - 1 ? 'good' : ids[i + 1]!, { step: SPINE[i]!, trust: 5, text: `Do ${SPINE[i]}` });
				}
				return node(ids[i]!, ...specs);
			});
			return makeScenario(built, {
				initialTrust,
				clock: { unit: 'minutes', deadlines: listenBy === undefined ? {} : { listen: listenBy } },
				endings:
					hangUpBelow === undefined
						? defaultEndings
						: [...defaultEndings, { id: 'hang-up', title: 'Hangs up', outcome: 'lost', text: 'Gone.', when: { trustBelow: hangUpBelow } }],
			});
		});
});

/** Whether the scenario was built with the perfect spine (its first choice performs the first scored step). */
const hasSpine = (scenario: Scenario) => scenario.nodes[0]!.choices[0]!.text === 'Do check-safe';

const totalOf = (scenario: Scenario, path: readonly PathStep[]) => score(demoProcedure, scenario, path).total;

/** The scenario with one more pitfall on the choice made at `path[index]`. */
function withExtraPitfall(scenario: Scenario, step: PathStep, pitfall: string): Scenario {
	const copy = structuredClone(scenario);
	const target = copy.nodes.find((n) => n.id === step.nodeId)!.choices.find((c) => c.id === step.choiceId)!;
	target.pitfalls.push(pitfall);
	return copy;
}

// Each property enumerates every bounded path of 150 random scenarios: seconds, not milliseconds, on a busy machine.
describe('properties of the engine over random scenarios', { timeout: 60_000 }, () => {
	it('every complete path ends, and scores a whole number from 0 to 100', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (scenario) => {
				for (const path of allPaths(scenario, 10_000, LIMITS)) {
					expect(replay(scenario, path).ended).toBe(true);
					const result = score(demoProcedure, scenario, path);
					expect(Number.isInteger(result.total)).toBe(true);
					expect(result.total).toBeGreaterThanOrEqual(0);
					expect(result.total).toBeLessThanOrEqual(100);
					for (const step of result.steps) expect(step.points).toBeLessThanOrEqual(step.maxPoints);
				}
			}),
			RUNS,
		);
	});

	it('the ideal path scores at least as much as every other path', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (scenario) => {
				const paths = allPaths(scenario, 10_000, LIMITS);
				const best = bestPath(demoProcedure, scenario);
				expect(best.truncated).toBe(false);
				// The exact search may find plays longer than the bounded enumeration allows (a long loop towards a hang-up).
				if (best.path.length > 0) expect(replay(scenario, best.path).ended).toBe(true);
				if (paths.length === 0) return;
				const idealTotal = totalOf(scenario, best.path);
				expect(idealTotal).toBe(best.result!.total);
				if (hasSpine(scenario)) expect(idealTotal).toBe(100);
				for (const path of paths) expect(idealTotal).toBeGreaterThanOrEqual(totalOf(scenario, path));
			}),
			RUNS,
		);
	});

	it('adding a pitfall to a choice on a path never raises its score', () => {
		const withPath = scenarioArbitrary
			.map((scenario) => ({ scenario, paths: allPaths(scenario, 10_000, LIMITS) }))
			.filter(({ paths }) => paths.length > 0)
			.chain(({ scenario, paths }) =>
				fc.record({
					scenario: fc.constant(scenario),
					path: fc.constantFrom(...paths),
					pick: fc.nat(),
					pitfall: fc.constantFrom(...PITFALL_IDS),
				}),
			);
		fc.assert(
			fc.property(withPath, ({ scenario, path, pick, pitfall }) => {
				const worse = withExtraPitfall(scenario, path[pick % path.length]!, pitfall);
				expect(totalOf(worse, path)).toBeLessThanOrEqual(totalOf(scenario, path));
				// Nor can it raise the best score on offer.
				expect(bestPath(demoProcedure, worse).result!.total).toBeLessThanOrEqual(bestPath(demoProcedure, scenario).result!.total);
			}),
			RUNS,
		);
	});

	it('every play the exact search finds scores exactly what score() gives its path', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (scenario) => {
				const space = explorePlays(demoProcedure, scenario, 5_000);
				for (const arrival of space.arrivals.slice(0, 200)) {
					const result = score(demoProcedure, scenario, space.pathOf(arrival));
					expect([result.total, result.band, result.endingId, result.finalTrust]).toEqual([arrival.total, arrival.band, arrival.ending.id, arrival.trust]);
				}
			}),
			RUNS,
		);
	});

	it('a step is credited as done well only by a choice that commits no pitfall the source names (oversell is added), and done poorly earns at most half', () => {
		fc.assert(
			fc.property(scenarioArbitrary, (scenario) => {
				for (const path of allPaths(scenario, 2_000, LIMITS)) {
					for (const step of score(demoProcedure, scenario, path).steps) {
						const by = step.by && scenario.nodes.find((n) => n.id === step.by!.nodeId)!.choices.find((c) => c.id === step.by!.choiceId)!;
						const scored = (ids: readonly string[]) => ids.filter((id) => id !== 'oversell');
						if (step.verdict === 'done-poorly') {
							expect(scored(by!.pitfalls).length).toBeGreaterThan(0);
							expect(step.points).toBeLessThanOrEqual(step.maxPoints * DONE_POORLY_FRACTION);
						} else if (by) {
							expect(scored(by.pitfalls)).toEqual([]);
						} else {
							expect(step.points).toBe(0);
						}
					}
				}
			}),
			RUNS,
		);
	});

	it('choose never mutates the scenario or the state it is given', () => {
		const withPrefix = scenarioArbitrary.chain((scenario) => fc.record({ scenario: fc.constant(scenario), picks: fc.array(fc.nat(), { maxLength: 6 }) }));
		fc.assert(
			fc.property(withPrefix, ({ scenario, picks }) => {
				const frozenScenario = deepFreeze(scenario);
				const scenarioBefore = structuredClone(frozenScenario);
				let state = deepFreeze(start(frozenScenario));
				for (const pick of picks) {
					if (state.ended) break;
					const stateBefore = structuredClone(state);
					const choices = frozenScenario.nodes.find((n) => n.id === state.nodeId)!.choices;
					const next = choose(frozenScenario, state, choices[pick % choices.length]!.id);
					expect(state).toEqual(stateBefore);
					expect(next.path).toHaveLength(state.path.length + 1);
					state = deepFreeze(next);
				}
				expect(frozenScenario).toEqual(scenarioBefore);
			}),
			RUNS,
		);
	});
});
