import type { Pitfall, Procedure } from '../schemas/procedure.ts';
import { orderedSteps } from './procedure.ts';

/** A pitfall with where it comes from, for lists that gather pitfalls across procedures. */
export interface PitfallSource {
	pitfall: Pitfall;
	procedureId: string;
	procedureTitle: string;
	stepId: string;
	stepTitle: string;
	part: 'checks' | 'steps';
}

/** Every pitfall of every procedure, with its step. */
export function allPitfalls(procedures: readonly Pick<Procedure, 'id' | 'shortTitle' | 'checks' | 'steps'>[]): PitfallSource[] {
	return procedures.flatMap((procedure) =>
		orderedSteps(procedure).flatMap((step) =>
			step.pitfalls.map((pitfall) => ({
				pitfall,
				procedureId: procedure.id,
				procedureTitle: procedure.shortTitle,
				stepId: step.id,
				stepTitle: step.title,
				part: procedure.checks.includes(step) ? ('checks' as const) : ('steps' as const),
			})),
		),
	);
}

/** The pitfalls with these ids, in the order asked for; ids no procedure has are left out (see pitfallProblems). */
export function pickPitfalls(all: readonly PitfallSource[], ids: readonly string[]): PitfallSource[] {
	return ids.flatMap((id) => all.filter((source) => source.pitfall.id === id));
}
