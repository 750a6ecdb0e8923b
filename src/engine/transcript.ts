import type { Choice, Scenario, ScenarioNode } from '../schemas/scenario.ts';
import { currentNode, findNode, type PathStep, type SimState } from './runner.ts';

/**
 * What the learner has seen so far, in order: each node they answered, the choice they
 * made and its consequence. Pure, so the widget only renders it.
 */
export interface Turn {
	node: ScenarioNode;
	choice: Choice;
	/** Change in trust this choice caused. */
	trustChange: number;
	/** Time passed (in the scenario's clock unit) when the node was reached, and after the choice. */
	at: number;
	after: number;
}

export function transcript(scenario: Scenario, path: readonly PathStep[]): Turn[] {
	let clock = 0;
	return path.flatMap((step) => {
		const node = findNode(scenario, step.nodeId);
		const choice = node?.choices.find((c) => c.id === step.choiceId);
		if (!node || !choice) return [];
		const at = clock;
		clock += choice.effect.time;
		return [{ node, choice, trustChange: choice.effect.trust, at, after: clock }];
	});
}

/**
 * The messages a node's text holds. In a chat each paragraph is a message of its own;
 * elsewhere the text is one utterance (an email body, a line of dialogue), kept whole.
 */
export function messagesOf(text: string, channel: Scenario['setting']['channel']): string[] {
	if (channel !== 'chat') return [text];
	return text
		.split(/\n+/)
		.map((line) => line.trim())
		.filter(Boolean);
}

/**
 * The time of day a message shows: the conversation's start (HH:MM) plus the time
 * passed. Undefined without a start time. Clocks in days show the day instead.
 */
export function timeOfDay(startsAt: string | undefined, elapsed: number, unit: Scenario['clock']['unit']): string | undefined {
	if (startsAt === undefined) return undefined;
	if (unit === 'days') return elapsed === 0 ? undefined : `Day ${Math.floor(elapsed) + 1}`;
	const [hours, minutes] = startsAt.split(':').map(Number) as [number, number];
	const total = hours * 60 + minutes + Math.round(unit === 'hours' ? elapsed * 60 : elapsed);
	const day = Math.floor(total / (24 * 60));
	const inDay = total - day * 24 * 60;
	const clock = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
	return day === 0 ? clock : `${clock} (+${day} ${day === 1 ? 'day' : 'days'})`;
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

/** What a screen reader hears when the conversation moves on: the next line, or that the debrief is ready. */
export function announcementAfter(scenario: Scenario, state: SimState | null): string {
	if (!state) return '';
	const next = currentNode(scenario, state);
	return next ? `${speakerLabel(next, scenario.persona.name)}: ${next.text}` : 'The role-play has ended. Your debrief follows.';
}
