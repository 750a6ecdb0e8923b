import type { Ending, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { eachChoice, endingPath, list, nodePath } from './lint-helpers.ts';
import type { Context } from './lint-types.ts';
import { graphFacts, mayEnd, reachableFrom, stronglyConnected, successors, type GraphFacts } from './scenario-graph.ts';
import { sentenceList } from './words.ts';

/**
 * Rules about the shape of the conversation: every node reachable, every route able to
 * end, every ending reachable. They need sound structure (see lint-structure.ts), and
 * reason about threshold endings approximately (see scenario-graph.ts).
 */
export function checkGraph(context: Context): void {
	const facts = graphFacts(context.scenario);
	checkUnreachableNodes(context, facts);
	checkDeadEnds(context, facts);
	checkUnreachableEndings(context, facts);
}

function checkUnreachableNodes({ scenario, report }: Context, facts: GraphFacts): void {
	scenario.nodes.forEach((node, n) => {
		if (facts.reachable.has(node.id)) return;
		report(
			'unreachable-node',
			['nodes', n],
			`no route from the start node "${scenario.start}" leads here.`,
			`point a choice's next: at "${node.id}", or delete the node.`,
		);
	});
}

function checkDeadEnds({ scenario, report }: Context, facts: GraphFacts): void {
	const nodes = scenario.nodes.filter((node) => facts.reachable.has(node.id));
	// Work backwards from the nodes with a way out.
	const canEnd = new Set(nodes.filter((node) => node.choices.some((choice) => mayEnd(scenario, facts, choice))).map((n) => n.id));
	for (let grew = true; grew;) {
		grew = false;
		for (const node of nodes) {
			if (canEnd.has(node.id) || !successors(scenario, node).some((next) => canEnd.has(next.id))) continue;
			canEnd.add(node.id);
			grew = true;
		}
	}
	const trapped = nodes.filter((node) => !canEnd.has(node.id));
	const component = stronglyConnected(scenario, trapped);
	// A loop of one node needs a choice pointing at its own node, which self-loop reports first.
	const loops = new Map<number, ScenarioNode[]>();
	for (const node of trapped) {
		const members = trapped.filter((other) => component.get(other.id) === component.get(node.id));
		if (members.length > 1 && !loops.has(component.get(node.id)!)) loops.set(component.get(node.id)!, members);
	}
	const endings = list(scenario.endings.map((e) => e.id));
	for (const members of loops.values()) {
		report(
			'cycle-without-exit',
			nodePath(scenario, members[0]!.id),
			`the nodes ${members.map((n) => `"${n.id}"`).join(', ')} form a loop that never ends: no choice leads out of it.`,
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
			nodePath(scenario, node.id),
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
			report(
				'unreachable-ending',
				endingPath(scenario, ending.id),
				'no choice that a learner can reach leads to this ending.',
				`set a reachable choice's next: to "${ending.id}", or delete the ending.`,
			);
		} else {
			report(
				'unreachable-ending',
				[...endingPath(scenario, ending.id), 'when'],
				`no choice that a learner can reach leads to this ending, and its thresholds are never met: ${sentenceList(unmetThresholds(scenario, ending.when, facts))}.`,
				`loosen the thresholds, or set a reachable choice's next: to "${ending.id}".`,
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
