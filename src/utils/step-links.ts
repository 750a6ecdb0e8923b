import type { Procedure } from '../schemas/procedure.ts';
import { stepAnchor } from '../engine/procedure.ts';

export interface StepLink {
	href: string;
	label: string;
}

/**
 * Where the debrief sends a learner to revisit a missed step: the lesson that teaches the
 * procedure when there is one (its StepList renders the steps), else the procedure card,
 * which shows every check and step. `toUrl` adds the deploy base.
 */
export function stepLinks(
	procedure: Pick<Procedure, 'id' | 'checks' | 'steps'>,
	lesson: { id: string; title: string } | undefined,
	toUrl: (path: string) => string,
): Record<string, StepLink> {
	const links: Record<string, StepLink> = {};
	for (const part of ['checks', 'steps'] as const) {
		for (const step of procedure[part]) {
			const anchor = stepAnchor(procedure.id, part, step.id);
			links[step.id] =
				lesson && part === 'steps'
					? { href: `${toUrl(`lessons/${lesson.id}/`)}#${anchor}`, label: `Revisit “${step.title}” in the lesson “${lesson.title}”` }
					: { href: `${toUrl(`procedures/${procedure.id}/`)}#${anchor}`, label: `Revisit “${step.title}” on the procedure card` };
		}
	}
	return links;
}
