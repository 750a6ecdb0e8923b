import { didYouMean, oneOf, placeOf, type AuthoringProblem, type DataPath } from '../../schemas/authoring-problem.ts';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Drill } from '../../schemas/drill.ts';
import { routeId } from './build.ts';

/**
 * Checks a drill file's references to other files, which its schema cannot see: the
 * failure kind an incident names, the procedure and step a drill draws on, the route a
 * complaint names. Pure: the loader (src/loaders/drill-checks.ts) reads the files and
 * finds each problem's line from its path.
 */

export interface DrillReferences {
	/** Ids in content/failure-kinds.yaml; when absent (file broken) answers are not checked. */
	failureKinds?: readonly string[];
	/** The procedure the drill names, when it names one and it exists. */
	procedure?: Pick<Procedure, 'id' | 'checks' | 'steps'>;
}

const list = (items: readonly string[]) => items.join(', ');

export function checkDrillReferences(drill: Drill, refs: DrillReferences, file: string): AuthoringProblem[] {
	const problems: AuthoringProblem[] = [];
	const report = (path: DataPath, message: string, fix: string) => problems.push({ file, where: placeOf(path, drill), path, message, fix });
	const { procedure, failureKinds } = refs;
	switch (drill.kind) {
		case 'classify':
			if (!failureKinds) break;
			drill.items.forEach((item, i) => {
				if (failureKinds.includes(item.answer)) return;
				report(
					['items', i, 'answer'],
					`is "${item.answer}", which is not a kind of service failure.`,
					oneOf('answer:', item.answer, failureKinds, '(the ids in content/failure-kinds.yaml)'),
				);
			});
			break;
		case 'order':
			if (procedure && drill.part === 'checks-then-steps' && procedure.checks.length === 0) {
				report(
					['part'],
					`is "checks-then-steps", but procedure "${procedure.id}" has no checks.`,
					'set part: steps, or remove the "part:" line (steps is the default).',
				);
			}
			break;
		case 'route': {
			if (!procedure) break;
			const withRoutes = procedure.steps.filter((step) => step.routes && step.routes.length > 0);
			const step = procedure.steps.find((s) => s.id === drill.step);
			if (!step || !step.routes || step.routes.length === 0) {
				report(
					['step'],
					step
						? `is "${drill.step}", but that step has no routes to choose between.`
						: `is "${drill.step}", but procedure "${procedure.id}" has no step with that id.`,
					withRoutes.length > 0
						? `set step: to a step with "routes:": ${list(withRoutes.map((s) => s.id))}.`
						: `add "routes:" to a step of content/procedures/${procedure.id}.yaml, or name another procedure.`,
				);
				break;
			}
			const known = step.routes.map((route) => ({ id: routeId(route.issue), issue: route.issue }));
			drill.items.forEach((item, i) => {
				if (known.some((route) => route.id === item.route)) return;
				const guess = didYouMean(
					item.route,
					known.map((route) => route.id),
				);
				report(
					['items', i, 'route'],
					`is "${item.route}", but step "${step.id}" has no such route.`,
					`${guess ? `did you mean "${guess}"? Set` : 'set'} route: to one of: ${list(known.map((route) => `${route.id} (for "${route.issue}")`))}.`,
				);
			});
			break;
		}
		case 'open-or-closed':
			break;
	}
	return problems;
}
