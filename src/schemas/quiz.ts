import { z } from 'astro/zod';
import { flagRepeatedIds, idSchema, proseSchema } from './shared.ts';

/**
 * A lesson's knowledge check, written as content/quizzes/<lesson-id>.yaml.
 * The structure is checked here; the links to lessons and procedure steps are checked
 * by src/engine/references.ts, which has the other files to hand.
 */

export const quizOptionSchema = z
	.strictObject({
		id: idSchema,
		text: proseSchema('The answer as the learner reads it.', 300),
		correct: z
			.boolean({ error: 'must be true or false' })
			.default(false)
			.describe('true for the one right answer of the question; leave it out (false) for the others.'),
		feedback: proseSchema('Why this answer is right or wrong, shown once the learner checks it. Explain; do not just say "wrong".', 600),
	})
	.describe('One answer a learner can pick: id, text, correct and feedback.');

export const quizQuestionSchema = z
	.strictObject({
		id: idSchema,
		prompt: proseSchema('The question, as the learner reads it.', 400),
		steps: z
			.array(idSchema)
			.default([])
			.describe('Ids of the steps or checks, of the procedure the lesson teaches, that the question tests. The feedback links to them.'),
		options: z
			.array(quizOptionSchema)
			.min(2, { error: 'needs at least 2 options: one question, one answer is not a choice' })
			.max(5, { error: 'has more than 5 options: keep it to 2–5 so the question stays readable' })
			.describe('The 2–5 answers the learner chooses between, exactly one of them with correct: true.'),
	})
	.superRefine((question, ctx) => {
		const correct = question.options.filter((option) => option.correct).length;
		if (correct !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `has ${correct} options marked correct: true`,
				params: { fix: 'mark exactly one option with correct: true; the knowledge check has one right answer per question.' },
			});
		}
		flagRepeatedIds(question.options, ctx, { at: (index) => ['options', index], noun: 'option', fix: 'give each option of a question an id of its own.' });
	})
	.describe('One multiple-choice question: id, prompt, steps and options.');

export const quizSchema = z
	.strictObject({
		id: idSchema.describe(
			'The id of the lesson this knowledge check ends: its file name in content/lessons/ without ".mdx". The quiz file has the same name, with ".yaml".',
		),
		questions: z
			.array(quizQuestionSchema)
			.min(3, { error: 'needs at least 3 questions' })
			.max(5, { error: 'has more than 5 questions: keep the check short (3–5)' })
			.describe('The 3–5 questions of the knowledge check, in the order they are asked.'),
	})
	.superRefine((quiz, ctx) => {
		flagRepeatedIds(quiz.questions, ctx, { at: (index) => ['questions', index], noun: 'question', fix: 'give each question an id of its own.' });
	})
	.describe('A knowledge check: the lesson id and its questions.');

export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
