import type { Catalogue, CatalogueProcedure, CatalogueScenario, CatalogueStep } from './catalogue.ts';
import { doneCleanly, time, type Attempt, type Progress } from './model.ts';

/**
 * What the progress page shows, worked out from the record and the catalogue.
 *
 * Step mastery. For each documented step: a *chance* is an attempt at a role-play of
 * that step's procedure in which the step was scored; the step counts as *performed*
 * only when a choice did it without a pitfall (verdict performed, late or out of order:
 * "done poorly" does not count), and as *on time and in order* only with the verdict
 * "performed". So "Reiterate: 1 of 4" means four attempts could have reiterated and one
 * did it cleanly.
 */

export interface ScenarioSummary {
	scenario: CatalogueScenario;
	attempts: number;
	best: Attempt | undefined;
	latest: Attempt | undefined;
}

/** Highest score; of equal scores, the most recent. */
export function bestOf(attempts: readonly Attempt[]): Attempt | undefined {
	return attempts.reduce<Attempt | undefined>(
		(best, a) => (!best || a.score > best.score || (a.score === best.score && time(a.date) >= time(best.date)) ? a : best),
		undefined,
	);
}

export function latestOf(attempts: readonly Attempt[]): Attempt | undefined {
	return attempts.reduce<Attempt | undefined>((latest, a) => (!latest || time(a.date) >= time(latest.date) ? a : latest), undefined);
}

export function scenarioSummaries(catalogue: Catalogue, progress: Progress): ScenarioSummary[] {
	return catalogue.scenarios.map((scenario) => {
		const mine = progress.attempts.filter((a) => a.scenarioId === scenario.id);
		return { scenario, attempts: mine.length, best: bestOf(mine), latest: latestOf(mine) };
	});
}

export interface StepMastery {
	procedure: CatalogueProcedure;
	step: CatalogueStep;
	chances: number;
	performed: number;
	onTimeInOrder: number;
}

export function stepMastery(catalogue: Catalogue, progress: Progress): StepMastery[] {
	return catalogue.procedures.flatMap((procedure) => {
		const attempts = progress.attempts.filter((a) => a.procedureId === procedure.id);
		return procedure.steps.map((step) => {
			const verdicts = attempts.map((a) => a.steps[step.id]).filter((v) => v !== undefined);
			return {
				procedure,
				step,
				chances: verdicts.length,
				performed: verdicts.filter(doneCleanly).length,
				onTimeInOrder: verdicts.filter((v) => v === 'performed').length,
			};
		});
	});
}

/**
 * The steps most worth revisiting: the lowest share performed (then the lowest share on
 * time and in order), among steps the learner had a chance at and did not always do well.
 */
export function weakestSteps(mastery: readonly StepMastery[], count = 3): StepMastery[] {
	const share = (n: number, of: number) => n / of;
	return mastery
		.filter((m) => m.chances > 0 && m.onTimeInOrder < m.chances)
		.sort(
			(x, y) =>
				share(x.performed, x.chances) - share(y.performed, y.chances) ||
				share(x.onTimeInOrder, x.chances) - share(y.onTimeInOrder, y.chances) ||
				y.chances - x.chances,
		)
		.slice(0, count);
}

/** Attempts at role-plays the site no longer offers: kept, counted, not shown per role-play. */
export function retiredAttempts(catalogue: Catalogue, progress: Progress): number {
	const known = new Set(catalogue.scenarios.map((s) => s.id));
	return progress.attempts.filter((a) => !known.has(a.scenarioId)).length;
}
