import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { AuthoringProblem, DataPath } from './authoring-problem.ts';

/**
 * The one place that turns a data path into a line of the YAML file an author wrote.
 * A field is found at its key (`next:`), not at its value, so a block value (`text: >-`)
 * or a list under its key still points at the line that names it. A path that is not in
 * the file (a missing field) falls back to the nearest enclosing field or list item, and
 * at the top level to the first line of the data.
 */

export type LineOf = (path: DataPath) => number | undefined;

/** A finder over one parsed document: parse once, look up many paths. */
export function linesOf(doc: Document, counter: LineCounter): LineOf {
	const lineAt = (offset: number) => counter.linePos(offset).line;
	return (path) => {
		for (let depth = path.length; depth > 0; depth--) {
			const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
			const part = path[depth - 1];
			if (isMap(parent)) {
				const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
				if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
			} else if (isSeq(parent) && typeof part === 'number') {
				const item: unknown = parent.items[part];
				const range = item !== null && typeof item === 'object' && 'range' in item ? (item.range as [number, number, number] | undefined) : undefined;
				if (range) return lineAt(range[0]);
			}
		}
		// A field missing at the top level: the top of the file.
		const top = doc.contents?.range;
		return path.length > 0 && top ? lineAt(top[0]) : undefined;
	};
}

/** A finder over YAML text. */
export function yamlLines(text: string): LineOf {
	const counter = new LineCounter();
	return linesOf(parseDocument(text, { lineCounter: counter, uniqueKeys: false }), counter);
}

/**
 * Gives each problem that has a data path, but no line yet, the line of that path in
 * `text`. With `file`, only that file's problems: a problem in another file (a broken
 * procedure a role-play names) keeps its own place.
 */
export function locate<P extends AuthoringProblem>(problems: readonly P[], text: string, file?: string): P[] {
	const wanted = (problem: P) =>
		problem.line === undefined && problem.path !== undefined && problem.path.length > 0 && (file === undefined || problem.file === file);
	if (!problems.some(wanted)) return [...problems];
	const lineOf = yamlLines(text);
	return problems.map((problem) => {
		if (!wanted(problem)) return problem;
		const line = lineOf(problem.path!);
		return line === undefined ? problem : { ...problem, line };
	});
}
