import { didYouMean, oneOf } from '../schemas/authoring-problem.ts';
import { duplicates, eachChoice, targets } from './lint-helpers.ts';
import type { Context } from './lint-types.ts';
import { findEnding, findNode } from './runner.ts';

/**
 * Rules the graph checks depend on: ids that do not clash, every next: leading somewhere
 * other than back to its own node, and a start that is a node. Each returns false when
 * it found a problem that would make the graph checks repeat it.
 */

export function checkDuplicateIds({ scenario, report }: Context): boolean {
	let graphSafe = true;
	/** One problem per repeated id, at its second use; `graph` says whether the graph checks would trip on it. */
	const repeats = (ids: string[], at: (index: number) => (string | number)[], what: string, fix: (id: string) => string, graph = true) => {
		for (const { id, count, second } of duplicates(ids)) {
			if (graph) graphSafe = false;
			report('duplicate-id', at(second), `${count} ${what} have the id "${id}".`, fix(id));
		}
	};
	const pointNext = 'and point each next: at the one it means.';
	repeats(
		scenario.nodes.map((node) => node.id),
		(index) => ['nodes', index],
		'nodes',
		(id) => `give this node an id of its own, e.g. "${id}-2", ${pointNext}`,
	);
	scenario.nodes.forEach((node, n) =>
		repeats(
			node.choices.map((choice) => choice.id),
			(index) => ['nodes', n, 'choices', index],
			'choices in this node',
			(id) => `give this choice an id of its own, e.g. "${id}-2": saved progress refers to choices by id.`,
		),
	);
	repeats(
		scenario.endings.map((ending) => ending.id),
		(index) => ['endings', index],
		'endings',
		(id) => `give this ending an id of its own, e.g. "${id}-2", ${pointNext}`,
	);
	scenario.nodes.forEach((node, n) => {
		if (!findEnding(scenario, node.id)) return;
		graphSafe = false;
		report(
			'duplicate-id',
			['nodes', n],
			`"${node.id}" is the id of a node and of an ending, so next: ${node.id} is ambiguous.`,
			'rename the node or the ending, and update the next: fields that lead to it.',
		);
	});
	repeats(
		scenario.persona.hiddenFacts.map((fact) => fact.id),
		(index) => ['persona', 'hiddenFacts', index],
		'hidden facts',
		(id) => `give this hidden fact an id of its own, e.g. "${id}-2".`,
		false,
	);
	return graphSafe;
}

export function checkDanglingNext({ scenario, report }: Context): boolean {
	const ids = [...scenario.nodes.map((n) => n.id), ...scenario.endings.map((e) => e.id)];
	let ok = true;
	eachChoice(scenario, (_, choice, at) => {
		if (findNode(scenario, choice.next) || findEnding(scenario, choice.next)) return;
		ok = false;
		const guess = didYouMean(choice.next, ids);
		report(
			'dangling-next',
			at('next'),
			`is "${choice.next}", which is neither a node nor an ending.`,
			`${guess ? `did you mean "${guess}"? Set` : 'set'} next: to one of ${targets(scenario)}.`,
		);
	});
	return ok;
}

/** A choice whose next is its own node shows the same words again and moves nothing on. */
export function checkSelfLoops({ scenario, report }: Context): boolean {
	let ok = true;
	eachChoice(scenario, (node, choice, at) => {
		if (choice.next !== node.id) return;
		ok = false;
		report(
			'self-loop',
			at('next'),
			`is "${node.id}", this choice's own node: the learner would see the same words again, and this choice could never move the conversation on.`,
			`set next: to the node or ending that follows this choice, one of ${targets(scenario)}. For a customer who repeats themselves, write the repeat as a node of its own.`,
		);
	});
	return ok;
}

export function checkStart({ scenario, report }: Context): boolean {
	if (findNode(scenario, scenario.start)) return true;
	report(
		'start-not-a-node',
		['start'],
		`is "${scenario.start}", which is not a node.`,
		oneOf(
			'start:',
			scenario.start,
			scenario.nodes.map((n) => n.id),
			'(the id of the first node)',
		),
	);
	return false;
}
