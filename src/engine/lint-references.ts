import { didYouMean, oneOf } from '../schemas/authoring-problem.ts';
import { orderedSteps } from './procedure.ts';
import { eachChoice, list } from './lint-helpers.ts';
import type { Context, KnownIds } from './lint-types.ts';
import { pitfallIndex } from './scoring.ts';

/** Rules about the ids a role-play borrows from elsewhere: its procedure, steps, pitfalls, failure kinds and hidden facts. */

export function checkProcedureMatch({ scenario, procedure, report }: Context): boolean {
	if (scenario.procedure === procedure.id) return true;
	report(
		'procedure-mismatch',
		['procedure'],
		`is "${scenario.procedure}", but the role-play was checked against procedure "${procedure.id}".`,
		`set procedure: ${procedure.id}, or check the role-play against procedure "${scenario.procedure}".`,
	);
	return false;
}

export function checkFailureKinds({ scenario, report }: Context, known: KnownIds): void {
	if (!known.failureKinds) return;
	scenario.failureKinds.forEach((kind, index) => {
		if (known.failureKinds!.includes(kind)) return;
		report(
			'unknown-failure-kind',
			['failureKinds', index],
			`is "${kind}", which is not a known kind of service failure.`,
			oneOf('it', kind, known.failureKinds!, '(the ids in content/failure-kinds.yaml)'),
		);
	});
}

export function checkStepIds({ scenario, procedure, report }: Context): boolean {
	const ids = orderedSteps(procedure).map((step) => step.id);
	let ok = true;
	eachChoice(scenario, (_, choice, at) => {
		if (choice.step === undefined || ids.includes(choice.step)) return;
		ok = false;
		report('unknown-step', at('step'), `is "${choice.step}", which is not a step of procedure "${procedure.id}".`, oneOf('step:', choice.step, ids));
	});
	return ok;
}

export function checkPitfallIds({ scenario, procedure, report }: Context): boolean {
	const ids = [...pitfallIndex(procedure).keys()];
	let ok = true;
	eachChoice(scenario, (_, choice, at) => {
		choice.pitfalls.forEach((pitfall, index) => {
			if (ids.includes(pitfall)) return;
			ok = false;
			report('unknown-pitfall', at('pitfalls', index), `is "${pitfall}", which is not a pitfall of procedure "${procedure.id}".`, oneOf('it', pitfall, ids));
		});
	});
	return ok;
}

export function checkDeadlines({ scenario, procedure, report }: Context): void {
	const ids = orderedSteps(procedure).map((step) => step.id);
	for (const stepId of Object.keys(scenario.clock.deadlines)) {
		if (ids.includes(stepId)) continue;
		const guess = didYouMean(stepId, ids);
		report(
			'unknown-deadline-step',
			['clock', 'deadlines', stepId],
			`is not a step of procedure "${procedure.id}".`,
			`${guess ? `did you mean "${guess}"? Rename` : 'rename'} "${stepId}:" to the id of the step with the deadline, one of: ${list(ids)}.`,
		);
	}
}

export function checkFacts({ scenario, report }: Context): void {
	const facts = scenario.persona.hiddenFacts;
	const ids = facts.map((fact) => fact.id);
	const revealed = new Set<string>();
	eachChoice(scenario, (_, choice, at) => {
		choice.reveals.forEach((fact, index) => {
			revealed.add(fact);
			if (ids.includes(fact)) return;
			const add = `add a hidden fact with id "${fact}" (and its fact and revealedBy) to persona.hiddenFacts`;
			report(
				'unknown-fact',
				at('reveals', index),
				`is "${fact}", which is not one of persona.hiddenFacts.`,
				ids.length > 0 ? `${oneOf('it', fact, ids).replace(/\.$/, '')}, or ${add}.` : `${add}, or remove it from reveals.`,
			);
		});
	});
	facts.forEach((fact, index) => {
		if (revealed.has(fact.id)) return;
		report(
			'fact-never-revealed',
			['persona', 'hiddenFacts', index],
			'is never revealed: no choice lists it in reveals.',
			`add "reveals: [${fact.id}]" to the choice that brings it out (${fact.revealedBy.replace(/\.$/, '')}), or remove the fact.`,
			'warning',
		);
	});
}
