import { z } from 'astro/zod';
import { idSchema } from './shared.ts';

/**
 * The learner's progress record (version 3), as kept in the browser and exported to a file.
 * This is the readable specification; the browser checks records with the hand-written
 * src/engine/progress/validate.ts (zod is too big to ship to every page), and
 * test/unit/engine/progress/schema-agreement.test.ts keeps the two in agreement. Do not import
 * this file from client code.
 */

const dateSchema = z.iso.datetime({ offset: true }).describe('A date and time in ISO 8601, e.g. "2026-03-04T14:05:09.000Z".');
const modeSchema = z.enum(['practice', 'assessment']).describe('"practice" (feedback after each choice) or "assessment" (feedback in the debrief).');

const pathSchema = z
	.array(
		z.strictObject({
			nodeId: idSchema.describe('The node where the choice was made.'),
			choiceId: idSchema.describe('The choice made there.'),
		}),
	)
	.max(500)
	.describe('Every choice made, in order, so the role-play can be replayed.');

export const attemptSchema = z
	.strictObject({
		id: idSchema.describe('Unique per attempt (time then randomness); two tabs’ attempts are merged by it.'),
		scenarioId: idSchema.describe('The role-play played (a file name in content/scenarios/).'),
		procedureId: idSchema.describe('The procedure it was scored against.'),
		date: dateSchema.describe('When the role-play ended.'),
		mode: modeSchema,
		path: pathSchema,
		score: z.int().min(0).max(100).describe('The total, 0 to 100, from src/engine/scoring.ts at the time.'),
		band: z.enum(['recovered', 'partly-recovered', 'lost']).describe('The outcome band of the score.'),
		endingId: idSchema.describe('The ending reached.'),
		steps: z
			.record(idSchema, z.enum(['performed', 'done-poorly', 'out-of-order', 'late', 'skipped', 'not-reached']))
			.describe('Step id → verdict for every step scored, so step mastery survives later edits to the role-play.'),
	})
	.describe('One finished role-play.');

const drillScoreSchema = z
	.strictObject({
		correct: z.int().min(0).describe('Questions answered correctly.'),
		total: z.int().min(1).max(1000).describe('Questions in the run.'),
	})
	.refine((s) => s.correct <= s.total, { error: 'correct cannot be more than total' })
	.describe('A drill run: correct answers out of total.');

export const progressSchema = z
	.strictObject({
		version: z.literal(3).describe('The record’s format version; older ones are upgraded when read.'),
		resetAt: dateSchema.nullable().describe('When progress was last cleared or replaced, or null; entries from stale copies before it are not merged back.'),
		lessons: z
			.record(idSchema, z.strictObject({ readAt: dateSchema.describe('When the learner first marked it done.') }))
			.describe('Lessons marked as done, by lesson id.'),
		drills: z
			.record(
				idSchema,
				z.strictObject({
					firstDoneAt: dateSchema.describe('The first run.'),
					lastDoneAt: dateSchema.describe('The latest run.'),
					last: drillScoreSchema,
					best: drillScoreSchema,
				}),
			)
			.describe('Drills done, by drill id.'),
		quizzes: z
			.record(
				idSchema,
				z.strictObject({
					firstDoneAt: dateSchema.describe('The first run.'),
					lastDoneAt: dateSchema.describe('The latest run.'),
					last: drillScoreSchema.describe('The latest run: answers right the first time each question was checked, out of the questions.'),
					best: drillScoreSchema,
					passedAt: dateSchema.nullable().describe('When a run first met the pass mark, or null.'),
				}),
			)
			.describe('Knowledge checks done, by lesson id.'),
		attempts: z.array(attemptSchema).max(5000).describe('Finished role-plays, oldest first.'),
		inProgress: z
			.record(idSchema, z.strictObject({ mode: modeSchema, path: pathSchema, updatedAt: dateSchema.describe('When the last choice was made.') }))
			.describe('Role-plays left part-way, by role-play id; an empty path means there is nothing to resume.'),
	})
	.describe('A learner’s progress, kept in their browser.');

export type ProgressRecord = z.infer<typeof progressSchema>;
