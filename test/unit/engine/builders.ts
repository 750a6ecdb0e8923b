import { procedureSchema, type Procedure } from '../../../src/schemas/procedure.ts';
import { scenarioSchema, type Scenario } from '../../../src/schemas/scenario.ts';
import type { z } from 'astro/zod';

/**
 * Small scenarios and a small procedure, built in code for engine tests. Everything
 * goes through the real schemas, so defaults are filled in exactly as for content.
 */

const stepFields = (title: string) => ({
	title,
	summary: `Do ${title.toLowerCase()}.`,
	doneWell: [`${title} done well.`],
});

const pitfall = (id: string, title: string, status: 'documented' | 'added' = 'documented') => ({ id, status, title, description: `${title}, which hurts.` });

/**
 * One check and four steps; the last step is 'added' (taught, not scored), so four
 * are scored and each is worth 25 points.
 */
export const demoProcedure: Procedure = procedureSchema.parse({
	id: 'demo',
	order: 1,
	title: 'Demo procedure',
	shortTitle: 'Demo',
	summary: 'A procedure for tests.',
	whenToUse: 'In tests.',
	source: { file: 'demo.txt', title: 'Demo source' },
	checks: [{ id: 'check-safe', order: 1, status: 'documented', ...stepFields('Check it is safe'), pitfalls: [pitfall('unsafe', 'Skipping the safety check')] }],
	steps: [
		{ id: 'greet', order: 1, status: 'documented', ...stepFields('Greet'), pitfalls: [pitfall('rude', 'Being rude')] },
		{ id: 'listen', order: 2, status: 'documented', timing: 'as-soon-as-possible', ...stepFields('Listen'), pitfalls: [pitfall('interrupt', 'Interrupting')] },
		{ id: 'resolve', order: 3, status: 'documented', ...stepFields('Resolve'), pitfalls: [pitfall('vague', 'Being vague')] },
		{ id: 'bonus', order: 4, status: 'added', ...stepFields('Bonus'), pitfalls: [pitfall('oversell', 'Overselling', 'added')] },
	],
});

type ScenarioInput = z.input<typeof scenarioSchema>;
type NodeInput = ScenarioInput['nodes'][number];
type ChoiceInput = NodeInput['choices'][number];

export interface ChoiceOptions {
	id?: string;
	step?: string | undefined;
	pitfalls?: string[];
	trust?: number;
	time?: number;
	reveals?: string[];
	text?: string;
}

/** A choice leading to `next`; its id defaults to its position in the node (c1, c2, …). */
export function choice(next: string, options: ChoiceOptions = {}): Omit<ChoiceInput, 'id'> & { id?: string } {
	const { trust = 0, time = 0, pitfalls = [], reveals = [], text, id, step } = options;
	return {
		...(id !== undefined ? { id } : {}),
		...(step !== undefined ? { step } : {}),
		text: text ?? `Go to ${next}${step ? ` doing ${step}` : ''}`,
		pitfalls,
		reveals,
		effect: { trust, time },
		feedback: `Feedback for going to ${next}.`,
		next,
	};
}

export function node(id: string, ...choices: ReturnType<typeof choice>[]): NodeInput {
	return {
		id,
		speaker: 'customer',
		text: `The customer speaks at ${id}.`,
		choices: choices.map((c, i) => ({ ...c, id: c.id ?? `c${i + 1}` })),
	};
}

/** Texts for every band, so scenarios built for tests of other rules do not trip the ending checks. */
export const toldForEveryBand = {
	recovered: { title: 'Stays happy', text: 'The customer stays, pleased.' },
	'partly-recovered': { title: 'Stays, unhappy', text: 'The customer stays, for now.' },
	lost: { title: 'Leaves', text: 'The customer leaves.' },
};

export const defaultEndings: ScenarioInput['endings'] = [
	{
		id: 'good',
		title: 'Good',
		outcome: 'recovered',
		text: 'The customer stays.',
		otherwise: { 'partly-recovered': toldForEveryBand['partly-recovered'], lost: toldForEveryBand.lost },
	},
	{ id: 'bad', title: 'Bad', outcome: 'lost', text: 'The customer leaves.', otherwise: { 'partly-recovered': toldForEveryBand['partly-recovered'] } },
];

/** A scenario for demoProcedure; start defaults to the first node, endings to good/bad. */
export function makeScenario(nodes: NodeInput[], overrides: Partial<ScenarioInput> = {}): Scenario {
	return scenarioSchema.parse({
		id: 'demo-scenario',
		title: 'Demo scenario',
		summary: 'A scenario for tests.',
		procedure: 'demo',
		failureKinds: ['late-or-slow'],
		difficulty: 'easy',
		minutes: 5,
		setting: { industry: 'Testing', channel: 'phone' },
		persona: { name: 'Dana', situation: 'Dana is a test customer.', mood: 'impatient' },
		objectives: ['Test the engine.'],
		facilitatorNotes: 'None.',
		start: nodes[0]?.id ?? 'missing',
		nodes,
		endings: defaultEndings,
		...overrides,
	});
}

/**
 * The reference scenario: a straight ideal line check → greet → listen → resolve → good,
 * with a wrong option at every node.
 */
export function linearScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
	return makeScenario(
		[
			node('n1', choice('n2', { step: 'check-safe', trust: 5 }), choice('n2', { pitfalls: ['unsafe'], trust: -10 })),
			node('n2', choice('n3', { step: 'greet', trust: 5 }), choice('n3', { pitfalls: ['rude'], trust: -20 })),
			node('n3', choice('n4', { step: 'listen', trust: 10, time: 1 }), choice('n4', { pitfalls: ['interrupt'], trust: -10 })),
			node('n4', choice('good', { step: 'resolve', trust: 10 }), choice('bad', { pitfalls: ['vague'], trust: -10 })),
		],
		overrides,
	);
}

/** The path that picks the first choice at every node of linearScenario. */
export const linearIdeal = [
	{ nodeId: 'n1', choiceId: 'c1' },
	{ nodeId: 'n2', choiceId: 'c1' },
	{ nodeId: 'n3', choiceId: 'c1' },
	{ nodeId: 'n4', choiceId: 'c1' },
];

/** Freezes an object and everything in it, so a test can prove it was not mutated. */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}
