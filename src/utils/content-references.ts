import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { orderedSteps } from '../engine/procedure.ts';
import { glossaryReferenceProblems, lessonReferenceProblems, quizReferenceProblems } from '../engine/references.ts';
import { stepNoteProblems } from '../engine/step-notes.ts';
import { AuthoringFailure } from '../loaders/authoring-failure.ts';
import type { AuthoringProblem } from '../schemas/authoring-problem.ts';

/**
 * Stops the build when a lesson, knowledge check or glossary term names something that
 * does not exist. The rules are pure (src/engine/references.ts); this gathers the ids.
 * Called by the pages that rely on the references: lessons, the course map, the glossary.
 */
export async function assertContentReferences(): Promise<void> {
	const [lessons, procedures, scenarios, quizzes, glossary, drills] = await Promise.all([
		getCollection('lessons'),
		getCollection('procedures'),
		getCollection('scenarios'),
		getCollection('quizzes'),
		getCollection('glossary'),
		getCollection('drills'),
	]);
	const procedureSteps = procedures.map((entry) => ({ id: entry.id, steps: orderedSteps(entry.data).map((step) => step.id) }));
	const known = { procedures: procedures.map((entry) => entry.id), scenarios: scenarios.map((entry) => entry.id), drills: drills.map((entry) => entry.id) };
	const procedureParts = procedures.map((entry) => ({ id: entry.id, steps: entry.data.steps.map((s) => s.id), checks: entry.data.checks.map((s) => s.id) }));
	const lessonFile = (lesson: (typeof lessons)[number]) => lesson.filePath ?? `content/lessons/${lesson.id}.mdx`;
	const lessonTexts = await Promise.all(lessons.map((lesson) => readFile(lessonFile(lesson), 'utf8')));
	const problems: AuthoringProblem[] = [
		...lessons.flatMap((lesson) => lessonReferenceProblems(lessonFile(lesson), lesson.data, known)),
		...lessons.flatMap((lesson, index) => stepNoteProblems(lessonFile(lesson), lessonTexts[index]!, procedureParts)),
		...quizzes.flatMap((quiz) =>
			quizReferenceProblems(
				quiz.filePath ?? `content/quizzes/${quiz.id}.yaml`,
				quiz.data,
				lessons.map((lesson) => ({ id: lesson.id, procedure: lesson.data.procedure })),
				procedureSteps,
			),
		),
		...glossaryReferenceProblems(
			'content/glossary.yaml',
			glossary.map((entry) => entry.data),
			lessons.map((lesson) => lesson.id),
			procedureSteps,
		),
	];
	if (problems.length > 0) throw new AuthoringFailure(problems);
}
