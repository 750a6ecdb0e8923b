import { describe, expect, test } from 'vitest';
import { formatProblem, parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { glossaryListSchema } from '../../../src/schemas/glossary-term.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';
import { loadGlossary, loadQuizzes } from '../content/load-content.ts';

const FILE = 'content/quizzes/demo.yaml';
const first = (schema: Parameters<typeof parseYaml>[0], text: string, file = FILE) => {
	const result = parseYaml(schema, text, file);
	return result.ok ? undefined : formatProblem(result.problems[0]!);
};

const option = (id: string, correct = false) =>
	`      - id: ${id}\n        text: Answer ${id}\n${correct ? '        correct: true\n' : ''}        feedback: Because ${id}.\n`;
const question = (id: string, options: string) => `  - id: ${id}\n    prompt: Question ${id}?\n    options:\n${options}`;
const quizText = (...questions: string[]) => `id: demo\nquestions:\n${questions.join('')}`;
const good = (id: string) => question(id, option('a', true) + option('b'));

describe('the real knowledge checks and glossary parse', () => {
	test('every quiz has 3–5 questions, each with exactly one correct answer and feedback on every option', () => {
		const quizzes = loadQuizzes();
		expect(quizzes.length).toBeGreaterThan(0);
		for (const { quiz } of quizzes) {
			expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
			for (const q of quiz.questions) expect(q.options.filter((o) => o.correct)).toHaveLength(1);
		}
	});

	test('the glossary has 15–25 terms, all with definitions', () => {
		const terms = loadGlossary();
		expect(terms.length).toBeGreaterThanOrEqual(15);
		expect(terms.length).toBeLessThanOrEqual(25);
	});
});

describe('a broken knowledge check names the line, the field and the fix', () => {
	test('a valid quiz parses, with correct defaulting to false and steps to none', () => {
		const result = parseYaml(quizSchema, quizText(good('q1'), good('q2'), good('q3')), FILE);
		expect(result.ok && result.data.questions[0]).toMatchObject({ steps: [], options: [{ correct: true }, { correct: false }] });
	});

	test('no option marked correct', () => {
		expect(first(quizSchema, quizText(good('q1'), question('q2', option('a') + option('b')), good('q3')))).toBe(
			'error: content/quizzes/demo.yaml, line 15, question "q2", options: has 0 options marked correct: true.\nFix: mark exactly one option with correct: true; the knowledge check has one right answer per question.',
		);
	});

	test('two options marked correct', () => {
		expect(first(quizSchema, quizText(question('q1', option('a', true) + option('b', true)), good('q2'), good('q3')))).toBe(
			'error: content/quizzes/demo.yaml, line 5, question "q1", options: has 2 options marked correct: true.\nFix: mark exactly one option with correct: true; the knowledge check has one right answer per question.',
		);
	});

	test('too few questions', () => {
		expect(first(quizSchema, quizText(good('q1'), good('q2')))).toBe(
			'error: content/quizzes/demo.yaml, line 2, questions: needs at least 3 questions.\nFix: add 1 more question under "questions:", with id, prompt and options.',
		);
	});

	test('an option without feedback', () => {
		const noFeedback = `      - id: b\n        text: Answer b\n`;
		expect(first(quizSchema, quizText(question('q1', option('a', true) + noFeedback), good('q2'), good('q3')))).toBe(
			'error: content/quizzes/demo.yaml, line 10, question "q1", option "b", feedback: is missing.\nFix: add "feedback:" to this option, followed by why this answer is right or wrong, shown once the learner checks it. Explain; do not just say "wrong".',
		);
	});

	test('two options of a question with one id', () => {
		expect(first(quizSchema, quizText(question('q1', option('a', true) + option('a', false)), good('q2'), good('q3')))).toBe(
			'error: content/quizzes/demo.yaml, line 10, question "q1", option "a", id: "a" is used by an earlier option.\nFix: give each option of a question an id of its own.',
		);
	});

	test('two questions with one id', () => {
		expect(first(quizSchema, quizText(good('q1'), good('q1'), good('q3')))).toBe(
			'error: content/quizzes/demo.yaml, line 13, question "q1", id: "q1" is used by an earlier question.\nFix: give each question an id of its own.',
		);
	});
});

describe('a broken glossary names the line, the field and the fix', () => {
	const term = (id: string, name = id) => `- id: ${id}\n  term: ${name}\n  definition: What ${name} means.\n`;

	test('a repeated id', () => {
		expect(first(glossaryListSchema, term('goodwill') + term('goodwill', 'good will'), 'content/glossary.yaml')).toBe(
			'error: content/glossary.yaml, line 4, entry "goodwill", id: "goodwill" is used by an earlier term.\nFix: give each term an id of its own.',
		);
	});

	test('a term defined twice', () => {
		expect(first(glossaryListSchema, term('goodwill') + term('good-will', 'Goodwill'), 'content/glossary.yaml')).toBe(
			'error: content/glossary.yaml, line 5, entry "good-will", term: "Goodwill" is already defined earlier in the file.\nFix: keep one definition of each term and delete the other.',
		);
	});

	test('a misspelt field', () => {
		expect(first(glossaryListSchema, `${term('goodwill')}  lessn: service-failure-basics\n`, 'content/glossary.yaml')).toBe(
			'error: content/glossary.yaml, line 4, entry "goodwill", lessn: is not a field here.\nFix: did you mean "lesson"? Rename "lessn:" to "lesson:". The fields allowed here are: id, term, definition, step, lesson.',
		);
	});
});
