import { readFileSync, readdirSync } from 'node:fs';
import { formatProblem, parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { glossaryListSchema, type GlossaryTerm } from '../../../src/schemas/glossary-term.ts';
import { lessonSchema, type LessonFrontmatter } from '../../../src/schemas/lesson.ts';
import { procedureSchema, type Procedure } from '../../../src/schemas/procedure.ts';
import { quizSchema, type Quiz } from '../../../src/schemas/quiz.ts';
import { scenarioSchema, type Scenario } from '../../../src/schemas/scenario.ts';

/**
 * The project's real content, read from disk and validated the way the build does, for
 * tests that check the files against each other. A file that does not parse fails loudly.
 */

function load<T>(schema: Parameters<typeof parseYaml>[0], text: string, file: string): T {
	const result = parseYaml(schema, text, file);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n\n'));
	return result.data as T;
}

const yamlIn = (dir: string) =>
	readdirSync(dir)
		.filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
		.sort()
		.map((name) => `${dir}/${name}`);

export interface LessonFile {
	id: string;
	file: string;
	/** The whole .mdx text, frontmatter included. */
	source: string;
	data: LessonFrontmatter;
}

export function loadLessons(): LessonFile[] {
	return readdirSync('content/lessons')
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const file = `content/lessons/${name}`;
			const source = readFileSync(file, 'utf8');
			const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1];
			if (frontmatter === undefined) throw new Error(`${file} has no frontmatter`);
			return { id: name.replace(/\.mdx$/, ''), file, source, data: load<LessonFrontmatter>(lessonSchema, frontmatter, file) };
		});
}

export const loadProcedures = (): Procedure[] => yamlIn('content/procedures').map((file) => load<Procedure>(procedureSchema, readFileSync(file, 'utf8'), file));
export const loadScenarios = (): Scenario[] => yamlIn('content/scenarios').map((file) => load<Scenario>(scenarioSchema, readFileSync(file, 'utf8'), file));
export const loadQuizzes = (): { file: string; quiz: Quiz }[] => yamlIn('content/quizzes').map((file) => ({ file, quiz: load<Quiz>(quizSchema, readFileSync(file, 'utf8'), file) }));
export const loadGlossary = (): GlossaryTerm[] => load<GlossaryTerm[]>(glossaryListSchema, readFileSync('content/glossary.yaml', 'utf8'), 'content/glossary.yaml');

/** Every <StepList …> in an MDX source, with the procedure and part it renders ("steps" unless part="checks"). */
export function stepListsIn(source: string): { procedure: string; part: 'steps' | 'checks' }[] {
	return [...source.matchAll(/<StepList\b([^>]*?)\/?>/g)].map((match) => {
		const attributes = match[1] ?? '';
		return {
			procedure: /\bprocedure="([^"]+)"/.exec(attributes)?.[1] ?? '',
			part: /\bpart="checks"/.test(attributes) ? 'checks' : 'steps',
		};
	});
}
