import type { Procedure } from '../../schemas/procedure.ts';
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';
import { parseYaml } from '../../schemas/friendly-errors.ts';
import { lint, type LintProblem } from '../lint.ts';
import { locate } from '../../schemas/yaml-position.ts';
import { fromLintProblem, fromSchemaProblem, type StudioMessage } from './messages.ts';
import { placesIn, type Places } from './yaml-places.ts';
import { downloadName } from './drafts.ts';
import { storyMap, type StoryMap } from './story-map.ts';

/**
 * The checks the build makes on a role-play file, run on a draft's text: the YAML, the
 * schema, then the linter against the procedure the draft names. The procedures and the
 * known failure kinds come from the build as data, so the studio needs no file system.
 */

export interface Catalogue {
	procedures: Procedure[];
	failureKinds: string[];
}

export interface DraftCheck {
	/** Sorted by line, errors before warnings on the same line. */
	messages: StudioMessage[];
	errors: number;
	warnings: number;
	/** The validated role-play, once the YAML and the schema accept it. */
	scenario?: Scenario;
	/** The procedure it names, when there is one. */
	procedure?: Procedure;
	/** The raw lint problems (for the map's highlights). */
	lint: LintProblem[];
	/** The line of each node, choice and ending, keyed as on the story map ("node:x", "choice:x/y", "ending:z"). */
	lines: Record<string, number>;
	/** The story as boxes and arrows, once the draft passes the schema. */
	map?: StoryMap;
}

function linesOf(scenario: Scenario, places: Places): Record<string, number> {
	const lines: Record<string, number> = {};
	const put = (key: string, line: number | undefined) => {
		if (line !== undefined && !(key in lines)) lines[key] = line;
	};
	for (const node of scenario.nodes) {
		put(`node:${node.id}`, places.lineOf({ node: node.id }));
		for (const choice of node.choices) put(`choice:${node.id}/${choice.id}`, places.lineOf({ node: node.id, choice: choice.id }));
	}
	for (const ending of scenario.endings) put(`ending:${ending.id}`, places.lineOf({ ending: ending.id }));
	return lines;
}

/** The path the build and the CLI would print for the draft: content/scenarios/<id>.yaml. */
export function draftFile(text: string): string {
	return `content/scenarios/${downloadName(text)}`;
}

/** Rules that leave the story too broken to play through: coverage and play-test wait for them. */
const BLOCKING = new Set(['duplicate-id', 'dangling-next', 'start-not-a-node', 'procedure-mismatch', 'unknown-step', 'unknown-pitfall']);

/** True when every play can be explored: the draft parses, names a procedure, and its structure is sound. */
export function canExplore(check: DraftCheck): check is DraftCheck & { scenario: Scenario; procedure: Procedure } {
	return check.scenario !== undefined && check.procedure !== undefined && !check.lint.some((p) => BLOCKING.has(p.rule));
}

function sorted(messages: StudioMessage[]): StudioMessage[] {
	const rank = (m: StudioMessage) => (m.severity === 'error' ? 0 : 1);
	return [...messages].sort((a, b) => a.line - b.line || rank(a) - rank(b));
}

function summary(
	messages: StudioMessage[],
	rest: Omit<DraftCheck, 'messages' | 'errors' | 'warnings' | 'lines'> & { lines?: Record<string, number> },
): DraftCheck {
	const errors = messages.filter((m) => m.severity === 'error').length;
	return { messages: sorted(messages), errors, warnings: messages.length - errors, lines: {}, ...rest };
}

export function checkDraft(text: string, catalogue: Catalogue, maxStates?: number): DraftCheck {
	const file = draftFile(text);
	const parsed = parseYaml(scenarioSchema, text, file);
	if (!parsed.ok) return summary(parsed.problems.map(fromSchemaProblem), { lint: [] });
	const scenario = parsed.data;
	const procedure = catalogue.procedures.find((p) => p.id === scenario.procedure);
	const places = placesIn(text);
	if (!procedure) {
		const known = catalogue.procedures.map((p) => p.id).join(', ');
		const problem = fromSchemaProblem({
			file,
			line: places.lineOf({ field: 'procedure' }),
			where: 'procedure',
			message: `is "${scenario.procedure}", but there is no content/procedures/${scenario.procedure}.yaml.`,
			fix: `use one of: ${known} (the file names in content/procedures/ without ".yaml").`,
		});
		return summary([problem], { scenario, lint: [], lines: linesOf(scenario, places), map: storyMap(scenario, undefined) });
	}
	const problems = lint(scenario, procedure, file, { failureKinds: catalogue.failureKinds }, maxStates);
	return summary(
		locate(problems, text, file).map((problem) => fromLintProblem(problem, scenario)),
		{ scenario, procedure, lint: problems, lines: linesOf(scenario, places), map: storyMap(scenario, procedure, problems) },
	);
}
