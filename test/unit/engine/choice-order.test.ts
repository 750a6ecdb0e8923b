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

	test('across the shipped role-plays, the first-written choice is shown first no more often than chance', () => {
		// Authors tend to write the best answer first. Shuffled, it comes first at a node with k choices
		// 1/k of the time; over every node of every role-play that stays well under 60%.
		let nodes = 0;
		let firstStaysFirst = 0;
		for (const name of readdirSync('content/scenarios').filter((f) => f.endsWith('.yaml'))) {
			const result = parseYaml(scenarioSchema, readFileSync(`content/scenarios/${name}`, 'utf8'), name);
			if (!result.ok) throw new Error(name);
			for (const node of result.data.nodes) {
				nodes++;
				if (displayOrder(result.data.id, node.id, node.choices)[0]!.id === node.choices[0]!.id) firstStaysFirst++;
			}
		}
		expect(nodes).toBeGreaterThan(20);
		expect(firstStaysFirst / nodes).toBeLessThan(0.6);
	});
});
