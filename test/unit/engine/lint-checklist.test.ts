import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKLIST_RULES, lint, type LintRule } from '../../../src/engine/lint.ts';
import { formatProblem } from '../../../src/schemas/authoring-problem.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { procedureSchema } from '../../../src/schemas/procedure.ts';
import { scenarioSchema, type Scenario } from '../../../src/schemas/scenario.ts';
import { checkScenarioText } from '../../../src/engine/scenario-check.ts';
import { choice, defaultEndings, demoProcedure, makeScenario, node, toldForEveryBand } from './builders.ts';

/**
 * The authoring guide's checklist, as warnings. A role-play that meets it gets none; each
 * test below breaks one item and pins the advice an author reads.
 */

const FILE = 'content/scenarios/demo-scenario.yaml';
const triggered = new Set<LintRule>();

function checklist(scenario: Scenario): string[] {
	const problems = lint(scenario, demoProcedure, FILE).filter((p) => (CHECKLIST_RULES as readonly string[]).includes(p.rule));
	for (const problem of problems) triggered.add(problem.rule);
	expect(problems.every((p) => p.severity === 'warning')).toBe(true);
	return problems.map(formatProblem);
}

afterAll(() => {
	expect(CHECKLIST_RULES.filter((rule) => !triggered.has(rule))).toEqual([]);
});

const prompt = { facilitatorPrompt: 'What would you say next?' };
/** Eight decisions, the four scored steps among them, three endings (one a threshold), two hidden facts, three prompts. */
const goodNodes = () => [
	{ ...node('n1', choice('n2', { step: 'check-safe', trust: 5, reveals: ['pets'] }), choice('n2', { pitfalls: ['unsafe'], trust: -10 })), ...prompt },
	node('n2', choice('n3', { trust: 2 }), choice('n3', { trust: -2 })),
	{ ...node('n3', choice('n4', { step: 'greet', trust: 5, reveals: ['kids'] }), choice('n4', { pitfalls: ['rude'], trust: -20 })), ...prompt },
	node('n4', choice('n5', { trust: 2 }), choice('n5', { trust: -2 })),
	node('n5', choice('n6', { step: 'listen', trust: 10 }), choice('n6', { pitfalls: ['interrupt'], trust: -10 })),
	node('n6', choice('n7', { trust: 2 }), choice('n7', { trust: -2 })),
	{ ...node('n7', choice('n8', { trust: 2 }), choice('n8', { trust: -2 })), ...prompt },
	node('n8', choice('good', { step: 'resolve', trust: 10 }), choice('bad', { pitfalls: ['vague'], trust: -10 })),
];
const persona = (...ids: string[]) => ({
	name: 'Dana',
	situation: 'A test.',
	mood: 'calm',
	hiddenFacts: ids.map((id) => ({ id, fact: `About ${id}.`, revealedBy: `asking about ${id}` })),
});
const goodEndings = [
	...defaultEndings,
	{ id: 'so-so', title: 'So-so', outcome: 'partly-recovered' as const, text: 'Stays, unhappy.', otherwise: { lost: toldForEveryBand.lost } },
	{ id: 'hangs-up', title: 'Hangs up', outcome: 'lost' as const, text: 'Gone.', when: { trustBelow: 5 } },
];
const good = (overrides: Parameters<typeof makeScenario>[1] = {}, nodes = goodNodes()) =>
	makeScenario(nodes, { persona: persona('pets', 'kids'), endings: goodEndings, ...overrides });

describe('the checklist as warnings', () => {
	it('a role-play that meets the checklist gets no warning from it', () => {
		expect(checklist(good())).toEqual([]);
	});

	it('too-few-decisions', () => {
		expect(
			checklist(
				good(
					{},
					goodNodes()
						.slice(0, 3)
						.concat(node('n4', choice('good', { step: 'listen' }), choice('bad', { pitfalls: ['interrupt'] }))),
				),
			),
		).toContain(
			`warning [too-few-decisions]: ${FILE}, nodes: has 4 decision nodes; a role-play needs at least 8, so the learner meets every step with room to make a mistake and recover from it.\nFix: add 4 more nodes, each with id, speaker, text and 2 to 4 choices, and point a choice's next: at each: e.g. a second question before the facts are confirmed, a colleague who sees it differently, or a chance to win back trust after a mistake.`,
		);
	});

	it('too-few-endings, naming the outcomes without one', () => {
		expect(checklist(good({ endings: defaultEndings }))).toEqual([
			`warning [too-few-endings]: ${FILE}, endings: has 2 endings; a role-play needs at least 3, so that each outcome (recovered, partly-recovered, lost) has a story of its own.\nFix: add an ending with outcome: partly-recovered (each with id, title, outcome and text), and point a choice's next: at it.`,
			`warning [no-when-ending]: ${FILE}, endings: has no ending with "when:", so the customer never hangs up or walks out, however badly the conversation goes.\nFix: add an ending that a threshold sets off, e.g. "- id: hangs-up" with outcome: lost and when: { trustBelow: 15 }, and check that the perfect path never comes near it.`,
		]);
	});

	it('outcome-without-ending: three endings, but none written for one outcome', () => {
		const noMiddle = [...defaultEndings, goodEndings[3]!];
		expect(checklist(good({ endings: noMiddle }))).toEqual([
			`warning [outcome-without-ending]: ${FILE}, endings: has no ending written for "partly-recovered", so a play that ends that way only sees another ending's text.\nFix: add an ending with outcome: partly-recovered (each with id, title, outcome and text), and point a choice's next: at it; or change the outcome: of an ending that fits.`,
		]);
	});

	it('too-few-hidden-facts', () => {
		const nodes = goodNodes().map((n) => ({ ...n, choices: n.choices.map((c) => ({ ...c, reveals: c.reveals?.filter((id) => id === 'pets') })) }));
		expect(checklist(good({ persona: persona('pets') }, nodes))).toEqual([
			`warning [too-few-hidden-facts]: ${FILE}, persona.hiddenFacts: has 1 hidden fact; 2 or 3 facts that only a good question brings out make the questions matter.\nFix: add 1 more hidden fact under persona.hiddenFacts (id, fact, revealedBy), and "reveals: [<its id>]" on the choice that brings it out.`,
		]);
	});

	it('too-few-facilitator-prompts', () => {
		const nodes = goodNodes().map(({ facilitatorPrompt, ...rest }, i) => (i === 0 && facilitatorPrompt ? { ...rest, facilitatorPrompt } : rest));
		expect(checklist(good({}, nodes))).toEqual([
			`warning [too-few-facilitator-prompts]: ${FILE}, nodes: only 1 of 8 has a facilitatorPrompt; a trainer running the role-play with a group needs at least 3 moments worth pausing on.\nFix: add "facilitatorPrompt: <a question for the room>" to 2 more nodes, where the group should stop and think before choosing.`,
		]);
	});

	it('too-few-pitfalls: fewer than half of the documented pitfalls committed', () => {
		const nodes = goodNodes().map((n) => ({ ...n, choices: n.choices.map((c) => ({ ...c, pitfalls: c.pitfalls?.filter((id) => id === 'rude') })) }));
		expect(checklist(good({}, nodes))).toEqual([
			`warning [too-few-pitfalls]: ${FILE}: the choices commit 1 of the 4 documented pitfalls of "demo"; tempting wrong options should, between them, commit most of them.\nFix: give wrong options pitfalls the role-play does not yet use: unsafe, interrupt, vague.`,
		]);
	});

	it('verdict-in-feedback: a feedback text that judges instead of telling what happens', () => {
		const nodes = goodNodes();
		nodes[1] = node(
			'n2',
			{ ...choice('n3', { id: 'ask', trust: 2 }), feedback: 'Correct! Asking first is right.' },
			{ ...choice('n3', { trust: -2 }), feedback: '“Wrong,” she says. “I never said that.”' },
		);
		expect(checklist(good({}, nodes))).toEqual([
			`warning [verdict-in-feedback]: ${FILE}, node "n2", choice "ask", feedback: starts with "Correct", a verdict: feedback shows what happens next, and the debrief gives the score.\nFix: start with the customer's reaction instead: what they say or do next, and why, tied to the step.`,
		]);
	});
});

describe('the template', () => {
	const text = readFileSync('docs/scenario-template.yaml', 'utf8');
	const procedureText = readFileSync('content/procedures/issue-resolution.yaml', 'utf8');
	const procedure = parseYaml(procedureSchema, procedureText, 'content/procedures/issue-resolution.yaml');

	it('lints with no errors, and its warnings are the checklist advice its header promises', () => {
		if (!procedure.ok) throw new Error('procedure does not parse');
		const problems = checkScenarioText(text, 'content/scenarios/my-role-play.yaml', { procedure: () => procedure.data, procedureIds: ['issue-resolution'] });
		expect(problems.map((p) => [p.severity, p.rule])).toEqual([
			['warning', 'too-few-decisions'],
			['warning', 'too-few-hidden-facts'],
			['warning', 'too-few-facilitator-prompts'],
			['warning', 'too-few-pitfalls'],
		]);
		for (const rule of ['too-few-decisions', 'too-few-hidden-facts', 'too-few-facilitator-prompts', 'too-few-pitfalls']) expect(text).toContain(rule);
		expect(parseYaml(scenarioSchema, text, 'x').ok).toBe(true);
	});
});
