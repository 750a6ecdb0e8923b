import type { Choice, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { findNode, type PathStep } from './runner.ts';

/**
 * What the learner has seen so far, in order: each node they answered, the choice they
 * made and its consequence. Pure, so the widget only renders it.
 */
export interface Turn {
	node: ScenarioNode;
	choice: Choice;
	/** Change in trust this choice caused. */
	trustChange: number;
}

export function transcript(scenario: Scenario, path: readonly PathStep[]): Turn[] {
	return path.flatMap((step) => {
		const node = findNode(scenario, step.nodeId);
		const choice = node?.choices.find((c) => c.id === step.choiceId);
		return node && choice ? [{ node, choice, trustChange: choice.effect.trust }] : [];
	});
}

/** "Dana (customer)", "Priya, engineering team leader", or "What happens" for narration. */
export function speakerLabel(node: Pick<ScenarioNode, 'speaker' | 'speakerName'>, customerName: string): string {
	if (node.speakerName) return node.speakerName;
	if (node.speaker === 'customer') return customerName;
	if (node.speaker === 'colleague') return 'Your colleague';
	return 'What happens';
}

/** Words for a trust change, so meaning never rests on colour: "Trust +10", "Trust −5", "Trust unchanged". */
export function describeTrustChange(change: number): string {
	if (change > 0) return `Trust +${change}`;
	if (change < 0) return `Trust −${Math.abs(change)}`;
	return 'Trust unchanged';
}

/** A trust level in words, for the meter's text alongside the number. */
export function trustLevel(trust: number): string {
	if (trust >= 75) return 'high';
	if (trust >= 50) return 'steady';
	if (trust >= 25) return 'low';
	return 'very low';
}
