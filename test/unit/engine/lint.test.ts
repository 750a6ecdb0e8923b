import { afterAll, describe, expect, it } from 'vitest';
import { CHECKLIST_RULES, lint, LINT_RULES, type LintProblem, type LintRule } from '../../../src/engine/lint.ts';
import { formatProblem } from '../../../src/schemas/authoring-problem.ts';
import { choice, defaultEndings, demoProcedure, linearScenario, makeScenario, node } from './builders.ts';
import type { Scenario } from '../../../src/schemas/scenario.ts';

const FILE = 'content/scenarios/demo-scenario.yaml';
const failureKinds = ['not-available', 'late-or-slow', 'incorrect-outcome', 'rude-or-uncaring'];

/** Every rule some test below has triggered: each rule must have a test. */
const triggered = new Set<LintRule>();

/**
 * The scenarios here are small on purpose (four nodes), so the checklist's warnings
 * (lint-checklist.test.ts) would fire on every one; they are left out here.
 */
function run(scenario: Scenario): LintProblem[] {
	const problems = lint(scenario, demoProcedure, FILE, { failureKinds }).filter((p) => !(CHECKLIST_RULES as readonly string[]).includes(p.rule));
	for (const problem of problems) triggered.add(problem.rule);
	return problems;
}

afterAll(() => {
	expect(LINT_RULES.filter((rule) => !triggered.has(rule))).toEqual([]);
});

/** The formatted problems of one rule. */
function messages(scenario: Scenario, rule: LintRule): string[] {
	return run(scenario)
		.filter((p) => p.rule === rule)
		.map(formatProblem);
}

const facts = (...ids: string[]) => ({
	name: 'Dana',
	situation: 'A test.',
	mood: 'calm',
	hiddenFacts: ids.map((id) => ({ id, fact: `About ${id}.`, revealedBy: `asking about ${id}` })),
});

/** The linear scenario's nodes with one node replaced. */
function linearWith(replace: Record<string, ReturnType<typeof node>>, extra: ReturnType<typeof node>[] = []) {
	const base = [
		node('n1', choice('n2', { step: 'check-safe', trust: 5 }), choice('n2', { pitfalls: ['unsafe'], trust: -10 })),
		node('n2', choice('n3', { step: 'greet', trust: 5 }), choice('n3', { pitfalls: ['rude'], trust: -20 })),
		node('n3', choice('n4', { step: 'listen', trust: 10, time: 1 }), choice('n4', { pitfalls: ['interrupt'], trust: -10 })),
		node('n4', choice('good', { step: 'resolve', trust: 10 }), choice('bad', { pitfalls: ['vague'], trust: -10 })),
	];
	return [...base.map((n) => replace[n.id] ?? n), ...extra];
}

describe('lint', () => {
	it('passes a sound scenario', () => {
		expect(run(linearScenario())).toEqual([]);
	});

	it('agent-card-gives-away-fact and customer-card-not-to-customer: the cards hand out the right facts', () => {
		const scenario = linearScenario({
			persona: facts('pets'),
			cards: { customer: 'Dana is a test customer who wants her money back.', agent: ['Booking 12: two nights.', 'Also: about pets'] },
		});
		expect(messages(scenario, 'agent-card-gives-away-fact')).toEqual([
			`error [agent-card-gives-away-fact]: ${FILE}, cards.agent[1]: repeats hidden fact "pets", which the customer keeps back until the agent earns it.\nFix: take it off the agent's card, or, if the agent should know it from the start, remove "pets" from persona.hiddenFacts.`,
		]);
		expect(messages(scenario, 'customer-card-not-to-customer')).toEqual([
			`warning [customer-card-not-to-customer]: ${FILE}, cards.customer: does not speak to the person playing the customer: it never says "you".\nFix: write it in the second person, e.g. "You are Dana. You booked…".`,
		]);
		const fine = linearScenario({
			persona: facts('pets'),
			cards: { customer: 'You’re Dana, and you want your money back.', agent: ['Booking 12: two nights.'] },
		});
		expect(run(fine).filter((p) => p.rule.includes('card'))).toEqual([]);
	});

	it('procedure-mismatch: and skips the rules about steps', () => {
		expect(run(linearScenario({ procedure: 'issue-resolution' })).map(formatProblem)).toEqual([
			`error [procedure-mismatch]: ${FILE}, procedure: is "issue-resolution", but the role-play was checked against procedure "demo".\nFix: set procedure: demo, or check the role-play against procedure "issue-resolution".`,
		]);
	});

	it('unknown-failure-kind', () => {
		expect(messages(linearScenario({ failureKinds: ['late-or-slow', 'too-loud'] }), 'unknown-failure-kind')).toEqual([
			`error [unknown-failure-kind]: ${FILE}, failureKinds[1]: is "too-loud", which is not a known kind of service failure.\nFix: set it to one of: not-available, late-or-slow, incorrect-outcome, rude-or-uncaring (the ids in content/failure-kinds.yaml).`,
		]);
		// Without the known kinds, the rule cannot run.
		expect(lint(linearScenario({ failureKinds: ['too-loud'] }), demoProcedure, FILE).filter((p) => p.rule === 'unknown-failure-kind')).toEqual([]);
	});

	describe('duplicate-id', () => {
		it('two nodes', () => {
			const scenario = makeScenario(linearWith({}, [node('n4', choice('good', { step: 'resolve' }), choice('bad'))]));
			expect(messages(scenario, 'duplicate-id')).toEqual([
				`error [duplicate-id]: ${FILE}, node "n4": 2 nodes have the id "n4".\nFix: give this node an id of its own, e.g. "n4-2", and point each next: at the one it means.`,
			]);
		});

		it('two choices in a node', () => {
			const scenario = makeScenario(
				linearWith({ n2: node('n2', choice('n3', { id: 'hello', step: 'greet' }), choice('n3', { id: 'hello', pitfalls: ['rude'] })) }),
			);
			expect(messages(scenario, 'duplicate-id')).toEqual([
				`error [duplicate-id]: ${FILE}, node "n2", choice "hello": 2 choices in this node have the id "hello".\nFix: give this choice an id of its own, e.g. "hello-2": saved progress refers to choices by id.`,
			]);
		});

		it('two endings', () => {
			const scenario = makeScenario(linearWith({}), { endings: [...defaultEndings, { id: 'good', title: 'Also good', outcome: 'recovered', text: 'Again.' }] });
			expect(messages(scenario, 'duplicate-id')).toEqual([
				`error [duplicate-id]: ${FILE}, ending "good": 2 endings have the id "good".\nFix: give this ending an id of its own, e.g. "good-2", and point each next: at the one it means.`,
			]);
		});

		it('a node and an ending', () => {
			const scenario = makeScenario(linearWith({}), { endings: [...defaultEndings, { id: 'n4', title: 'Clash', outcome: 'lost', text: 'Clash.' }] });
			expect(messages(scenario, 'duplicate-id')).toEqual([
				`error [duplicate-id]: ${FILE}, node "n4": "n4" is the id of a node and of an ending, so next: n4 is ambiguous.\nFix: rename the node or the ending, and update the next: fields that lead to it.`,
			]);
		});

		it('two hidden facts', () => {
			const scenario = makeScenario(
				linearWith({ n1: node('n1', choice('n2', { step: 'check-safe', reveals: ['pets'] }), choice('n2', { pitfalls: ['unsafe'] })) }),
				{
					persona: facts('pets', 'pets'),
				},
			);
			expect(messages(scenario, 'duplicate-id')).toEqual([
				`error [duplicate-id]: ${FILE}, persona, hidden fact "pets": 2 hidden facts have the id "pets".\nFix: give this hidden fact an id of its own, e.g. "pets-2".`,
			]);
		});
	});

	it('unknown-step', () => {
		const scenario = makeScenario(linearWith({ n2: node('n2', choice('n3', { id: 'hello', step: 'greeet' }), choice('n3', { pitfalls: ['rude'] })) }));
		expect(messages(scenario, 'unknown-step')).toEqual([
			`error [unknown-step]: ${FILE}, node "n2", choice "hello", step: is "greeet", which is not a step of procedure "demo".\nFix: did you mean "greet"? Set step: to one of: check-safe, greet, listen, resolve, bonus.`,
		]);
	});

	it('unknown-pitfall', () => {
		const scenario = makeScenario(linearWith({ n2: node('n2', choice('n3', { step: 'greet' }), choice('n3', { id: 'snap', pitfalls: ['rood'] })) }));
		expect(messages(scenario, 'unknown-pitfall')).toEqual([
			`error [unknown-pitfall]: ${FILE}, node "n2", choice "snap", pitfalls[0]: is "rood", which is not a pitfall of procedure "demo".\nFix: set it to one of: unsafe, rude, interrupt, vague, oversell.`,
		]);
	});

	it('unknown-deadline-step', () => {
		expect(messages(linearScenario({ clock: { unit: 'hours', deadlines: { listen: 2, lisen: 2 } } }), 'unknown-deadline-step')).toEqual([
			`error [unknown-deadline-step]: ${FILE}, clock.deadlines.lisen: is not a step of procedure "demo".\nFix: did you mean "listen"? Rename "lisen:" to the id of the step with the deadline, one of: check-safe, greet, listen, resolve, bonus.`,
		]);
	});

	it('unknown-fact', () => {
		const nodes = linearWith({
			n1: node('n1', choice('n2', { id: 'ask', step: 'check-safe', reveals: ['pets', 'kids'] }), choice('n2', { pitfalls: ['unsafe'] })),
		});
		expect(messages(makeScenario(nodes, { persona: facts('pets') }), 'unknown-fact')).toEqual([
			`error [unknown-fact]: ${FILE}, node "n1", choice "ask", reveals[1]: is "kids", which is not one of persona.hiddenFacts.\nFix: set it to one of: pets, or add a hidden fact with id "kids" (and its fact and revealedBy) to persona.hiddenFacts.`,
		]);
		expect(messages(makeScenario(nodes), 'unknown-fact')[0]).toBe(
			`error [unknown-fact]: ${FILE}, node "n1", choice "ask", reveals[0]: is "pets", which is not one of persona.hiddenFacts.\nFix: add a hidden fact with id "pets" (and its fact and revealedBy) to persona.hiddenFacts, or remove it from reveals.`,
		);
	});

	it('fact-never-revealed is a warning', () => {
		const problems = run(linearScenario({ persona: facts('pets') }));
		expect(problems).toEqual([
			{
				severity: 'warning',
				rule: 'fact-never-revealed',
				file: FILE,
				where: 'persona, hidden fact "pets"',
				path: ['persona', 'hiddenFacts', 0],
				message: 'is never revealed: no choice lists it in reveals.',
				fix: 'add "reveals: [pets]" to the choice that brings it out (asking about pets), or remove the fact.',
			},
		]);
	});

	it('dangling-next: and skips the rules that walk the graph', () => {
		const scenario = makeScenario(
			linearWith({ n3: node('n3', choice('n4', { step: 'listen' }), choice('n5', { id: 'wander', pitfalls: ['interrupt'] })) }, [
				node('orphan', choice('good', { step: 'greet' }), choice('bad')),
			]),
		);
		const problems = run(scenario);
		expect(problems.map(formatProblem)).toEqual([
			`error [dangling-next]: ${FILE}, node "n3", choice "wander", next: is "n5", which is neither a node nor an ending.\nFix: set next: to one of the nodes (n1, n2, n3, n4, orphan) or endings (good, bad).`,
		]);
	});

	it('start-not-a-node', () => {
		expect(run(linearScenario({ start: 'good' })).map(formatProblem)).toEqual([
			`error [start-not-a-node]: ${FILE}, start: is "good", which is not a node.\nFix: set start: to one of: n1, n2, n3, n4 (the id of the first node).`,
		]);
	});

	it('unreachable-node', () => {
		const scenario = makeScenario(linearWith({}, [node('orphan', choice('good', { step: 'greet' }), choice('bad'))]));
		expect(run(scenario).map(formatProblem)).toEqual([
			`error [unreachable-node]: ${FILE}, node "orphan": no route from the start node "n1" leads here.\nFix: point a choice's next: at "orphan", or delete the node.`,
		]);
	});

	describe('dead-end and cycle-without-exit', () => {
		const trapped = makeScenario(
			linearWith({ n3: node('n3', choice('n4', { step: 'listen' }), choice('lead', { pitfalls: ['interrupt'] })) }, [
				node('lead', choice('trap1'), choice('trap2', { trust: 1 })),
				node('trap1', choice('trap2'), choice('trap2', { trust: 1 })),
				node('trap2', choice('trap1'), choice('trap1', { trust: 1 })),
			]),
		);

		it('cycle-without-exit: a loop no choice leaves', () => {
			expect(messages(trapped, 'cycle-without-exit')).toEqual([
				`error [cycle-without-exit]: ${FILE}, node "trap1": the nodes "trap1", "trap2" form a loop that never ends: no choice leads out of it.\nFix: point a choice in the loop at an ending (good, bad) or at a node outside the loop, or add a threshold ending (when:) that the loop's choices move towards.`,
			]);
		});

		it('self-loop: a choice that leads back to its own node is named, and the graph and play checks wait for it', () => {
			// The good choice at n2 points back at n2: before this rule, only no-perfect-path fired, blaming the rude choice.
			const scenario = makeScenario(
				linearWith({ n2: node('n2', choice('n2', { id: 'hello', step: 'greet', trust: 5 }), choice('n3', { pitfalls: ['rude'], trust: -20 })) }),
			);
			expect(run(scenario).map(formatProblem)).toEqual([
				`error [self-loop]: ${FILE}, node "n2", choice "hello", next: is "n2", this choice's own node: the learner would see the same words again, and this choice could never move the conversation on.\nFix: set next: to the node or ending that follows this choice, one of the nodes (n1, n2, n3, n4) or endings (good, bad). For a customer who repeats themselves, write the repeat as a node of its own.`,
			]);
		});

		it('self-loop: a node whose every choice leads back to it gets one problem per choice', () => {
			const scenario = makeScenario(
				linearWith({ n3: node('n3', choice('n4', { step: 'listen' }), choice('stuck', { pitfalls: ['interrupt'] })) }, [
					node('stuck', choice('stuck', { id: 'wait' }), choice('stuck', { id: 'shout', trust: 1 })),
				]),
			);
			expect(run(scenario).map((p) => [p.rule, p.where])).toEqual([
				['self-loop', 'node "stuck", choice "wait", next'],
				['self-loop', 'node "stuck", choice "shout", next'],
			]);
		});

		it('dead-end: a node whose every route leads into such a loop', () => {
			expect(messages(trapped, 'dead-end')).toEqual([
				`error [dead-end]: ${FILE}, node "lead": no ending can be reached from here: every route leads into the loop at node "trap1", which never ends.\nFix: give a choice here a next: that leads to an ending (good, bad), or fix the loop at node "trap1".`,
			]);
		});

		it('a loop whose choices move towards a threshold ending has a way out', () => {
			const scenario = makeScenario(
				linearWith({ n3: node('n3', choice('n4', { step: 'listen' }), choice('argue', { pitfalls: ['interrupt'] })) }, [
					node('argue', choice('argue-more', { trust: -5, pitfalls: ['interrupt'] }), choice('argue-more', { trust: 1 })),
					node('argue-more', choice('argue', { trust: -5, pitfalls: ['interrupt'] }), choice('argue', { trust: 1 })),
				]),
				{ endings: [...defaultEndings, { id: 'hang-up', title: 'Hangs up', outcome: 'lost', text: 'Gone.', when: { trustBelow: 10 } }] },
			);
			expect(run(scenario)).toEqual([]);
		});
	});

	describe('unreachable-ending', () => {
		it('an ending no reachable choice leads to', () => {
			const scenario = linearScenario({ endings: [...defaultEndings, { id: 'spare', title: 'Spare', outcome: 'partly-recovered', text: 'Never.' }] });
			expect(run(scenario).map(formatProblem)).toEqual([
				`error [unreachable-ending]: ${FILE}, ending "spare": no choice that a learner can reach leads to this ending.\nFix: set a reachable choice's next: to "spare", or delete the ending.`,
			]);
		});

		it('a threshold ending whose thresholds the trust and time ranges rule out', () => {
			const scenario = linearScenario({
				endings: [...defaultEndings, { id: 'walk-out', title: 'Walks out', outcome: 'lost', text: 'Gone.', when: { trustAtLeast: 95, timeAtLeast: 2 } }],
			});
			// Trust can rise by 5 + 5 + 10 + 10 from 50, and one minute can pass.
			expect(messages(scenario, 'unreachable-ending')).toEqual([
				`error [unreachable-ending]: ${FILE}, ending "walk-out", when: no choice that a learner can reach leads to this ending, and its thresholds are never met: trust never reaches 95 (the highest it can reach is 80) and time never reaches 2 minutes (at most 1 can pass).\nFix: loosen the thresholds, or set a reachable choice's next: to "walk-out".`,
			]);
		});

		it('a threshold ending the ranges allow counts as reachable', () => {
			const scenario = linearScenario({
				endings: [...defaultEndings, { id: 'hang-up', title: 'Hangs up', outcome: 'lost', text: 'Gone.', when: { trustBelow: 5 } }],
			});
			expect(messages(scenario, 'unreachable-ending')).toEqual([]);
		});
	});

	it('step-never-performed', () => {
		const scenario = makeScenario(linearWith({ n3: node('n3', choice('n4', { trust: 10 }), choice('n4', { pitfalls: ['interrupt'] })) }));
		expect(messages(scenario, 'step-never-performed')).toEqual([
			`error [step-never-performed]: ${FILE}: no choice performs step "listen" (“Listen”), a documented step of "demo", so no learner can score it.\nFix: add "step: listen" to the choice where the learner does this step.`,
		]);
	});

	it('nothing-to-decide', () => {
		const scenario = linearScenario();
		const same = makeScenario(
			linearWith({ n2: node('n2', choice('n3', { step: 'greet', trust: 5, text: 'Hi' }), choice('n3', { step: 'greet', trust: 5, text: 'Hello' })) }),
		);
		expect(messages(scenario, 'nothing-to-decide')).toEqual([]);
		expect(run(same).map(formatProblem)).toEqual([
			`error [nothing-to-decide]: ${FILE}, node "n2", choices: every choice here performs the same step, commits the same pitfalls and has the same effect, so there is nothing to decide.\nFix: make one choice the better one: give it a step of the procedure, or give the others a pitfall or a different trust or time effect.`,
		]);
	});

	describe('no-perfect-path', () => {
		it('when every way through a node commits a pitfall', () => {
			const scenario = makeScenario(
				linearWith({ n2: node('n2', choice('n3', { step: 'greet', pitfalls: ['rude'] }), choice('n3', { pitfalls: ['rude'], trust: -20 })) }),
			);
			expect(messages(scenario, 'no-perfect-path')).toEqual([
				`error [no-perfect-path]: ${FILE}: no path scores 100: the best scores 78, because it does “Greet” only with a pitfall and commits “Being rude” at node "n2".\nFix: make sure one path performs every documented step of "demo" well (no pitfall), in order and on time: check-safe → greet → listen → resolve.`,
			]);
		});

		it('when the steps can only be done out of order, late, or not at all', () => {
			const scenario = makeScenario(
				[
					node('n1', choice('n2', { step: 'greet' }), choice('bad', { pitfalls: ['rude'] })),
					node('n2', choice('n3', { step: 'check-safe', time: 5 }), choice('bad', { pitfalls: ['unsafe'] })),
					node('n3', choice('good', { step: 'listen' }), choice('bad', { pitfalls: ['interrupt'] })),
				],
				{ clock: { unit: 'minutes', deadlines: { listen: 3 } } },
			);
			expect(messages(scenario, 'no-perfect-path')).toEqual([
				`error [no-perfect-path]: ${FILE}: no path scores 100: the best scores 50, because it does “Greet” out of order, does “Listen” late and skips “Resolve”.\nFix: make sure one path performs every documented step of "demo" well (no pitfall), in order and on time: check-safe → greet → listen → resolve.`,
			]);
		});
	});
});

describe('lint: every play, one outcome', () => {
	const bare = (id: string, outcome: 'recovered' | 'partly-recovered' | 'lost', extra = {}) => ({ id, title: id, outcome, text: `${id}.`, ...extra });

	it('step-never-done-well: a step only choices with a pitfall perform', () => {
		const scenario = makeScenario(
			linearWith({ n2: node('n2', choice('n3', { step: 'greet', pitfalls: ['rude'] }), choice('n3', { pitfalls: ['rude'], trust: -20 })) }),
		);
		expect(messages(scenario, 'step-never-done-well')).toEqual([
			`error [step-never-done-well]: ${FILE}: every choice that performs step "greet" (“Greet”) also commits a pitfall, so no learner can do it well and earn its full worth.\nFix: add a choice with "step: greet" and no pitfalls where the learner does this step well.`,
		]);
	});

	it('ending-band-unwritten: names the band, the score and the shortest play that reaches it', () => {
		const scenario = linearScenario({
			endings: [bare('good', 'recovered'), bare('bad', 'lost', { otherwise: { 'partly-recovered': { title: 'p', text: 'p.' } } })],
		});
		expect(messages(scenario, 'ending-band-unwritten')).toEqual([
			`error [ending-band-unwritten]: ${FILE}, ending "good": a play can reach this ending scoring 65 (“Partly recovered”), but the ending has no text for that outcome, so the debrief would contradict the score. The shortest such play: n1: c1 → n2: c1 → n3: c2 → n4: c1.\nFix: add under the ending "otherwise:" a text for partly-recovered, e.g.\n  otherwise:\n    partly-recovered:\n      title: …\n      text: …\ntelling how this ending goes for a play that scores partly recovered; or route such plays to another ending.`,
			`error [ending-band-unwritten]: ${FILE}, ending "good": a play can reach this ending scoring 30 (“Lost”), but the ending has no text for that outcome, so the debrief would contradict the score. The shortest such play: n1: c1 → n2: c2 → n3: c2 → n4: c1.\nFix: add under the ending "otherwise:" a text for lost, e.g.\n  otherwise:\n    lost:\n      title: …\n      text: …\ntelling how this ending goes for a play that scores lost; or route such plays to another ending.`,
		]);
	});

	it('ending-text-never-shown: a text for a band no play reaches the ending in (a warning)', () => {
		const bad = { ...defaultEndings[1]!, otherwise: { ...defaultEndings[1]!.otherwise, recovered: { title: 'r', text: 'r.' } } };
		const problems = run(linearScenario({ endings: [defaultEndings[0]!, bad] })).filter((p) => p.rule === 'ending-text-never-shown');
		expect(problems.map(formatProblem)).toEqual([
			`warning [ending-text-never-shown]: ${FILE}, ending "bad", otherwise.recovered: is the text for “Recovered”, but no play reaches this ending with a score in that band, so it is never shown.\nFix: remove otherwise: recovered, or make a play that scores recovered possible here.`,
		]);
	});

	it('ending-trust-contradicts: a recovered play that leaves trust low', () => {
		const scenario = linearScenario({ initialTrust: 10 });
		expect(messages(scenario, 'ending-trust-contradicts')[0]).toBe(
			`error [ending-trust-contradicts]: ${FILE}, ending "good": a play can reach this ending scoring 100 (“Recovered”) with the customer's trust at 40 (low), which contradicts that outcome: it needs trust at least 50. The shortest such play: n1: c1 → n2: c1 → n3: c1 → n4: c1.\nFix: give the well-judged choices on such plays more trust (effect: { trust: … }), or make the choices that lose trust carry the pitfalls that cost the score.`,
		);
	});

	it('early-ending-without-pitfall: a choice that ends the conversation early must name the mistake', () => {
		const scenario = makeScenario(linearWith({ n2: node('n2', choice('n3', { step: 'greet' }), choice('bad', { id: 'walk-off' })) }));
		expect(messages(scenario, 'early-ending-without-pitfall')).toEqual([
			`error [early-ending-without-pitfall]: ${FILE}, node "n2", choice "walk-off", next: is "bad", which ends the conversation before “Listen” and “Resolve” came up, but this choice commits no pitfall, so the debrief cannot name the mistake that ended it. The shortest such play: n1: c1 → n2: walk-off.\nFix: add the pitfall that ends the conversation to this choice, e.g. pitfalls: [interrupt] (the pitfalls of the steps it cuts off are: interrupt, vague); if the procedure has none that fits, add one there with status: added. Or offer those steps before this ending.`,
		]);
		// With the pitfall named, the early ending is fine.
		const named = makeScenario(linearWith({ n2: node('n2', choice('n3', { step: 'greet' }), choice('bad', { id: 'walk-off', pitfalls: ['rude'] })) }));
		expect(messages(named, 'early-ending-without-pitfall')).toEqual([]);
	});

	it('too-many-plays: a role-play whose plays cannot all be checked (a warning)', () => {
		// Eight nodes of four choices, each passing a different amount of time (base 5, so every play's clock differs).
		const ids = Array.from({ length: 8 }, (_, i) => `m${i}`);
		const nodes = ids.map((id, i) => node(id, ...[1, 2, 3, 4].map((t) => choice(ids[i + 1] ?? 'good', { time: t * 5 ** i }))));
		const scenario = makeScenario([node('n1', choice('m0', { step: 'check-safe' }), choice('bad', { pitfalls: ['unsafe'] })), ...nodes], {
			clock: { unit: 'minutes', deadlines: { listen: 400_000 } },
		});
		const problems = lint(scenario, demoProcedure, FILE, {}, 1_000).filter((p) => p.rule === 'too-many-plays');
		for (const problem of problems) triggered.add(problem.rule);
		expect(problems.map((p) => [p.severity, p.message])).toEqual([
			['warning', 'this role-play has more than 1,000 different states a play can be in, so the checks of every play stopped part-way.'],
		]);
	});
});

describe('formatProblem', () => {
	it('labels the severity and rule, then names the file, the line and the place', () => {
		const base = { severity: 'error', rule: 'dead-end', file: 'a.yaml', where: '', message: 'm.', fix: 'f.' } as const;
		expect(formatProblem(base)).toBe('error [dead-end]: a.yaml: m.\nFix: f.');
		expect(formatProblem({ ...base, line: 12, where: 'node "n1"' })).toBe('error [dead-end]: a.yaml, line 12, node "n1": m.\nFix: f.');
		expect(formatProblem({ ...base, severity: 'warning', rule: undefined, where: 'ending "good", when' })).toBe(
			'warning: a.yaml, ending "good", when: m.\nFix: f.',
		);
	});
});
