import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { checkDrillReferences, type DrillProblem } from '../engine/drills/check.ts';
import { parseDrill, type Drill } from '../schemas/drill.ts';
import { formatPath, type AuthoringProblem } from '../schemas/friendly-errors.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { idFileNameProblem, loadFailureKindIds, loadProcedure } from './content-checks.ts';

/**
 * Checks of drill files that need other files (the procedure a drill names, the list
 * of failure kinds). The content loader runs them so a broken reference stops the build
 * with the file, line, field and fix; the rules themselves are pure, in
 * src/engine/drills/check.ts.
 */

export const DRILLS_DIR = `${CONTENT_DIR}/drills`;

/** 1-based line of the value at `path` in a YAML text, if it is there. */
export function lineAt(text: string, path: readonly (string | number)[]): number | undefined {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter });
	const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
	return node?.range ? counter.linePos(node.range[0]).line : undefined;
}

function located(problem: DrillProblem, file: string, text: string): AuthoringProblem {
	return { file, line: lineAt(text, problem.path), where: formatPath(problem.path), message: problem.message, fix: problem.fix };
}

/** Everything wrong with a parsed drill's references. */
export async function checkDrill(drill: Drill, file: string, root: URL, text: string): Promise<AuthoringProblem[]> {
	let procedure;
	if (drill.procedure !== undefined) {
		const loaded = await loadProcedure(root, drill.procedure, file);
		if (!loaded.ok) return loaded.problems.map((problem) => ({ ...problem, line: problem.line ?? lineAt(text, ['procedure']) }));
		procedure = loaded.data;
	}
	const failureKinds = await loadFailureKindIds(root);
	return checkDrillReferences(drill, { ...(procedure ? { procedure } : {}), ...(failureKinds ? { failureKinds } : {}) }).map((problem) => located(problem, file, text));
}

/** Everything wrong with one drill file: YAML and schema problems, its name, then its references. */
export async function checkDrillFile(root: URL, file: string): Promise<AuthoringProblem[]> {
	const text = await readFile(new URL(file, root), 'utf8');
	const parsed = parseDrill(text, file);
	if (!parsed.ok) return parsed.problems;
	const misnamed = idFileNameProblem(parsed.data.id, file.split('/').at(-1)!, file);
	return [...(misnamed ? [misnamed] : []), ...(await checkDrill(parsed.data, file, root, text))];
}
