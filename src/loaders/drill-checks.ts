import { readFile } from 'node:fs/promises';
import { checkDrillReferences } from '../engine/drills/check.ts';
import type { AuthoringProblem } from '../schemas/authoring-problem.ts';
import { parseDrill, type Drill } from '../schemas/drill.ts';
import { locate } from '../schemas/yaml-position.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { idFileNameProblem, loadFailureKindIds, loadProcedure } from './content-checks.ts';

/**
 * Checks of drill files that need other files (the procedure a drill names, the list
 * of failure kinds). The content loader runs them so a broken reference stops the build
 * with the file, line, field and fix; the rules themselves are pure, in
 * src/engine/drills/check.ts.
 */

export const DRILLS_DIR = `${CONTENT_DIR}/drills`;

/** Everything wrong with a parsed drill's references. */
export async function checkDrill(drill: Drill, file: string, root: URL, text: string): Promise<AuthoringProblem[]> {
	let procedure;
	if (drill.procedure !== undefined) {
		const loaded = await loadProcedure(root, drill.procedure, file);
		if (!loaded.ok) return locate(loaded.problems, text, file);
		procedure = loaded.data;
	}
	const failureKinds = await loadFailureKindIds(root);
	return locate(checkDrillReferences(drill, { ...(procedure ? { procedure } : {}), ...(failureKinds ? { failureKinds } : {}) }, file), text);
}

/** Everything wrong with one drill file: YAML and schema problems, its name, then its references. */
export async function checkDrillFile(root: URL, file: string): Promise<AuthoringProblem[]> {
	const text = await readFile(new URL(file, root), 'utf8');
	const parsed = parseDrill(text, file);
	if (!parsed.ok) return parsed.problems;
	const misnamed = idFileNameProblem(parsed.data.id, file.split('/').at(-1)!, file);
	return [...(misnamed ? locate([misnamed], text) : []), ...(await checkDrill(parsed.data, file, root, text))];
}
