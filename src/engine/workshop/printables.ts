import type { Procedure, Step } from '../../schemas/procedure.ts';
import { tellEnding, writtenBands, type ToldEnding } from '../outcome.ts';
import type { Ending, Scenario } from '../../schemas/scenario.ts';
import { orderedSteps } from '../procedure.ts';
import { pitfallIndex } from '../scoring.ts';
import { findEnding, findNode, replay, type PathStep } from '../runner.ts';
import { describeTrustChange, speakerLabel } from '../transcript.ts';
import { choiceMapping } from './debrief.ts';
import { shownChoiceIds } from './session.ts';
import { letterFor } from './votes.ts';

/**
 * What the printed workshop material says, worked out from the scenario and procedure:
 * role-play cards for live pair practice (customer, agent, observer) and the answer key.
 * The pages only lay these out.
 */

export interface CustomerBrief {
	name: string;
	situation: string;
	mood: string;
	/** How the customer opens, when the role-play starts with them speaking. */
	opening: string | undefined;
	/** Facts to give only when asked the right way. */
	facts: { fact: string; revealedBy: string; inSimulation: string[] }[];
}

export function customerBrief(scenario: Scenario): CustomerBrief {
	const first = findNode(scenario, scenario.start);
	return {
		name: scenario.persona.name,
		// Written to the person playing the customer when the role-play has cards; otherwise the persona's own.
		situation: scenario.cards?.customer ?? scenario.persona.situation,
		mood: scenario.persona.mood,
		opening: first?.speaker === 'customer' ? first.text : undefined,
		facts: scenario.persona.hiddenFacts.map((fact) => ({
			fact: fact.fact,
			revealedBy: fact.revealedBy,
			// The simulation's choices that bring it out: concrete examples of "the right question".
			inSimulation: scenario.nodes.flatMap((node) => node.choices.filter((c) => c.reveals.includes(fact.id)).map((c) => c.text)),
		})),
	};
}

/**
 * The agent knows the setting, who is calling, the facts the role-play puts on the agent's
 * card and what it practises; never what the customer is holding back (that is the point
 * of the exercise).
 */
export interface AgentBrief {
	industry: string;
	channel: Scenario['setting']['channel'];
	customerName: string;
	/** What the agent knows: the role-play's cards.agent, or its summary when it has no cards. */
	knows: string[];
	objectives: string[];
	procedureTitle: string;
	steps: { title: string; summary: string }[];
}

export function agentBrief(scenario: Scenario, procedure: Procedure): AgentBrief {
	return {
		industry: scenario.setting.industry,
		channel: scenario.setting.channel,
		customerName: scenario.persona.name,
		knows: scenario.cards?.agent ?? [scenario.summary],
		objectives: scenario.objectives,
		procedureTitle: procedure.title,
		steps: orderedSteps(procedure).map(({ title, summary }) => ({ title, summary })),
	};
}

export interface ChecklistPart {
	heading: string;
	part: 'checks' | 'steps';
	items: Step[];
}

/** Every check and step of the procedure (each with its pitfalls), checks first: what an observer ticks off. */
export function observerChecklist(procedure: Procedure): ChecklistPart[] {
	const parts: ChecklistPart[] = [
		{ heading: 'Checks before deciding', part: 'checks', items: procedure.checks },
		{ heading: 'Steps', part: 'steps', items: procedure.steps },
	];
	return parts.filter((p) => p.items.length > 0);
}

export interface AnswerKeyChoice {
	id: string;
	letter: string;
	text: string;
	performs: string | undefined;
	pitfalls: string[];
	/** Those of `pitfalls` that are guidance this project adds (shown with the "Added guidance" badge). */
	addedPitfalls: string[];
	trustChange: string;
	/** Time passing, e.g. "2 hours", when the choice takes any. */
	time: string | undefined;
	reveals: string[];
	next: { kind: 'node'; id: string; number: number } | { kind: 'ending'; id: string; title: string };
	onIdealPath: boolean;
}

export interface AnswerKeyNode {
	id: string;
	/** Position in the walk from the start, from 1. */
	number: number;
	speaker: string;
	text: string;
	facilitatorPrompt: string | undefined;
	/** Which decisions of the ideal path (from 1) are made here; empty if it is not on it (more than one if the path loops back). */
	idealSteps: number[];
	choices: AnswerKeyChoice[];
}

export interface AnswerKey {
	nodes: AnswerKeyNode[];
	/** The ideal path, decision by decision. */
	idealRoute: { step: number; nodeId: string; nodeNumber: number; letter: string; performs: string | undefined }[];
	/** Each ending with its texts for every band it is written for, in band order (recovered first). */
	endings: (Ending & { conditionText: string | undefined; onIdealPath: boolean; told: ToldEnding[] })[];
}

/** "As soon as trust falls below 15, whatever was chosen." for endings reached by thresholds. */
function conditionText(ending: Ending, unit: string): string | undefined {
	const when = ending.when;
	if (!when) return undefined;
	const parts = [
		when.trustBelow !== undefined ? `trust falls below ${when.trustBelow}` : '',
		when.trustAtLeast !== undefined ? `trust reaches ${when.trustAtLeast}` : '',
		when.timeAtLeast !== undefined ? `${when.timeAtLeast} ${unit} have passed` : '',
	].filter(Boolean);
	return `As soon as ${parts.join(' and ')}, whatever was chosen.`;
}

/**
 * Every node in the order a walk from the start meets them (choices in the letters the
 * room sees), every choice with its step or pitfalls, and the ideal path marked.
 */
export function answerKey(procedure: Procedure, scenario: Scenario, idealPath: readonly PathStep[]): AnswerKey {
	const order: string[] = [];
	const queue = [scenario.start];
	while (queue.length > 0) {
		const id = queue.shift()!;
		const node = findNode(scenario, id);
		if (!node || order.includes(id)) continue;
		order.push(id);
		for (const choiceId of shownChoiceIds(scenario, node)) queue.push(node.choices.find((c) => c.id === choiceId)!.next);
	}
	// Nodes no walk reaches (the linter warns about them) still belong in the key.
	for (const node of scenario.nodes) if (!order.includes(node.id)) order.push(node.id);

	const number = (id: string) => order.indexOf(id) + 1;
	const ideal = (nodeId: string, choiceId: string) => idealPath.some((s) => s.nodeId === nodeId && s.choiceId === choiceId);
	const facts = new Map(scenario.persona.hiddenFacts.map((f) => [f.id, f.fact]));
	const unit = scenario.clock.unit;
	const idealEnding = idealPath.length > 0 ? replay(scenario, idealPath).endingId : null;
	const pitfalls = pitfallIndex(procedure);

	return {
		nodes: order.map((id) => {
			const node = findNode(scenario, id)!;
			return {
				id,
				number: number(id),
				speaker: speakerLabel(node, scenario.persona.name),
				text: node.text,
				facilitatorPrompt: node.facilitatorPrompt,
				idealSteps: idealPath.flatMap((s, i) => (s.nodeId === id ? [i + 1] : [])),
				choices: shownChoiceIds(scenario, node).map((choiceId, index) => {
					const choice = node.choices.find((c) => c.id === choiceId)!;
					const ending = findEnding(scenario, choice.next);
					return {
						id: choice.id,
						letter: letterFor(index),
						text: choice.text,
						...choiceMapping(procedure, choice),
						addedPitfalls: choice.pitfalls.flatMap((pitfallId) => {
							const pitfall = pitfalls.get(pitfallId)?.pitfall;
							return pitfall?.status === 'added' ? [pitfall.title] : [];
						}),
						trustChange: describeTrustChange(choice.effect.trust),
						time: choice.effect.time > 0 ? `${choice.effect.time} ${choice.effect.time === 1 ? unit.replace(/s$/, '') : unit}` : undefined,
						reveals: choice.reveals.map((f) => facts.get(f) ?? f),
						next: ending ? { kind: 'ending', id: ending.id, title: ending.title } : { kind: 'node', id: choice.next, number: number(choice.next) },
						onIdealPath: ideal(id, choice.id),
					};
				}),
			};
		}),
		idealRoute: idealPath.map((s, i) => {
			const node = findNode(scenario, s.nodeId)!;
			const choice = node.choices.find((c) => c.id === s.choiceId)!;
			return {
				step: i + 1,
				nodeId: s.nodeId,
				nodeNumber: number(s.nodeId),
				letter: letterFor(shownChoiceIds(scenario, node).indexOf(s.choiceId)),
				performs: choiceMapping(procedure, choice).performs,
			};
		}),
		endings: scenario.endings.map((ending) => ({
			...ending,
			conditionText: conditionText(ending, unit),
			onIdealPath: ending.id === idealEnding,
			told: (['recovered', 'partly-recovered', 'lost'] as const).filter((band) => writtenBands(ending).includes(band)).map((band) => tellEnding(ending, band)),
		})),
	};
}
