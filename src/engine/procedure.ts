import type { Procedure, Step } from '../schemas/procedure.ts';

/**
 * Pure helpers over procedure data, shared by lessons, cards and (later) scoring.
 */

/** Consecutive steps that share a stage heading, in order. Steps with no stage form a group with no heading. */
export interface StepGroup {
	stage: string | undefined;
	steps: Step[];
}

export function groupByStage(steps: readonly Step[]): StepGroup[] {
	const groups: StepGroup[] = [];
	for (const step of steps) {
		const last = groups.at(-1);
		if (last && last.stage === step.stage) last.steps.push(step);
		else groups.push({ stage: step.stage, steps: [step] });
	}
	return groups;
}

/** Every check and step in the order a learner meets them: checks before the decision, then the steps. */
export function orderedSteps(procedure: Pick<Procedure, 'checks' | 'steps'>): Step[] {
	return [...procedure.checks, ...procedure.steps];
}

/** Counts for a summary line, e.g. "3 checks · 6 steps · 11 pitfalls". */
export function procedureCounts(procedure: Pick<Procedure, 'checks' | 'steps'>) {
	const all = orderedSteps(procedure);
	return {
		checks: procedure.checks.length,
		steps: procedure.steps.length,
		pitfalls: all.reduce((sum, step) => sum + step.pitfalls.length, 0),
		added: all.filter((step) => step.status === 'added').length + all.flatMap((s) => s.pitfalls).filter((p) => p.status === 'added').length,
	};
}

/** A contact without a trailing note such as "(first)": the order of the list says that. */
export function contactName(contact: string): string {
	return contact.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/**
 * A route's contacts as one phrase: "The engineer's team leader, then the engineer who did
 * the work". Only the first keeps its capital: the others continue the sentence.
 */
export function contactsLabel(contacts: readonly string[]): string {
	const lowerArticle = (name: string) => name.replace(/^(The|A|An)\b/, (word) => word.toLowerCase());
	return contacts
		.map(contactName)
		.map((name, i) => (i === 0 ? name : lowerArticle(name)))
		.join(', then ');
}

/** A check or step by id. */
export function findStep(procedure: Pick<Procedure, 'checks' | 'steps'>, id: string): Step | undefined {
	return orderedSteps(procedure).find((step) => step.id === id);
}

/** The HTML id StepList gives a step, so other pages can link straight to it. */
export function stepAnchor(procedureId: string, part: 'checks' | 'steps', stepId: string): string {
	return `${procedureId}-${part}-${stepId}`;
}
