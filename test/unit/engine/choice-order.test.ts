import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { displayOrder } from '../../../src/engine/choice-order.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';

const choice = (id: string) => ({ id, text: id, pitfalls: [], effect: { trust: 0, time: 0 }, reveals: [], feedback: 'f', next: 'n' });

describe('displayOrder', () => {
	test('is a permutation of the choices, the same every time for the same node', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 4 }), (scenarioId, nodeId, ids) => {
				const choices = ids.map(choice);
				const once = displayOrder(scenarioId, nodeId, choices).map((c) => c.id);
				expect([...once].sort()).toEqual([...ids].sort());
				expect(displayOrder(scenarioId, nodeId, choices).map((c) => c.id)).toEqual(once);
			}),
		);
	});

	test('does not mutate the scenario’s list', () => {
		const choices = Object.freeze(['a', 'b', 'c', 'd'].map(choice));
		displayOrder('s', 'n', choices);
		expect(choices.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	test('in the shipped role-plays, the first-written choice is not always shown first', () => {
		for (const name of readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml'))) {
			const result = parseYaml(scenarioSchema, readFileSync(`content/scenarios/${name}`, 'utf8'), name);
			if (!result.ok) throw new Error(name);
			const firstStaysFirst = result.data.nodes.filter((node) => displayOrder(result.data.id, node.id, node.choices)[0]!.id === node.choices[0]!.id);
			expect(firstStaysFirst.length, name).toBeLessThan(result.data.nodes.length * 0.6);
		}
	});
});
