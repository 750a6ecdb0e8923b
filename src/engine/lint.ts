import type { Procedure } from '../schemas/procedure.ts';
import type { Choice, Ending, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { orderedSteps } from './procedure.ts';
import { findEnding, findNode } from './runner.ts';
import { graphFacts, mayEnd, reachableFrom, stronglyConnected, successors, type GraphFacts } from './scenario-graph.ts';
import { pitfallIndex, scoredSteps } from './scoring.ts';
import { sentenceList } from './words.ts';

/**
 * The scenario linter: what the schema cannot see, because it needs the graph as a
 * whole or the procedure the scenario is scored against. Every problem names the file,
 * the node (or ending), what is wrong, and the fix.
 *
 * Errors fail the build; warnings are printed. Every rule is an error except
 * fact-never-revealed and customer-card-not-to-customer, which are warnings.
 *
 * Some rules depend on others passing first, so an author sees the cause, not its echoes:
 *   - the graph rules (unreachable-node, dead-end, cycle-without-exit, unreachable-ending)
 *     and no-perfect-path need sound structure: no duplicate-id, dangling-next or
 *     start-not-a-node;
 *   - the step rules (unknown-step, unknown-pitfall, unknown-deadline-step,
 *     step-never-performed, no-perfect-path) need procedure-mismatch to pass;
 *   - no-perfect-path also needs unknown-step and unknown-pitfall to pass.
 *
 * The graph rules reason about threshold endings approximately; see scenario-graph.ts.
 */

import { checkPlays } from './lint-plays.ts';
import type { Context, KnownIds, LintProblem, Report, Where } from './lint-types.ts';

export { LINT_RULES, formatLintProblem, type KnownIds, type LintProblem, type LintRule, type LintSeverity } from './lint-types.ts';

export function lint(scenario: Scenario, procedure: Procedure, file: string, known: KnownIds = {}, maxStates?: number): LintProblem[] {
	const problems: LintProblem[] = [];
	const report: Report = (rule, where, message, fix, severity = 'error') => {
		problems.push({ severity, rule, file, ...definedOnly(where), message, fix });
	};
	const context: Context = { scenario, procedure, report };

	const procedureMatches = checkProcedureMatch(context);
	checkFailureKinds(context, known);
	// Each check runs (and reports) even if an earlier one failed.
	const structural = [checkDuplicateIds(context), checkDanglingNext(context), checkStart(context)].every(Boolean);
	// Scores computed with misspelt step or pitfall ids would only repeat those errors.
	const referencesOk = procedureMatches && [checkStepIds(context), checkPitfallIds(context)].every(Boolean);
	if (procedureMatches) checkDeadlines(context);
	checkFacts(context);
	checkCards(context);
	if (structural) checkGraph(context);
	if (procedureMatches) checkEveryStepPerformed(context);
	checkSomethingToDecide(context);
	if (structural && referencesOk) checkPlays(context, maxStates);
	return problems;
}

/* ---------- helpers ---------- */

/** Drops unset keys, so problems compare and serialise cleanly. */
function definedOnly(where: Where): Where {
	return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined));
}

function list(ids: readonly string[]): string {
	return ids.length === 0 ? '(none)' : ids.join(', ');
}

/** Ids that occur more than once, with their counts, in first-seen order. */
function duplicates(ids: readonly string[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].filter(([, count]) => count > 1);
}

function eachChoice(scenario: Scenario, visit: (node: ScenarioNode, choice: Choice) => void): void {
	for (const node of scenario.nodes) for (const choice of node.choices) visit(node, choice);
}

/* ---------- references ---------- */

function checkProcedureMatch({ scenario, procedure, report }: Context): boolean {
	if (scenario.procedure === procedure.id) return true;
	report(
		'procedure-mismatch',
		{},
		`names procedure "${scenario.procedure}", but it was checked against procedure "${procedure.id}".`,
		`set procedure: ${procedure.id}, or check the scenario against procedure "${scenario.procedure}".`,
	);
	return false;
}

function checkFailureKinds({ scenario, report }: Context, known: KnownIds): void {
	if (!known.failureKinds) return;
	for (const kind of scenario.failureKinds) {
		if (known.failureKinds.includes(kind)) continue;
		report(
			'unknown-failure-kind',
			{},
			`failureKinds lists "${kind}", which is not a known kind of service failure.`,
			`use one of: ${list(known.failureKinds)} (the ids in content/failure-kinds.yaml).`,
		);
	}
}

function checkStepIds({ scenario, procedure, report }: Context): boolean {
	const ids = orderedSteps(procedure).map((step) => step.id);
	let ok = true;
	eachChoice(scenario, (node, choice) => {
		if (choice.step === undefined || ids.includes(choice.step)) return;
		ok = false;
		report(
			'unknown-step',
			{ node: node.id, choice: choice.id },
			`choice "${choice.id}" names step "${choice.step}", which procedure "${procedure.id}" does not have.`,
			`use one of: ${list(ids)}.`,
		);
	});
	return ok;
}

function checkPitfallIds({ scenario, procedure, report }: Context): boolean {
	const ids = [...pitfallIndex(procedure).keys()];
	let ok = true;
	eachChoice(scenario, (node, choice) => {
		for (const pitfall of choice.pitfalls) {
			if (ids.includes(pitfall)) continue;
			ok = false;
			report(
				'unknown-pitfall',
				{ node: node.id, choice: choice.id },
				`choice "${choice.id}" names pitfall "${pitfall}", which procedure "${procedure.id}" does not have.`,
				`use one of: ${list(ids)}.`,
			);
		}
	});
	return ok;
}

function checkDeadlines({ scenario, procedure, report }: Context): void {
	const ids = orderedSteps(procedure).map((step) => step.id);
	for (const stepId of Object.keys(scenario.clock.deadlines)) {
		if (ids.includes(stepId)) continue;
		report(
			'unknown-deadline-step',
			{},
			`clock.deadlines names step "${stepId}", which procedure "${procedure.id}" does not have.`,
			`use one of: ${list(ids)}.`,
		);
	}
}

function checkFacts({ scenario, report }: Context): void {
	const facts = scenario.persona.hiddenFacts;
	const ids = facts.map((fact) => fact.id);
	const revealed = new Set<string>();
	eachChoice(scenario, (node, choice) => {
		for (const fact of choice.reveals) {
			revealed.add(fact);
			if (ids.includes(fact)) continue;
			const add = `add a hidden fact with id "${fact}" to persona.hiddenFacts`;
			report(
				'unknown-fact',
				{ node: node.id, choice: choice.id },
				`choice "${choice.id}" reveals "${fact}", which is not one of persona.hiddenFacts.`,
				ids.length > 0 ? `use one of: ${list(ids)}, or ${add}.` : `${add}.`,
			);
		}
	});
	for (const fact of facts) {
		if (revealed.has(fact.id)) continue;
		report(
			'fact-never-revealed',
			{},
			`hidden fact "${fact.id}" is never revealed: no choice lists it in reveals.`,
			`add "reveals: [${fact.id}]" to the choice that brings it out (${fact.revealedBy.replace(/\.$/, '')}), or remove the fact.`,
			'warning',
		);
	}
}

/** Words only, lower case: "Room 14, sea view." and "room 14 sea view" read the same. */
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The cards hand out the right facts: no hidden fact on the agent's card; the customer's card speaks to the customer. */
function checkCards({ scenario, report }: Context): void {
	const cards = scenario.cards;
	if (!cards) return;
	cards.agent.forEach((known, index) => {
		for (const fact of scenario.persona.hiddenFacts) {
			if (!words(known).includes(words(fact.fact))) continue;
			report(
				'agent-card-gives-away-fact',
				{},
				`cards.agent[${index}] repeats hidden fact "${fact.id}", which the customer keeps back until the agent earns it.`,
				`take it off the agent's card, or, if the agent should know it from the start, remove "${fact.id}" from persona.hiddenFacts.`,
			);
		}
	});
	if (!/\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b/i.test(cards.customer.replace(/[’]/g, "'"))) {
		report(
			'customer-card-not-to-customer',
			{},
			'cards.customer does not speak to the person playing the customer: it never says "you".',
			`write it in the second person, e.g. "You are ${scenario.persona.name}. You booked…".`,
			'warning',
		);
	}
}

/* ---------- structure ---------- */

/** Returns false when ids that the graph depends on clash. */
function checkDuplicateIds({ scenario, report }: Context): boolean {
	let graphSafe = true;
	for (const [id, count] of duplicates(scenario.nodes.map((node) => node.id))) {
		graphSafe = false;
		report('duplicate-id', { node: id }, `${count} nodes have the id "${id}".`, 'give each node its own id, and point each next: at the one it means.');
	}
	for (const node of scenario.nodes) {
		for (const [id, count] of duplicates(node.choices.map((choice) => choice.id))) {
			graphSafe = false;
			report('duplicate-id', { node: node.id, choice: id }, `${count} choices in this node have the id "${id}".`, 'give each choice in a node its own id: saved progress refers to choices by id.');
		}
	}
	for (const [id, count] of duplicates(scenario.endings.map((ending) => ending.id))) {
		graphSafe = false;
		report('duplicate-id', { ending: id }, `${count} endings have the id "${id}".`, 'give each ending its own id.');
	}
	for (const node of scenario.nodes) {
		if (!findEnding(scenario, node.id)) continue;
		graphSafe = false;
		report('duplicate-id', { node: node.id }, `"${node.id}" is the id of a node and of an ending, so next: ${node.id} is ambiguous.`, 'rename the node or the ending, and update the next: fields that lead to it.');
	}
	for (const [id, count] of duplicates(scenario.persona.hiddenFacts.map((fact) => fact.id))) {
		report('duplicate-id', {}, `${count} hidden facts in persona.hiddenFacts have the id "${id}".`, 'give each hidden fact its own id.');
	}
	return graphSafe;
}

function checkDanglingNext({ scenario, report }: Context): boolean {
	let ok = true;
	eachChoice(scenario, (node, choice) => {
		if (findNode(scenario, choice.next) || findEnding(scenario, choice.next)) return;
		ok = false;
		report(
			'dangling-next',
			{ node: node.id, choice: choice.id },
			`choice "${choice.id}" leads to "${choice.next}", which is neither a node nor an ending.`,
			`set next: to one of the nodes (${list(scenario.nodes.map((n) => n.id))}) or endings (${list(scenario.endings.map((e) => e.id))}).`,
		);
	});
	return ok;
}

function checkStart({ scenario, report }: Context): boolean {
	if (findNode(scenario, scenario.start)) return true;
	report('start-not-a-node', {}, `start is "${scenario.start}", which is not a node.`, `set start: to the id of the first node, one of: ${list(scenario.nodes.map((n) => n.id))}.`);
	return false;
}

/* ---------- the graph ---------- */

function checkGraph(context: Context): void {
	const { scenario } = context;
	const facts = graphFacts(scenario);
	checkUnreachableNodes(context, facts);
	checkDeadEnds(context, facts);
	checkUnreachableEndings(context, facts);
}

function checkUnreachableNodes({ scenario, report }: Context, facts: GraphFacts): void {
	for (const node of scenario.nodes) {
		if (facts.reachable.has(node.id)) continue;
		report(
			'unreachable-node',
			{ node: node.id },
			`no route from the start node "${scenario.start}" leads here.`,
			`point a choice's next: at "${node.id}", or delete the node.`,
		);
	}
}

function checkDeadEnds({ scenario, report }: Context, facts: GraphFacts): void {
	const nodes = scenario.nodes.filter((node) => facts.reachable.has(node.id));
	// Work backwards from the nodes with a way out.
	const canEnd = new Set(nodes.filter((node) => node.choices.some((choice) => mayEnd(scenario, facts, choice))).map((n) => n.id));
	for (let grew = true; grew; ) {
		grew = false;
		for (const node of nodes) {
			if (canEnd.has(node.id) || !successors(scenario, node).some((next) => canEnd.has(next.id))) continue;
			canEnd.add(node.id);
			grew = true;
		}
	}
	const trapped = nodes.filter((node) => !canEnd.has(node.id));
	const component = stronglyConnected(scenario, trapped);
	const loops = new Map<number, ScenarioNode[]>();
	for (const node of trapped) {
		const members = trapped.filter((other) => component.get(other.id) === component.get(node.id));
		const isLoop = members.length > 1 || successors(scenario, node).some((next) => next.id === node.id);
		if (isLoop && !loops.has(component.get(node.id)!)) loops.set(component.get(node.id)!, members);
	}
	const endings = list(scenario.endings.map((e) => e.id));
	for (const members of loops.values()) {
		const ids = members.map((n) => `"${n.id}"`).join(', ');
		report(
			'cycle-without-exit',
			{ node: members[0]!.id },
			members.length === 1 ? `every choice here leads back here: the loop never ends.` : `the nodes ${ids} form a loop that never ends: no choice leads out of it.`,
			`point a choice in the loop at an ending (${endings}) or at a node outside the loop, or add a threshold ending (when:) that the loop's choices move towards.`,
		);
	}
	const inLoop = new Set([...loops.values()].flat().map((n) => n.id));
	for (const node of trapped) {
		if (inLoop.has(node.id)) continue;
		const ahead = reachableFrom(scenario, node.id);
		const loop = [...loops.values()].find((members) => ahead.has(members[0]!.id));
		const into = loop ? `: every route leads into the loop at node "${loop[0]!.id}", which never ends` : '';
		report(
			'dead-end',
			{ node: node.id },
			`no ending can be reached from here${into}.`,
			`give a choice here a next: that leads to an ending (${endings})${loop ? `, or fix the loop at node "${loop[0]!.id}"` : ''}.`,
		);
	}
}

function checkUnreachableEndings({ scenario, report }: Context, facts: GraphFacts): void {
	const targets = new Set<string>();
	eachChoice(scenario, (node, choice) => {
		if (facts.reachable.has(node.id)) targets.add(choice.next);
	});
	for (const ending of scenario.endings) {
		if (targets.has(ending.id) || facts.meetable.includes(ending)) continue;
		if (ending.when === undefined) {
			report('unreachable-ending', { ending: ending.id }, 'no choice that a learner can reach leads to this ending.', `set a reachable choice's next: to "${ending.id}", or delete the ending.`);
		} else {
			report(
				'unreachable-ending',
				{ ending: ending.id },
				`no choice that a learner can reach leads to this ending, and its when: thresholds are never met: ${sentenceList(unmetThresholds(scenario, ending.when, facts))}.`,
				`loosen its when: thresholds, or set a reachable choice's next: to "${ending.id}".`,
			);
		}
	}
}

/** Why a threshold ending can never fire, one reason per threshold the ranges rule out. */
function unmetThresholds(scenario: Scenario, when: NonNullable<Ending['when']>, facts: GraphFacts): string[] {
	const reasons: string[] = [];
	if (when.trustBelow !== undefined && !(facts.lowestTrust < when.trustBelow)) {
		reasons.push(`trust never falls below ${when.trustBelow} (the lowest it can reach is ${facts.lowestTrust})`);
	}
	if (when.trustAtLeast !== undefined && !(facts.highestTrust >= when.trustAtLeast)) {
		reasons.push(`trust never reaches ${when.trustAtLeast} (the highest it can reach is ${facts.highestTrust})`);
	}
	if (when.timeAtLeast !== undefined && !(facts.mostTime >= when.timeAtLeast)) {
		reasons.push(`time never reaches ${when.timeAtLeast} ${scenario.clock.unit} (at most ${facts.mostTime} can pass)`);
	}
	return reasons;
}

/* ---------- scoring ---------- */

function checkEveryStepPerformed({ scenario, procedure, report }: Context): void {
	const performed = new Set<string>();
	const doneWell = new Set<string>();
	eachChoice(scenario, (_, choice) => {
		if (choice.step !== undefined) performed.add(choice.step);
		if (choice.step !== undefined && choice.pitfalls.length === 0) doneWell.add(choice.step);
	});
	for (const step of scoredSteps(procedure)) {
		if (performed.has(step.id) && !doneWell.has(step.id)) {
			report(
				'step-never-done-well',
				{},
				`every choice that performs step "${step.id}" (“${step.title}”) also commits a pitfall, so no learner can do it well and earn its full worth.`,
				`add a choice with "step: ${step.id}" and no pitfalls where the learner does this step well.`,
			);
		}
		if (performed.has(step.id)) continue;
		report(
			'step-never-performed',
			{},
			`no choice performs step "${step.id}" (“${step.title}”), a documented step of "${procedure.id}", so no learner can score it.`,
			`add "step: ${step.id}" to the choice where the learner does this step.`,
		);
	}
}

/** Two choices differ for the learner only if they differ in what is scored or in their effect. */
function decisionKey(choice: Choice): string {
	return JSON.stringify([choice.step ?? null, [...new Set(choice.pitfalls)].sort(), choice.effect.trust, choice.effect.time]);
}

function checkSomethingToDecide({ scenario, report }: Context): void {
	for (const node of scenario.nodes) {
		if (node.choices.length < 2 || new Set(node.choices.map(decisionKey)).size > 1) continue;
		report(
			'nothing-to-decide',
			{ node: node.id },
			'every choice here performs the same step, commits the same pitfalls and has the same effect, so there is nothing to decide.',
			'make one choice the better one: give it a step of the procedure, or give the others a pitfall or a different trust or time effect.',
		);
	}
}
