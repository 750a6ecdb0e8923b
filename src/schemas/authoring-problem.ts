/**
 * What every check of authored content reports, and the one way it is printed. Schema
 * errors (friendly-errors.ts), the role-play linter (src/engine/lint.ts), drill and
 * cross-reference checks all produce an AuthoringProblem; the build, `npm run
 * lint:scenarios` and the studio all print it with formatProblem, so an author reads the
 * same words everywhere. Pure: no YAML, no Astro, no file system.
 */

export type Severity = 'error' | 'warning';

/** A place in a file's data, e.g. ['nodes', 3, 'choices', 1, 'next']. */
export type DataPath = readonly (string | number)[];

export interface AuthoringProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** 1-based line of the faulty field, when it can be located (see yaml-position.ts). */
	line?: number | undefined;
	/** The place in words, ids rather than indexes: `node "the-drops", choice "offer-new-router", next`; empty for the whole file. */
	where: string;
	/** The same place as data, for finding its line; absent when the problem is about the whole file. */
	path?: DataPath | undefined;
	/** What is wrong, as a sentence that follows the place. */
	message: string;
	/** What to type or change. */
	fix: string;
	/** Errors stop the build; warnings are printed. Absent means error. */
	severity?: Severity | undefined;
	/** The linter's rule id (src/engine/lint-types.ts), when a lint rule found it. */
	rule?: string | undefined;
}

export const isWarning = (problem: AuthoringProblem): boolean => problem.severity === 'warning';
export const isError = (problem: AuthoringProblem): boolean => !isWarning(problem);

/**
 * One problem as the block of text every tool prints:
 *
 *     error [dangling-next]: content/scenarios/x.yaml, line 236, node "accounts", choice "ask", next: leads to …
 *     Fix: set next: to …
 */
export function formatProblem(problem: AuthoringProblem): string {
	const label = `${problem.severity ?? 'error'}${problem.rule ? ` [${problem.rule}]` : ''}`;
	const place = [problem.file, problem.line ? `line ${problem.line}` : undefined, problem.where || undefined].filter(Boolean).join(', ');
	return `${label}: ${place}: ${problem.message}\nFix: ${problem.fix}`;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One file's verdict and its problems, as `npm run lint:scenarios` prints it and the build
 * prints it when it stops:
 *
 *     ✗ content/scenarios/x.yaml: 1 error, 0 warnings
 *
 *       error [dangling-next]: content/scenarios/x.yaml, line 236, …
 *       Fix: …
 */
export function formatFileReport(file: string, problems: readonly AuthoringProblem[]): string {
	const errors = problems.filter(isError).length;
	const head = `${errors > 0 ? '✗' : '✓'} ${file}: ${count(errors, 'error')}, ${count(problems.length - errors, 'warning')}`;
	return [head, ...problems.map((problem) => `  ${formatProblem(problem).replaceAll('\n', '\n  ')}`)].join('\n\n');
}

/** Problems in any number of files, one report per file in the order first met. */
export function formatProblems(problems: readonly AuthoringProblem[]): string {
	const files = [...new Set(problems.map((problem) => problem.file))];
	return files
		.map((file) =>
			formatFileReport(
				file,
				problems.filter((problem) => problem.file === file),
			),
		)
		.join('\n\n');
}

/** What one item of a list is called in a message, by the list's field name. */
const ITEM_NOUNS: Record<string, string> = {
	nodes: 'node',
	choices: 'choice',
	endings: 'ending',
	hiddenFacts: 'hidden fact',
	checks: 'check',
	steps: 'step',
	pitfalls: 'pitfall',
	principles: 'principle',
	items: 'item',
	doneWell: 'item',
	routes: 'route',
	questions: 'question',
	options: 'option',
};

/** "choice" for the list "choices": what one item of a list is called. */
export function itemNoun(list: string | undefined): string {
	if (list === undefined) return 'entry';
	return ITEM_NOUNS[list] ?? list.replace(/s$/, '');
}

function idOf(value: unknown): string | undefined {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const id = (value as Record<string, unknown>)['id'];
	return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

function child(value: unknown, part: string | number): unknown {
	return value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
}

/**
 * A data path in the words an author uses: an item of a list that has an id is named by
 * it (`node "the-drops", choice "offer-new-router", feedback`); one without an id keeps
 * its index, counted from 0 (`policyLinks[1].url`).
 */
export function placeOf(path: DataPath, data: unknown): string {
	const segments: string[] = [];
	let keys: string[] = [];
	let current = data;
	for (const part of path) {
		const next = child(current, part);
		if (typeof part === 'number') {
			const list = keys.pop();
			const id = idOf(next);
			if (id !== undefined) {
				if (keys.length > 0) segments.push(keys.join('.'));
				segments.push(`${itemNoun(list)} "${id}"`);
				keys = [];
			} else keys.push(`${list ?? ''}[${part}]`);
		} else keys.push(part);
		current = next;
	}
	if (keys.length > 0) segments.push(keys.join('.'));
	return segments.join(', ');
}

/** Edit distance between two words, ignoring case. */
function distance(a: string, b: string): number {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	const row = Array.from({ length: y.length + 1 }, (_, i) => i);
	for (let i = 1; i <= x.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= y.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (x[i - 1] === y[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[y.length]!;
}

/**
 * The option an author probably meant by a misspelt `value`: two edits away at most (one
 * for short words), and nearer than any other option, so a guess is never a coin toss.
 */
export function didYouMean(value: string, options: readonly string[]): string | undefined {
	const most = value.length <= 4 ? 1 : 2;
	const [best, next] = options.map((option) => ({ option, d: distance(value, option) })).sort((a, b) => a.d - b.d);
	if (!best || best.d === 0 || best.d > most || (next && next.d === best.d)) return undefined;
	return best.option;
}

/** "set step: to one of: a, b, c." with "did you mean …?" in front when one is close. */
export function oneOf(field: string, value: string, options: readonly string[], where = ''): string {
	const guess = didYouMean(value, options);
	const list = options.length > 0 ? options.join(', ') : '(none yet)';
	return `${guess ? `did you mean "${guess}"? ` : ''}${guess ? 'S' : 's'}et ${field} to one of: ${list}${where ? ` ${where}` : ''}.`;
}
