import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { orderedSteps } from '../../../src/engine/procedure.ts';
import { glossaryReferenceProblems, lessonReferenceProblems, pitfallProblems, quizReferenceProblems, termProblem } from '../../../src/engine/references.ts';
import { formatProblem } from '../../../src/schemas/friendly-errors.ts';
import { loadGlossary, loadLessons, loadProcedures, loadQuizzes, loadScenarios } from './load-content.ts';

// The real content, checked against itself with the same rules the build applies, so a
// broken reference shows up in the unit tests too, with the same message.

const lessons = loadLessons();
const procedures = loadProcedures();
const procedureSteps = procedures.map((p) => ({ id: p.id, steps: orderedSteps(p).map((s) => s.id) }));
const known = { procedures: procedures.map((p) => p.id), scenarios: loadScenarios().map((s) => s.id), drills: readdirSync('content/drills').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')) };
const glossary = loadGlossary();

describe('the real content references only things that exist', () => {
	test.each(lessons.map((lesson) => [lesson.file, lesson] as const))('%s: frontmatter', (_file, lesson) => {
		expect(lessonReferenceProblems(lesson.file, lesson.data, known).map(formatProblem)).toEqual([]);
	});

	test.each(lessons.map((lesson) => [lesson.file, lesson] as const))('%s: every <Term id> is in the glossary', (_file, lesson) => {
		const ids = [...lesson.source.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]!);
		const problems = ids.flatMap((id) => termProblem(id, glossary.map((t) => t.id), lesson.file) ?? []);
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test.each(lessons.map((lesson) => [lesson.file, lesson] as const))('%s: every <Pitfalls> id is a pitfall', (_file, lesson) => {
		const ids = [...lesson.source.matchAll(/<Pitfalls\s+ids=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!));
		const pitfalls = procedures.map((p) => ({ id: p.id, pitfalls: orderedSteps(p).flatMap((s) => s.pitfalls.map((x) => x.id)) }));
		expect(pitfallProblems(ids, pitfalls, lesson.file).map(formatProblem)).toEqual([]);
	});

	test.each(loadQuizzes().map(({ file, quiz }) => [file, quiz] as const))('%s', (file, quiz) => {
		expect(`content/quizzes/${quiz.id}.yaml`).toBe(file);
		const problems = quizReferenceProblems(file, quiz, lessons.map((l) => ({ id: l.id, procedure: l.data.procedure })), procedureSteps);
		expect(problems.map(formatProblem)).toEqual([]);
	});

	test('content/glossary.yaml', () => {
		expect(glossaryReferenceProblems('content/glossary.yaml', glossary, lessons.map((l) => l.id), procedureSteps).map(formatProblem)).toEqual([]);
	});
});

describe('the lessons as a course', () => {
	test('are numbered 1, 2, 3… with no gaps or repeats', () => {
		expect(lessons.map((l) => l.data.order).sort((a, b) => a - b)).toEqual(lessons.map((_, i) => i + 1));
	});

	test('each procedure is taught by exactly one lesson, so step links have one place to go', () => {
		for (const procedure of procedures) {
			expect(lessons.filter((l) => l.data.procedure === procedure.id).map((l) => l.id), procedure.id).toHaveLength(1);
		}
	});

	test('each quiz question that names steps is marked against the lesson’s own procedure', () => {
		for (const { quiz } of loadQuizzes()) {
			const lesson = lessons.find((l) => l.id === quiz.id)!;
			const steps = quiz.questions.flatMap((q) => q.steps);
			if (lesson.data.procedure) expect(steps.length, `${quiz.id} links no steps`).toBeGreaterThan(0);
		}
	});
});
