import type { Choice } from '../schemas/scenario.ts';
import { eachChoice } from './lint-helpers.ts';
import type { Context } from './lint-types.ts';
import { scoredSteps } from './scoring.ts';

/** Rules about what a learner can score: every documented step can be done, and done well; every node is a real decision. */

export function checkEveryStepPerformed({ scenario, procedure, report }: Context): void {
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
				[],
				`every choice that performs step "${step.id}" (“${step.title}”) also commits a pitfall, so no learner can do it well and earn its full worth.`,
				`add a choice with "step: ${step.id}" and no pitfalls where the learner does this step well.`,
			);
		}
		if (performed.has(step.id)) continue;
		report(
			'step-never-performed',
			[],
			`no choice performs step "${step.id}" (“${step.title}”), a documented step of "${procedure.id}", so no learner can score it.`,
			`add "step: ${step.id}" to the choice where the learner does this step.`,
		);
	}
}

/** Two choices differ for the learner only if they differ in what is scored or in their effect. */
function decisionKey(choice: Choice): string {
	return JSON.stringify([choice.step ?? null, [...new Set(choice.pitfalls)].sort(), choice.effect.trust, choice.effect.time]);
}

export function checkSomethingToDecide({ scenario, report }: Context): void {
	scenario.nodes.forEach((node, n) => {
		if (node.choices.length < 2 || new Set(node.choices.map(decisionKey)).size > 1) return;
		report(
			'nothing-to-decide',
			['nodes', n, 'choices'],
			'every choice here performs the same step, commits the same pitfalls and has the same effect, so there is nothing to decide.',
			'make one choice the better one: give it a step of the procedure, or give the others a pitfall or a different trust or time effect.',
		);
	});
}
