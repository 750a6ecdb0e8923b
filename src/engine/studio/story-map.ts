import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { displayOrder } from '../choice-order.ts';
import type { LintProblem } from '../lint-types.ts';
import { findStep } from '../procedure.ts';
import { findEnding, findNode } from '../runner.ts';
import { reachableFrom, stronglyConnected, successors } from '../scenario-graph.ts';
import { pitfallIndex } from '../scoring.ts';
import { bandText } from '../words.ts';

/**
 * The story as boxes and arrows: each node, each of its options, each ending, and any
 * `next:` that leads nowhere. Every colour on the map has words beside it (a tag), so
 * the map reads the same without colour, and the list view is built from the same data.
 */

export type Tone = 'node' | 'clean' | 'poorly' | 'pitfall' | 'neutral' | 'recovered' | 'partly-recovered' | 'lost' | 'missing';

export interface Tag {
	kind: 'start' | 'step' | 'pitfall' | 'unreachable' | 'dead-end' | 'loop' | 'outcome' | 'threshold' | 'missing';
	text: string;
	/** True for tags that flag a problem (drawn as warnings). */
	problem?: boolean;
}

export interface MapBox {
	/** Unique on the map: "node:x", "choice:x/y", "ending:z", "missing:w". */
	key: string;
	kind: 'node' | 'choice' | 'ending' | 'missing';
	/** The id an author sees in the file. */
	id: string;
	/** For a choice: its node, and its letter as shown to the learner (A–D). */
	nodeId?: string;
	letter?: string;
	text: string;
	tone: Tone;
	tags: Tag[];
}

export interface MapEdge {
	from: string;
	to: string;
	/** Leads back to a node already passed: part of a loop. */
	loop: boolean;
}

export interface StoryMap {
	boxes: MapBox[];
	edges: MapEdge[];
}

const letter = (index: number) => String.fromCharCode(65 + index);

function whenText(when: NonNullable<Scenario['endings'][number]['when']>, unit: string): string {
	const parts = [
		when.trustBelow !== undefined ? `trust falls below ${when.trustBelow}` : undefined,
		when.trustAtLeast !== undefined ? `trust reaches ${when.trustAtLeast}` : undefined,
		when.timeAtLeast !== undefined ? `${when.timeAtLeast} ${unit} have passed` : undefined,
	].filter(Boolean);
	return `Ends at once when ${parts.join(' and ')}`;
}

export function storyMap(scenario: Scenario, procedure: Procedure | undefined, problems: readonly LintProblem[] = []): StoryMap {
	const startOk = findNode(scenario, scenario.start) !== undefined;
	const reachable = startOk ? reachableFrom(scenario, scenario.start) : new Set<string>();
	const component = stronglyConnected(scenario, scenario.nodes);
	const onLoop = (id: string) => {
		const node = findNode(scenario, id)!;
		return (
			scenario.nodes.some((other) => other.id !== id && component.get(other.id) === component.get(id)) || successors(scenario, node).some((n) => n.id === id)
		);
	};
	// The linter places these at a node: its path starts ['nodes', index].
	const flagged = (rule: string) =>
		new Set(problems.flatMap((p) => (p.rule === rule && p.path?.[0] === 'nodes' && typeof p.path[1] === 'number' ? [scenario.nodes[p.path[1]]!.id] : [])));
	const deadEnds = flagged('dead-end');
	// A loop with no way out is reported at its first node; every member of it is trapped.
	const trappedLoops = new Set([...flagged('cycle-without-exit')].map((id) => component.get(id)));
	const pitfalls = procedure ? pitfallIndex(procedure) : new Map();

	const boxes: MapBox[] = [];
	const edges: MapEdge[] = [];
	const missing = new Set<string>();

	// Duplicate ids are the linter's to report; the map shows the first of each.
	const seen = new Set<string>();
	const firstTime = (key: string) => !seen.has(key) && Boolean(seen.add(key));

	for (const node of scenario.nodes) {
		if (!firstTime(`node:${node.id}`)) continue;
		const tags: Tag[] = [];
		if (node.id === scenario.start) tags.push({ kind: 'start', text: 'Start' });
		if (startOk && !reachable.has(node.id)) tags.push({ kind: 'unreachable', text: 'Unreachable: no route from the start', problem: true });
		if (trappedLoops.has(component.get(node.id))) tags.push({ kind: 'loop', text: 'Loop with no way out', problem: true });
		else if (deadEnds.has(node.id)) tags.push({ kind: 'dead-end', text: 'Dead end: no ending ahead', problem: true });
		else if (onLoop(node.id)) tags.push({ kind: 'loop', text: 'On a loop' });
		boxes.push({ key: `node:${node.id}`, kind: 'node', id: node.id, text: node.text, tone: 'node', tags });

		displayOrder(scenario.id, node.id, node.choices).forEach((choice, index) => {
			const key = `choice:${node.id}/${choice.id}`;
			if (!firstTime(key)) return;
			const step = choice.step !== undefined && procedure ? findStep(procedure, choice.step) : undefined;
			const stepName = step?.title ?? choice.step;
			const tags: Tag[] = [];
			if (stepName !== undefined) tags.push({ kind: 'step', text: choice.pitfalls.length > 0 ? `Step, done poorly: ${stepName}` : `Step: ${stepName}` });
			for (const id of choice.pitfalls) tags.push({ kind: 'pitfall', text: `Pitfall: ${pitfalls.get(id)?.pitfall.title ?? id}` });
			if (tags.length === 0) tags.push({ kind: 'step', text: 'No step' });
			const tone: Tone = choice.step !== undefined ? (choice.pitfalls.length > 0 ? 'poorly' : 'clean') : choice.pitfalls.length > 0 ? 'pitfall' : 'neutral';
			boxes.push({ key, kind: 'choice', id: choice.id, nodeId: node.id, letter: letter(index), text: choice.text, tone, tags });
			edges.push({ from: `node:${node.id}`, to: key, loop: false });
			const target = findNode(scenario, choice.next)
				? `node:${choice.next}`
				: findEnding(scenario, choice.next)
					? `ending:${choice.next}`
					: `missing:${choice.next}`;
			if (target.startsWith('missing:')) missing.add(choice.next);
			const back = target.startsWith('node:') && component.get(choice.next) === component.get(node.id) && onLoop(node.id);
			edges.push({ from: key, to: target, loop: back });
		});
	}
	for (const ending of scenario.endings) {
		if (!firstTime(`ending:${ending.id}`)) continue;
		const tags: Tag[] = [{ kind: 'outcome', text: `Written for: ${bandText[ending.outcome]}` }];
		if (ending.when) tags.push({ kind: 'threshold', text: whenText(ending.when, scenario.clock.unit) });
		boxes.push({ key: `ending:${ending.id}`, kind: 'ending', id: ending.id, text: ending.title, tone: ending.outcome, tags });
	}
	for (const id of missing) {
		boxes.push({
			key: `missing:${id}`,
			kind: 'missing',
			id,
			text: `“${id}” is neither a node nor an ending`,
			tone: 'missing',
			tags: [{ kind: 'missing', text: 'Leads nowhere', problem: true }],
		});
	}
	return { boxes, edges };
}
