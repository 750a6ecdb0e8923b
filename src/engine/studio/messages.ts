import { formatProblem, type AuthoringProblem } from '../../schemas/friendly-errors.ts';
import type { LintProblem, LintSeverity } from '../lint-types.ts';
import type { PlaceRef, Places } from './yaml-places.ts';

/**
 * The studio's one adapter to the project's message formatters: every message the
 * studio shows is text from `formatProblem`, the formatter the build and the CLI print
 * with, so the studio, the build and `npm run lint:scenarios` say the same thing.
 * Only the line differs while the linter names a choice rather than its faulty field:
 * the studio points at the field (the `step:`, `next:` or `pitfalls:` line).
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

/** The field a rule is about, inside the node, choice or ending it names (or at the top of the file). */
const fieldOf: Partial<Record<string, string>> = {
	'procedure-mismatch': 'procedure',
	'unknown-failure-kind': 'failureKinds',
	'unknown-step': 'step',
	'unknown-pitfall': 'pitfalls',
	'unknown-fact': 'reveals',
	'unknown-deadline-step': 'clock',
	'dangling-next': 'next',
	'start-not-a-node': 'start',
	// Rules about the whole role-play sit on the procedure it is scored against.
	'step-never-performed': 'procedure',
	'step-never-done-well': 'procedure',
	'no-perfect-path': 'procedure',
	'too-many-plays': 'nodes',
	'fact-never-revealed': 'persona',
};

/** The quoted id a message names for a list item ("names pitfall "x"", "lists "x""), so the message sits on that item's line. */
function itemOf(problem: LintProblem): string | undefined {
	const match = /names pitfall "([^"]+)"|reveals "([^"]+)"|failureKinds lists "([^"]+)"/.exec(problem.message);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function placeOf(problem: LintProblem): PlaceRef {
	return { node: problem.node, choice: problem.choice, ending: problem.ending, field: fieldOf[problem.rule], item: itemOf(problem) };
}

function message(problem: AuthoringProblem, severity: LintSeverity, rule?: string, ids: { node?: string | undefined; ending?: string | undefined } = {}): StudioMessage {
	return {
		severity,
		rule,
		line: problem.line ?? 1,
		label: rule ? `${severity} [${rule}]` : severity,
		text: formatProblem(problem),
		...ids,
	};
}

/** A YAML or schema problem (already located by friendly-errors.ts). */
export function fromSchemaProblem(problem: AuthoringProblem): StudioMessage {
	return message(problem, 'error');
}

/** A lint problem, placed on the line of the field it is about. */
export function fromLintProblem(problem: LintProblem, places: Places): StudioMessage {
	const place = placeOf(problem);
	const line = places.lineOf(place) ?? places.lineOf({ ...place, field: undefined, item: undefined });
	const where = problem.node !== undefined ? `node "${problem.node}"` : problem.ending !== undefined ? `ending "${problem.ending}"` : '';
	const authoring: AuthoringProblem = { file: problem.file, line, where, message: problem.message, fix: problem.fix };
	return message(authoring, problem.severity, problem.rule, { node: problem.node, ending: problem.ending });
}

/** "label: text", one message as the CLI prints it. */
export function messageBlock(message: StudioMessage): string {
	return `${message.label}: ${message.text}`;
}
