import { placeOf } from '../schemas/authoring-problem.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { checkCards } from './lint-cards.ts';
import { checkChecklist } from './lint-checklist.ts';
import { checkGraph } from './lint-graph.ts';
import { checkPlays } from './lint-plays.ts';
import { checkDeadlines, checkFacts, checkFailureKinds, checkPitfallIds, checkProcedureMatch, checkStepIds } from './lint-references.ts';
import { checkEveryStepPerformed, checkSomethingToDecide } from './lint-scoring.ts';
import { checkDanglingNext, checkDuplicateIds, checkSelfLoops, checkStart } from './lint-structure.ts';
import type { Context, KnownIds, LintProblem, Report } from './lint-types.ts';

/**
 * The scenario linter: what the schema cannot see, because it needs the graph as a
 * whole or the procedure the scenario is scored against. Every problem names the file,
 * the faulty field (by node, choice and ending ids, as a data path the caller turns into
 * a line), what is wrong, and what to type.
 *
 * Errors fail the build; warnings are printed. The warnings are fact-never-revealed,
 * ending-text-never-shown, too-many-plays, customer-card-not-to-customer and the checklist (lint-checklist.ts).
 *
 * Some rules depend on others passing first, so an author sees the cause, not its echoes:
 *   - the graph rules (unreachable-node, dead-end, cycle-without-exit, unreachable-ending)
 *     and the play rules need sound structure: no duplicate-id, dangling-next, self-loop
 *     or start-not-a-node;
 *   - the step rules (unknown-step, unknown-pitfall, unknown-deadline-step, the play rules)
 *     need procedure-mismatch to pass; step-never-performed and step-never-done-well also
 *     need unknown-step and unknown-pitfall to pass;
 *   - the play rules (no-perfect-path, ending bands and trust, early endings) also need
 *     unknown-step and unknown-pitfall to pass.
 */

export { CHECKLIST_RULES, LINT_RULES, type KnownIds, type LintProblem, type LintRule, type LintSeverity } from './lint-types.ts';
export { CHECKLIST } from './lint-checklist.ts';

export function lint(scenario: Scenario, procedure: Procedure, file: string, known: KnownIds = {}, maxStates?: number): LintProblem[] {
	const problems: LintProblem[] = [];
	const report: Report = (rule, path, message, fix, severity = 'error') => {
		problems.push({ severity, rule, file, where: placeOf(path, scenario), ...(path.length > 0 ? { path } : {}), message, fix });
	};
	const context: Context = { scenario, procedure, report };

	const procedureMatches = checkProcedureMatch(context);
	checkFailureKinds(context, known);
	// Each check runs (and reports) even if an earlier one failed.
	const structural = [checkDuplicateIds(context), checkDanglingNext(context), checkSelfLoops(context), checkStart(context)].every(Boolean);
	// Scores computed with misspelt step or pitfall ids would only repeat those errors.
	const referencesOk = procedureMatches && [checkStepIds(context), checkPitfallIds(context)].every(Boolean);
	if (procedureMatches) checkDeadlines(context);
	checkFacts(context);
	checkCards(context);
	if (structural) checkGraph(context);
	// A misspelt step or pitfall id would show here again as a step never performed or never done well.
	if (referencesOk) checkEveryStepPerformed(context);
	checkSomethingToDecide(context);
	if (structural && referencesOk) checkPlays(context, maxStates);
	if (procedureMatches) checkChecklist(context);
	return problems;
}
