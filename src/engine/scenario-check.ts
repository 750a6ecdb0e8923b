import type { AuthoringProblem } from '../schemas/authoring-problem.ts';
import { oneOf } from '../schemas/authoring-problem.ts';
import { parseYaml } from '../schemas/friendly-errors.ts';
import type { Procedure } from '../schemas/procedure.ts';
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts';
import { locate } from '../schemas/yaml-position.ts';
import { lint } from './lint.ts';

/**
 * Everything wrong with a role-play, from its YAML text: schema problems first, then the
 * linter's, each with the line of its faulty field. Pure, so the same function serves the
 * build and `npm run lint:scenarios` (through src/loaders/content-checks.ts, which reads
 * the files) and the studio in the browser (which has the procedures to hand). Print the
 * result with formatProblem (src/schemas/authoring-problem.ts).
 */

export interface ScenarioSources {
	/** The procedure with this id, or undefined when there is none. */
	procedure: (id: string) => Procedure | undefined;
	/** Ids of every procedure, for the fix when the one named does not exist. */
	procedureIds: readonly string[];
	/** Ids in content/failure-kinds.yaml; when absent, failureKinds are not checked. */
	failureKinds?: readonly string[] | undefined;
	/** Where the procedures live, as the fix names it. */
	proceduresDir?: string;
}

/** The role-play names a procedure that does not exist. */
export function unknownProcedureProblem(id: string, known: readonly string[], file: string, proceduresDir = 'content/procedures'): AuthoringProblem {
	return {
		file,
		where: 'procedure',
		path: ['procedure'],
		message: `is "${id}", but there is no ${proceduresDir}/${id}.yaml.`,
		fix: oneOf('procedure:', id, known, `(the file names in ${proceduresDir}/ without ".yaml")`),
	};
}

/** The linter's problems for a parsed role-play, with lines found in its text. */
export function lintScenario(scenario: Scenario, file: string, text: string, sources: ScenarioSources): AuthoringProblem[] {
	const procedure = sources.procedure(scenario.procedure);
	if (!procedure) return locate([unknownProcedureProblem(scenario.procedure, sources.procedureIds, file, sources.proceduresDir)], text);
	return locate(lint(scenario, procedure, file, sources.failureKinds ? { failureKinds: sources.failureKinds } : {}), text);
}

/** Everything wrong with a role-play's YAML text. */
export function checkScenarioText(text: string, file: string, sources: ScenarioSources): AuthoringProblem[] {
	const parsed = parseYaml(scenarioSchema, text, file);
	return parsed.ok ? lintScenario(parsed.data, file, text, sources) : parsed.problems;
}
