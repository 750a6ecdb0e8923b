import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { choice, demoProcedure, makeScenario, node } from '../builders.ts';
import { agentBrief, answerKey, customerBrief, observerChecklist } from '../../../../src/engine/workshop/printables.ts';
import { idealPath } from '../../../../src/engine/ideal-path.ts';
import { parseYaml } from '../../../../src/schemas/friendly-errors.ts';
import { scenarioSchema, type Scenario } from '../../../../src/schemas/scenario.ts';
import { procedureSchema, type Procedure } from '../../../../src/schemas/procedure.ts';
import { letterOf } from './session-helpers.ts';

function load<T>(schema: unknown, file: string): T {
	const result = parseYaml(schema as never, readFileSync(file, 'utf8'), file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data as T;
}
const shipped = readdirSync('content/scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => load<Scenario>(scenarioSchema, `content/scenarios/${f}`));
const procedureOf = (s: Scenario) => load<Procedure>(procedureSchema, `content/procedures/${s.procedure}.yaml`);

/** A loop (n2 can send you back to n1, at a cost), a hidden fact, and a threshold ending. */
const scenario = makeScenario(
	[
		node('n1', choice('n2', { step: 'check-safe', reveals: ['secret'], trust: 5 }), choice('n2', { pitfalls: ['unsafe'], trust: -30 })),
		node('n2', choice('n3', { step: 'greet', time: 2 }), choice('n1', { text: 'Start over', trust: -10 })),
		node('n3', choice('good', { step: 'listen' }), choice('bad', { pitfalls: ['vague'] })),
	],
	{
		persona: {
			name: 'Dana',
			situation: 'Dana is a test customer.',
			mood: 'impatient',
			hiddenFacts: [{ id: 'secret', fact: 'Dana is moving house.', revealedBy: 'Asking what else is going on.' }],
		},
		clock: { unit: 'hours', deadlines: {} },
		initialTrust: 40,
		endings: [
			{ id: 'walks', title: 'Dana walks', outcome: 'lost', text: 'Gone.', when: { trustBelow: 15 } },
			{
				id: 'good',
				title: 'Good',
				outcome: 'recovered',
				text: 'Stays.',
				otherwise: { 'partly-recovered': { title: 'Stays, unhappy', text: 'For now.' }, lost: { title: 'Leaves', text: 'Gone.' } },
			},
			{ id: 'bad', title: 'Bad', outcome: 'lost', text: 'Leaves.' },
		],
	},
);

describe('role-play cards', () => {
	test('the customer brief holds the hidden facts, what brings each out, and an example from the simulation', () => {
		const brief = customerBrief(scenario);
		expect(brief).toMatchObject({ name: 'Dana', mood: 'impatient', opening: 'The customer speaks at n1.' });
		expect(brief.facts).toEqual([
			{ fact: 'Dana is moving house.', revealedBy: 'Asking what else is going on.', inSimulation: [scenario.nodes[0]!.choices[0]!.text] },
		]);
	});

	test('the cards say what the data puts on each: the customer’s situation written to them, the agent’s facts to the agent', () => {
		const withCards = { ...scenario, cards: { customer: 'You are Dana, and you are moving.', agent: ['Order 12 left the warehouse on Monday.'] } };
		expect(customerBrief(withCards).situation).toBe('You are Dana, and you are moving.');
		expect(agentBrief(withCards, demoProcedure).knows).toEqual(['Order 12 left the warehouse on Monday.']);
		// Without cards, the persona's situation and the summary, as before.
		expect(customerBrief(scenario).situation).toBe('Dana is a test customer.');
		expect(agentBrief(scenario, demoProcedure).knows).toEqual([scenario.summary]);
	});

	test('every shipped role-play has its cards, and the customer’s speaks to the customer', () => {
		for (const s of shipped) {
			expect(s.cards, s.id).toBeDefined();
			expect(customerBrief(s).situation, s.id).toMatch(/^You /);
		}
	});

	test('no agent brief in the shipped role-plays gives away a hidden fact', () => {
		for (const s of shipped) {
			const brief = JSON.stringify(agentBrief(s, procedureOf(s)));
			for (const fact of s.persona.hiddenFacts) expect(brief, `${s.id}: ${fact.id}`).not.toContain(fact.fact);
			expect(brief).toContain(s.objectives[0]);
		}
	});

	test('the observer checklist lists every check and step of the procedure, with its pitfalls', () => {
		const parts = observerChecklist(demoProcedure);
		expect(parts.map((p) => [p.part, p.items.map((s) => s.id)])).toEqual([
			['checks', ['check-safe']],
			['steps', ['greet', 'listen', 'resolve', 'bonus']],
		]);
		for (const s of shipped) {
			const procedure = procedureOf(s);
			const listed = observerChecklist(procedure).flatMap((p) => p.items.map((i) => i.id));
			const documented = [...procedure.checks, ...procedure.steps].filter((st) => st.status === 'documented').map((st) => st.id);
			expect(listed).toEqual(expect.arrayContaining(documented));
		}
		expect(observerChecklist({ ...demoProcedure, checks: [] }).map((p) => p.part)).toEqual(['steps']);
	});
});

describe('answerKey', () => {
	const ideal = idealPath(demoProcedure, scenario);
	const key = answerKey(demoProcedure, scenario, ideal);

	test('each ending is listed with its text for every outcome it is written for, so the key never contradicts a debrief', () => {
		for (const ending of key.endings) {
			expect(ending.told.map((t) => t.outcome)).toEqual(
				['recovered', 'partly-recovered', 'lost'].filter((band) => band === ending.outcome || band in ending.otherwise),
			);
		}
		expect(key.endings.find((e) => e.id === 'good')!.told.map((t) => t.title)).toEqual(['Good', 'Stays, unhappy', 'Leaves']);
	});

	test('every node once, in the order a walk from the start meets them, with every choice in the room’s letters', () => {
		expect(key.nodes.map((n) => [n.id, n.number])).toEqual([
			['n1', 1],
			['n2', 2],
			['n3', 3],
		]);
		for (const n of key.nodes) {
			const source = scenario.nodes.find((x) => x.id === n.id)!;
			expect(n.choices.map((c) => c.id).sort()).toEqual(source.choices.map((c) => c.id).sort());
			for (const c of n.choices) expect(c.letter).toBe(letterOf(scenario, n.id, c.id));
		}
	});

	test('each choice says its step or pitfalls, effect and destination', () => {
		const c = (nodeId: string, choiceId: string) => key.nodes.find((n) => n.id === nodeId)!.choices.find((x) => x.id === choiceId)!;
		expect(c('n1', 'c1')).toMatchObject({
			performs: 'Check it is safe',
			pitfalls: [],
			trustChange: 'Trust +5',
			reveals: ['Dana is moving house.'],
			next: { kind: 'node', id: 'n2', number: 2 },
		});
		expect(c('n1', 'c2')).toMatchObject({ performs: undefined, pitfalls: ['Skipping the safety check'], trustChange: 'Trust −30' });
		expect(c('n2', 'c1')).toMatchObject({ time: '2 hours' });
		expect(c('n2', 'c2')).toMatchObject({ next: { kind: 'node', id: 'n1', number: 1 } });
		expect(c('n3', 'c2')).toMatchObject({ next: { kind: 'ending', id: 'bad', title: 'Bad' } });
	});

	test('the ideal path is marked on its choices, its nodes and its ending', () => {
		const marked = key.nodes.flatMap((n) => n.choices.filter((c) => c.onIdealPath).map((c) => ({ nodeId: n.id, choiceId: c.id })));
		expect(marked).toEqual(ideal);
		expect(key.nodes.map((n) => n.idealSteps)).toEqual([[1], [2], [3]]);
		expect(key.idealRoute.map((r) => [r.step, r.nodeNumber, r.letter, r.performs])).toEqual([
			[1, 1, letterOf(scenario, 'n1', 'c1'), 'Check it is safe'],
			[2, 2, letterOf(scenario, 'n2', 'c1'), 'Greet'],
			[3, 3, letterOf(scenario, 'n3', 'c1'), 'Listen'],
		]);
		expect(key.endings.filter((e) => e.onIdealPath).map((e) => e.id)).toEqual(['good']);
	});

	test('a path that loops back is marked at each of its visits', () => {
		const looping = answerKey(demoProcedure, scenario, [
			{ nodeId: 'n1', choiceId: 'c1' },
			{ nodeId: 'n2', choiceId: 'c2' },
			{ nodeId: 'n1', choiceId: 'c1' },
		]);
		expect(looping.nodes.map((n) => n.idealSteps)).toEqual([[1, 3], [2], []]);
		expect(looping.idealRoute.map((r) => r.nodeNumber)).toEqual([1, 2, 1]);
	});

	test('an ending reached by thresholds says so', () => {
		expect(key.endings.find((e) => e.id === 'walks')?.conditionText).toBe('As soon as trust falls below 15, whatever was chosen.');
		expect(key.endings.find((e) => e.id === 'good')?.conditionText).toBeUndefined();
	});
});
