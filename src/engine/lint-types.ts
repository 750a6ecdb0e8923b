import type { AuthoringProblem, DataPath, Severity } from '../schemas/authoring-problem.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario } from '../schemas/scenario.ts';

/** The linter's vocabulary: its rules, what a problem says, and what each check is handed. */

export type LintSeverity = Severity;

export const LINT_RULES = [
	/** The scenario names a different procedure from the one it is checked against. */
	'procedure-mismatch',
	/** failureKinds lists an id not in content/failure-kinds.yaml (only when the known kinds are given). */
	'unknown-failure-kind',
	/** Two nodes, two choices in one node, two endings, a node and an ending, or two hidden facts share an id. */
	'duplicate-id',
	/** A choice's step is not a check or step of the procedure. */
	'unknown-step',
	/** A choice names a pitfall the procedure does not have. */
	'unknown-pitfall',
	/** clock.deadlines names a step the procedure does not have. */
	'unknown-deadline-step',
	/** A choice reveals a fact that is not in persona.hiddenFacts. */
	'unknown-fact',
	/** (warning) A hidden fact that no choice reveals. */
	'fact-never-revealed',
	/** The agent's role-play card (cards.agent) repeats one of the customer's hidden facts. */
	'agent-card-gives-away-fact',
	/** (warning) The customer's role-play card (cards.customer) is not written to the person playing the customer. */
	'customer-card-not-to-customer',
	/** A choice's next is neither a node nor an ending. */
	'dangling-next',
	/** A choice's next is its own node: the learner would see the same moment again. */
	'self-loop',
	/** start is not the id of a node. */
	'start-not-a-node',
	/** No route from the start reaches the node. */
	'unreachable-node',
	/** No ending can be reached from the node: every route leads into a loop that never ends. */
	'dead-end',
	/** Two or more nodes that form a loop with no way out (reported once per loop, at its first node). */
	'cycle-without-exit',
	/** No reachable choice leads to the ending, and its when: thresholds (if any) can never be met. */
	'unreachable-ending',
	/** A documented step of the procedure that no choice performs. */
	'step-never-performed',
	/** A node whose choices all carry the same step, pitfalls and effect. */
	'nothing-to-decide',
	/** A documented step that only choices committing a pitfall perform, so it can never be done well. */
	'step-never-done-well',
	/** No path to an ending scores 100 (found with the exact search of every play). */
	'no-perfect-path',
	/** A play can reach an ending in a band the ending has no text for. */
	'ending-band-unwritten',
	/** (warning) An ending has a text for a band no play reaches it in. */
	'ending-text-never-shown',
	/** A play reaches an ending with a trust the outcome contradicts (e.g. "recovered" at low trust). */
	'ending-trust-contradicts',
	/** A choice ends the conversation before every scored step came up, without a pitfall to name the mistake. */
	'early-ending-without-pitfall',
	/** (warning) The role-play has so many possible plays that the exact checks stopped part-way. */
	'too-many-plays',
] as const;

/** The authoring guide's checklist, as warnings: what makes a role-play good rather than merely sound. */
export const CHECKLIST_RULES = [
	/** (warning) Fewer than 8 decision nodes. */
	'too-few-decisions',
	/** (warning) Fewer than 3 endings. */
	'too-few-endings',
	/** (warning) No ending is written for one of the outcomes recovered, partly-recovered, lost. */
	'outcome-without-ending',
	/** (warning) No ending has a `when` threshold, so the customer can never hang up or walk out. */
	'no-when-ending',
	/** (warning) Fewer than 2 hidden facts. */
	'too-few-hidden-facts',
	/** (warning) Fewer than 3 nodes with a facilitatorPrompt. */
	'too-few-facilitator-prompts',
	/** (warning) The choices commit fewer than half of the procedure's documented pitfalls. */
	'too-few-pitfalls',
	/** (warning) A feedback text opens with a verdict ("Correct!", "Wrong.") instead of a consequence. */
	'verdict-in-feedback',
] as const;

export type LintRule = (typeof LINT_RULES)[number] | (typeof CHECKLIST_RULES)[number];

/** A problem the linter found: an AuthoringProblem that always has its rule and severity. */
export interface LintProblem extends AuthoringProblem {
	severity: LintSeverity;
	rule: LintRule;
}

export interface KnownIds {
	failureKinds?: readonly string[];
}

/**
 * Reports a problem at a place in the scenario's data: the field at fault where there is
 * one (['nodes', 3, 'choices', 1, 'next']), the node or ending (['nodes', 3]), or [] for
 * the whole file. The place is named by ids, and the line is found from the path.
 */
export type Report = (rule: LintRule, path: DataPath, message: string, fix: string, severity?: LintSeverity) => void;

export interface Context {
	scenario: Scenario;
	procedure: Procedure;
	report: Report;
}
