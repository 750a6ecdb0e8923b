import { readFileSync } from 'node:fs';
import type { Scenario } from '../../../src/schemas/scenario.ts';
import { procedureSchema, type Procedure } from '../../../src/schemas/procedure.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';

/** The smallest playable scenario: one decision, two endings. */
export const scenario: Scenario = {
	id: 'tiny',
	title: 'Tiny',
	summary: 'A test scenario.',
	procedure: 'issue-resolution',
	failureKinds: ['late-or-slow'],
	difficulty: 'easy',
	minutes: 1,
	setting: { industry: 'Testing', channel: 'chat' },
	persona: { name: 'Sam', situation: 'Waiting.', mood: 'cross', hiddenFacts: [] },
	objectives: ['Listen'],
	policyLinks: [],
	facilitatorNotes: 'None.',
	clock: { unit: 'minutes', deadlines: {} },
	initialTrust: 50,
	start: 'opening',
	nodes: [
		{
			id: 'opening',
			speaker: 'customer',
			text: 'Where is my order?',
			choices: [
				{
					id: 'listen',
					text: 'Tell me more.',
					step: 'listen-and-empathise',
					pitfalls: [],
					effect: { trust: 10, time: 1 },
					reveals: [],
					feedback: 'Sam explains.',
					next: 'good',
				},
				{ id: 'shrug', text: 'No idea.', pitfalls: ['closed-question'], effect: { trust: -20, time: 1 }, reveals: [], feedback: 'Sam leaves.', next: 'bad' },
			],
		},
	],
	endings: [
		{ id: 'good', title: 'Sam stays', outcome: 'recovered', text: 'Good.', otherwise: {} },
		{ id: 'bad', title: 'Sam leaves', outcome: 'lost', text: 'Bad.', otherwise: {} },
	],
};

/** The procedure the tiny scenario is scored against, read from the content like the site does. */
export const procedure: Procedure = (() => {
	const file = 'content/procedures/issue-resolution.yaml';
	const result = parseYaml(procedureSchema, readFileSync(file, 'utf8'), file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data;
})();
