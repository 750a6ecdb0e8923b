import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario } from '../schemas/scenario.ts';

/** The linter's vocabulary: its rules, what a problem says, and what each check is handed. */

export type LintSeverity = 'error' | 'warning';

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
	/** start is not the id of a node. */
	'start-not-a-node',
	/** No route from the start reaches the node. */
	'unreachable-node',
	/** No ending can be reached from the node: every route leads into a loop that never ends. */
	'dead-end',
	/** Nodes that form a loop with no way out (reported once per loop, at its first node). */
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

export type LintRule = (typeof LINT_RULES)[number];

export interface LintProblem {
	severity: LintSeverity;
	rule: LintRule;
	file: string;
	/** The node the problem is in, when it is in one. */
	node?: string;
	/** The choice (within `node`) the problem is in, when it is in one; the message names it too. */
	choice?: string;
	/** The ending the problem is about, when it is about one. */
	ending?: string;
	message: string;
	fix: string;
}

export interface KnownIds {
	failureKinds?: readonly string[];
}

/** "file, node "x": message\nFix: fix" — the same shape as formatProblem in friendly-errors.ts. */
export function formatLintProblem(problem: LintProblem): string {
	const place = [problem.file, problem.node !== undefined ? `node "${problem.node}"` : undefined, problem.ending !== undefined ? `ending "${problem.ending}"` : undefined]
		.filter(Boolean)
		.join(', ');
	return `${place}: ${problem.message}\nFix: ${problem.fix}`;
}

export type Where = { node?: string; choice?: string; ending?: string };

export type Report = (rule: LintRule, where: Where, message: string, fix: string, severity?: LintSeverity) => void;

export interface Context {
	scenario: Scenario;
	procedure: Procedure;
	report: Report;
}
