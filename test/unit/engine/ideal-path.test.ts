import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { allPaths, bestPath, DEFAULT_LIMITS, idealPath, shortestPathsToEndings } from '../../../src/engine/ideal-path.ts';
import { explorePlays } from '../../../src/engine/play-space.ts';
import { replay } from '../../../src/engine/runner.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';
import { score } from '../../../src/engine/scoring.ts';
import { choice, demoProcedure, linearIdeal, linearScenario, makeScenario, node } from './builders.ts';

describe('idealPath', () => {
	it('finds the perfect path of a straight scenario', () => {
		expect(idealPath(demoProcedure, linearScenario())).toEqual(linearIdeal);
	});

	it('prefers, among equal totals, the higher final trust', () => {
		const scenario = makeScenario([
			node('n1', choice('n2', { step: 'check-safe', trust: 1 }), choice('n2', { step: 'check-safe', trust: 20 })),
			node('n2', choice('n3', { step: 'greet' }), choice('bad')),
			node('n3', choice('n4', { step: 'listen' }), choice('bad')),
			node('n4', choice('good', { step: 'resolve' }), choice('bad')),
		]);
		expect(idealPath(demoProcedure, scenario)[0]).toEqual({ nodeId: 'n1', choiceId: 'c2' });
	});

	it('prefers, among equal totals and trust, fewer choices', () => {
		const scenario = makeScenario([
			node('n1', choice('detour', { step: 'check-safe' }), choice('n2', { step: 'check-safe' })),
			node('detour', choice('n2'), choice('bad')),
			node('n2', choice('n3', { step: 'greet' }), choice('bad')),
			node('n3', choice('n4', { step: 'listen' }), choice('bad')),
			node('n4', choice('good', { step: 'resolve' }), choice('bad')),
		]);
		expect(idealPath(demoProcedure, scenario)).toHaveLength(4);
	});

	it('handles loops, going round at most twice', () => {
		const scenario = makeScenario([
			node('n1', choice('n1', { text: 'Ask again' }), choice('n2', { step: 'check-safe' })),
			node('n2', choice('n1', { step: 'greet' }), choice('n3', { step: 'greet' })),
			node('n3', choice('n4', { step: 'listen' }), choice('n3', { pitfalls: ['interrupt'] })),
			node('n4', choice('good', { step: 'resolve' }), choice('bad')),
		]);
		const path = idealPath(demoProcedure, scenario);
		expect(score(demoProcedure, scenario, path).total).toBe(100);
		expect(path.map((s) => s.nodeId)).toEqual(['n1', 'n2', 'n3', 'n4']);
	});

	it('is empty when no ending can be reached', () => {
		const scenario = makeScenario([node('n1', choice('n2'), choice('n1')), node('n2', choice('n1'), choice('n2', { step: 'greet' }))]);
		expect(idealPath(demoProcedure, scenario)).toEqual([]);
		expect(bestPath(demoProcedure, scenario)).toEqual({ path: [], result: undefined, truncated: false });
	});

	it('reports a search cut short by its limit on states', () => {
		const cut = bestPath(demoProcedure, linearScenario(), explorePlays(demoProcedure, linearScenario(), 3));
		expect(cut.truncated).toBe(true);
		expect(bestPath(demoProcedure, linearScenario()).truncated).toBe(false);
	});
});

describe('allPaths', () => {
	it('lists every complete path', () => {
		// Two choices at each of n1..n3, then n4 ends either way: 2 × 2 × 2 × 2.
		const paths = allPaths(linearScenario());
		expect(paths).toHaveLength(16);
		expect(paths).toContainEqual(linearIdeal);
		expect(new Set(paths.map((p) => JSON.stringify(p))).size).toBe(16);
	});

	it('stops at the requested number of paths', () => {
		expect(allPaths(linearScenario(), 5)).toHaveLength(5);
	});

	it('bounds paths through loops by visits per node and by length', () => {
		const scenario = makeScenario([node('n1', choice('n1'), choice('good'))]);
		// n1 → good, and n1 → n1 → good: a second visit is allowed, a third is not.
		expect(allPaths(scenario)).toHaveLength(2);
		expect(allPaths(scenario, 100, { ...DEFAULT_LIMITS, maxVisitsPerNode: 5 })).toHaveLength(5);
		expect(allPaths(scenario, 100, { ...DEFAULT_LIMITS, maxVisitsPerNode: 5, maxLength: 2 })).toHaveLength(2);
	});
});

describe('shortestPathsToEndings', () => {
	for (const name of readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml'))) {
		it(`${name}: finds a path to every ending, each of which really ends there`, () => {
			const result = parseYaml(scenarioSchema, readFileSync(`content/scenarios/${name}`, 'utf8'), name);
			if (!result.ok) throw new Error(name);
			const paths = shortestPathsToEndings(result.data);
			expect([...paths.keys()].sort()).toEqual(result.data.endings.map((e) => e.id).sort());
			for (const [endingId, path] of paths) expect(replay(result.data, path).endingId).toBe(endingId);
		});
	}
});
