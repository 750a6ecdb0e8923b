import { formatProblem, type AuthoringProblem } from '../../schemas/friendly-errors.ts';
import type { LintProblem, LintSeverity } from '../lint-types.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/**
 * The studio's one adapter to the project's message formatters: every message the
 * studio shows is text from `formatProblem`, the formatter the build and the CLI print
 * with, so the studio, the build and `npm run lint:scenarios` say the same thing.
 */

export interface StudioMessage {
	severity: LintSeverity;
	/** The linter's rule id; undefined for YAML and schema problems. */
	rule?: string | undefined;
	/** 1-based line the message belongs on. */
	line: number;
	/** "error [unknown-step]" or "error": the label the CLI prints before the text. */
	label: string;
	/** The formatted message, as the CLI prints it: "file, line N, where: message\nFix: fix". */
	text: string;
	node?: string | undefined;
	ending?: string | undefined;
}

function message(
	problem: AuthoringProblem,
	severity: LintSeverity,
	rule?: string,
	ids: { node?: string | undefined; ending?: string | undefined } = {},
): StudioMessage {
	const label = rule ? `${severity} [${rule}]` : severity;
	// The CLI's line is "label: text"; the studio shows the label apart.
	const text = formatProblem({ ...problem, severity, ...(rule ? { rule } : {}) }).slice(label.length + 2);
	return { severity, rule, line: problem.line ?? 1, label, text, ...ids };
}

/** A YAML or schema problem (already located by friendly-errors.ts). */
export function fromSchemaProblem(problem: AuthoringProblem): StudioMessage {
	return message(problem, 'error');
}

/** The node or ending a data path is inside, by id, so the map can flag it. */
function idsOf(problem: LintProblem, scenario: Scenario): { node?: string | undefined; ending?: string | undefined } {
	const [list, index] = problem.path ?? [];
	if (typeof index !== 'number') return {};
	if (list === 'nodes') return { node: scenario.nodes[index]?.id };
	if (list === 'endings') return { ending: scenario.endings[index]?.id };
	return {};
}

/** A lint problem, on the line of the field it is about (the linter gives its data path; `locate` found the line). */
export function fromLintProblem(problem: LintProblem, scenario: Scenario): StudioMessage {
	const authoring: AuthoringProblem = { ...problem, line: problem.line ?? 1 };
	return message(authoring, problem.severity, problem.rule, idsOf(problem, scenario));
}

/** "label: text", one message as the CLI prints it. */
export function messageBlock(message: StudioMessage): string {
	return `${message.label}: ${message.text}`;
}
