import { readdir, readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { lint, type LintProblem } from '../engine/lint.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { failureKindListSchema } from '../schemas/failure-kind.ts';
import { parseYaml, type AuthoringProblem } from '../schemas/friendly-errors.ts';
import { procedureSchema, type Procedure } from '../schemas/procedure.ts';
import { scenarioSchema, type Scenario } from '../schemas/scenario.ts';

/**
 * Checks of scenario files that need other files: the procedure a scenario names and
 * the list of failure kinds. Shared by the content loader (so `astro build` fails on a
 * broken scenario) and by scripts/lint-scenarios.ts (so an author can check one file).
 * This is the file-reading layer; the rules themselves are pure, in src/engine/lint.ts.
 *
 * Runs under Astro and under plain Node 24 (type stripping): relative imports keep
 * their .ts extension and only erasable TypeScript is used.
 */

export type Severity = 'error' | 'warning';

/** An authoring problem that may only be a warning. */
export interface CheckedProblem extends AuthoringProblem {
	severity: Severity;
	/** The lint rule id, when the problem comes from the linter. */
	rule?: string;
}

export const PROCEDURES_DIR = `${CONTENT_DIR}/procedures`;
export const SCENARIOS_DIR = `${CONTENT_DIR}/scenarios`;
export const FAILURE_KINDS_FILE = `${CONTENT_DIR}/failure-kinds.yaml`;

const asErrors = (problems: readonly AuthoringProblem[]): CheckedProblem[] => problems.map((p) => ({ ...p, severity: 'error' }));

/** The loaders require each entry's id to be its file name; the CLI checks the same. */
export function idFileNameProblem(id: string, fileName: string, file: string): AuthoringProblem | undefined {
	const expected = fileName.replace(/\.yaml$/, '');
	if (id === expected) return undefined;
	return { file, where: 'id', message: `is "${id}" but the file is named "${fileName}".`, fix: `rename the file to "${id}.yaml", or set id: ${expected}.` };
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
		return {
			ok: false,
			problems: [
				{
					file: usedIn,
					where: 'procedure',
					message: `is "${id}", but there is no ${file}.`,
					fix: `use one of: ${known.join(', ') || '(no procedures yet)'} (the file names in ${PROCEDURES_DIR}/ without ".yaml").`,
				},
			],
		};
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

/** 1-based line of the item with this id in a top-level list (nodes, endings), or of a choice in a node. */
function lineOfItem(text: string, problem: LintProblem): number | undefined {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter });
	const findById = (list: unknown, id: string): YamlNode | undefined => {
		if (!isSeq(list)) return undefined;
		return list.items.find((item): item is YamlNode => isMap(item) && isScalar(item.get('id', true)) && item.get('id') === id) as YamlNode | undefined;
	};
	let target: YamlNode | undefined;
	if (problem.node !== undefined) {
		const node = findById(doc.get('nodes', true), problem.node);
		target = (problem.choice !== undefined && isMap(node) ? findById(node.get('choices', true), problem.choice) : undefined) ?? node;
	} else if (problem.ending !== undefined) {
		target = findById(doc.get('endings', true), problem.ending);
	}
	return target?.range ? counter.linePos(target.range[0]).line : undefined;
}

/** A lint problem in the shape the build and the CLI print: "file, line N, node "x": message\nFix: fix". */
export function fromLintProblem(problem: LintProblem, text?: string): CheckedProblem {
	const where = problem.node !== undefined ? `node "${problem.node}"` : problem.ending !== undefined ? `ending "${problem.ending}"` : '';
	const line = text === undefined ? undefined : lineOfItem(text, problem);
	return { file: problem.file, line, where, message: problem.message, fix: problem.fix, severity: problem.severity, rule: problem.rule };
}

/** Lints a parsed scenario against the procedure it names. `text`, when given, adds line numbers. */
export async function checkScenario(scenario: Scenario, file: string, root: URL, text?: string): Promise<CheckedProblem[]> {
	const procedure = await loadProcedure(root, scenario.procedure, file);
	if (!procedure.ok) return asErrors(procedure.problems);
	const failureKinds = await loadFailureKindIds(root);
	return lint(scenario, procedure.data, file, failureKinds ? { failureKinds } : {}).map((problem) => fromLintProblem(problem, text));
}

/** Everything wrong with one scenario file: YAML and schema problems, its name, then the linter. */
export async function checkScenarioFile(root: URL, file: string): Promise<CheckedProblem[]> {
	const text = await readFile(new URL(file, root), 'utf8');
	const parsed = parseYaml(scenarioSchema, text, file);
	if (!parsed.ok) return asErrors(parsed.problems);
	const misnamed = idFileNameProblem(parsed.data.id, file.split('/').at(-1)!, file);
	return [...(misnamed ? asErrors([misnamed]) : []), ...(await checkScenario(parsed.data, file, root, text))];
}
