import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { didYouMean, type AuthoringProblem } from './authoring-problem.ts';
import { problemFromIssue } from './issue-problem.ts';
import { bidiControlProblems } from './safe-text.ts';
import type { ZodLike } from './schema-walk.ts';
import { linesOf } from './yaml-position.ts';

/**
 * Turns YAML text into validated data, or into problems an author can act on: each
 * names the file, the line of the faulty field, the place by ids, what is wrong, and
 * what to type. Pure: no Astro, no file system. The loaders, the CLI and the studio call it.
 */

// The problem type and its one formatter live in authoring-problem.ts; they are re-exported
// here because parseYaml is where most callers first meet them.
export { formatProblem, formatProblems, type AuthoringProblem } from './authoring-problem.ts';

export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: AuthoringProblem[] };

/** A YAML syntax error: the line it is on and what to do. */
function syntaxProblem(doc: ReturnType<typeof parseDocument>, counter: LineCounter, text: string, file: string): AuthoringProblem {
	const error = doc.errors[0]!;
	const line = counter.linePos(error.pos[0]).line;
	if (error.code === 'DUPLICATE_KEY') {
		const lineText = text.split('\n')[line - 1];
		const key = lineText
			?.split(':')[0]
			?.replace(/^[\s-]*/, '')
			.trim();
		return {
			file,
			line,
			where: '',
			message: `the field "${key}" appears twice in the same group.`,
			fix: `keep one of the two "${key}:" lines and delete the other.`,
		};
	}
	const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
	return {
		file,
		line,
		where: '',
		message: `the YAML cannot be read (${firstLine}).`,
		fix: 'check the indentation on this line and the one above (fields of one group start in the same column, with spaces, not tabs), and put text that contains ": " or starts with a quote mark inside quotes.',
	};
}

/**
 * A misspelt field gives two problems: the misspelling "is not a field here", and the real
 * field "is missing". The first already says "did you mean …?", so the second is dropped.
 */
function withoutEchoes(problems: AuthoringProblem[]): AuthoringProblem[] {
	const parentOf = (problem: AuthoringProblem) => JSON.stringify(problem.path?.slice(0, -1));
	const misspelt = problems.filter((problem) => problem.message === 'is not a field here.');
	return problems.filter((problem) => {
		if (problem.message !== 'is missing.' || !problem.path) return true;
		const field = String(problem.path.at(-1));
		return !misspelt.some((other) => parentOf(other) === parentOf(problem) && didYouMean(String(other.path?.at(-1)), [field]) === field);
	});
}

/** Parses YAML text and validates it; never throws for bad input. */
export function parseYaml<S extends z.ZodType>(schema: S, text: string, file: string): ParseResult<z.output<S>> {
	// Invisible direction controls anywhere in the file (text, keys, comments) are refused first.
	const hidden = bidiControlProblems(text, file);
	if (hidden.length > 0) return { ok: false, problems: hidden };
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) return { ok: false, problems: [syntaxProblem(doc, counter, text, file)] };
	const data: unknown = doc.toJS();
	const result = schema.safeParse(data);
	if (result.success) return { ok: true, data: result.data };
	const context = { schema: schema as unknown as ZodLike, data, lineOf: linesOf(doc, counter), file };
	return { ok: false, problems: withoutEchoes(result.error.issues.flatMap((issue) => problemFromIssue(issue, context))) };
}
