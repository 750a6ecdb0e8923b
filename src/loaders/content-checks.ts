import { readdir, readFile } from 'node:fs/promises';
import { lintScenario, unknownProcedureProblem } from '../engine/scenario-check.ts';
import { CONTENT_DIR } from './content-dir.ts';
import type { AuthoringProblem } from '../schemas/authoring-problem.ts';
import { failureKindListSchema } from '../schemas/failure-kind.ts';
import { parseYaml } from '../schemas/friendly-errors.ts';
import { locate } from '../schemas/yaml-position.ts';
import { procedureSchema, type Procedure } from '../schemas/procedure.ts';
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts';

/**
 * Checks of scenario files that need other files: the procedure a scenario names and
 * the list of failure kinds. Shared by the content loader (so `astro build` fails on a
 * broken scenario) and by scripts/lint-scenarios.ts (so an author can check one file).
 * This is the file-reading layer; the checks themselves are pure, in
 * src/engine/scenario-check.ts (which the studio calls too) and src/engine/lint.ts.
 *
 * Runs under Astro and under plain Node 24 (type stripping): relative imports keep
 * their .ts extension and only erasable TypeScript is used.
 */

export const PROCEDURES_DIR = `${CONTENT_DIR}/procedures`;
export const SCENARIOS_DIR = `${CONTENT_DIR}/scenarios`;
export const FAILURE_KINDS_FILE = `${CONTENT_DIR}/failure-kinds.yaml`;

/** The loaders require each entry's id to be its file name; the CLI checks the same. */
export function idFileNameProblem(id: string, fileName: string, file: string): AuthoringProblem | undefined {
	const expected = fileName.replace(/\.yaml$/, '');
	if (id === expected) return undefined;
	return {
		file,
		where: 'id',
		path: ['id'],
		message: `is "${id}" but the file is named "${fileName}".`,
		fix: `rename the file to "${id}.yaml", or set id: ${expected}.`,
	};
}

/** Entries a directory loader reads: `*.yaml`, minus drafts whose names start with "_". Missing directory: none. */
export async function yamlEntries(directory: URL): Promise<string[]> {
	try {
		return (await readdir(directory)).filter((name) => name.endsWith('.yaml') && !name.startsWith('_')).sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

type Loaded<T> = { ok: true; data: T } | { ok: false; problems: AuthoringProblem[] };

/**
 * Every scenario names a procedure, and a large site has hundreds of scenarios over three
 * procedures, so each procedure is parsed once (docs/decisions/build-speed.md). The cache is
 * keyed by the file's text, so an edited procedure (in dev, or between CLI runs) is read afresh.
 */
const parsedFiles = new Map<string, { text: string; parsed: unknown }>();
function parseOnce<T>(text: string, file: string, parse: () => T): T {
	const hit = parsedFiles.get(file);
	if (hit?.text === text) return hit.parsed as T;
	const parsed = parse();
	parsedFiles.set(file, { text, parsed });
	return parsed;
}

/** The procedure a scenario names, from content/procedures/<id>.yaml. */
export async function loadProcedure(root: URL, id: string, usedIn: string): Promise<Loaded<Procedure>> {
	const file = `${PROCEDURES_DIR}/${id}.yaml`;
	let text: string;
	try {
		text = await readFile(new URL(file, root), 'utf8');
	} catch {
		const known = (await yamlEntries(new URL(`${PROCEDURES_DIR}/`, root))).map((name) => name.replace(/\.yaml$/, ''));
		return { ok: false, problems: [unknownProcedureProblem(id, known, usedIn, PROCEDURES_DIR)] };
	}
	const result = parseOnce(text, file, () => parseYaml(procedureSchema, text, file));
	return result.ok ? { ok: true, data: result.data } : result;
}

/** Known failure-kind ids, or undefined if the file is missing or broken (its own collection reports that). */
export async function loadFailureKindIds(root: URL): Promise<string[] | undefined> {
	try {
		const text = await readFile(new URL(FAILURE_KINDS_FILE, root), 'utf8');
		const result = parseOnce(text, FAILURE_KINDS_FILE, () => parseYaml(failureKindListSchema, text, FAILURE_KINDS_FILE));
		return result.ok ? result.data.map((kind) => kind.id) : undefined;
	} catch {
		return undefined;
	}
}

/** Lints a parsed scenario against the procedure it names, with the lines of the faulty fields in `text`. */
export async function checkScenario(scenario: Scenario, file: string, root: URL, text: string): Promise<AuthoringProblem[]> {
	const procedure = await loadProcedure(root, scenario.procedure, file);
	if (!procedure.ok) return locate(procedure.problems, text, file);
	const failureKinds = await loadFailureKindIds(root);
	return lintScenario(scenario, file, text, {
		procedure: () => procedure.data,
		procedureIds: [procedure.data.id],
		failureKinds,
		proceduresDir: PROCEDURES_DIR,
	});
}

/** Everything wrong with one scenario file: YAML and schema problems, its name, then the linter. */
export async function checkScenarioFile(root: URL, file: string): Promise<AuthoringProblem[]> {
	const text = await readFile(new URL(file, root), 'utf8');
	const parsed = parseYaml(scenarioSchema, text, file);
	if (!parsed.ok) return parsed.problems;
	const misnamed = idFileNameProblem(parsed.data.id, file.split('/').at(-1)!, file);
	return [...(misnamed ? locate([misnamed], text) : []), ...(await checkScenario(parsed.data, file, root, text))];
}
