import { z } from 'astro/zod';
import { drillFields, itemIdSchema, relatedProcedureSchema, uniqueItemIds } from './drill-common.ts';
import { proseSchema, sourcedProseSchema } from './shared.ts';

/** One question a new member of staff might ask, to be judged open or closed. */
export const questionItemSchema = z
	.strictObject({
		id: itemIdSchema,
		situation: proseSchema('The moment the question is asked, in a sentence, e.g. "A customer says their order arrived damaged."', 300),
		question: proseSchema('The question as staff would say it, without quotation marks.', 300),
		type: z.enum(['open', 'closed']).describe('"open" if it invites the customer to tell it their way; "closed" if yes, no or one fact answers it.'),
		explanation: proseSchema('Why the question is open or closed, and what that does to the conversation.', 600),
		betterVersion: proseSchema('For a closed question: an open question that would bring out more, without quotation marks.', 300).optional(),
		closedFits: sourcedProseSchema(
			'For a closed question: when a closed question like this one is the right tool, e.g. pinning down a date once the customer has told the story. The sources do not say when closed questions fit, so this is usually added guidance.',
			400,
		).optional(),
	})
	.describe('A question: id, situation, question, type, explanation, and for closed ones betterVersion and closedFits.');

/** "Open or closed?": the learner judges each question, then sees a better version of closed ones. */
export const openOrClosedDrillSchema = z
	.strictObject({
		...drillFields('open-or-closed'),
		procedure: relatedProcedureSchema.optional(),
		question: proseSchema('The question asked about every item, e.g. "Is this question open or closed?"', 160),
		itemLabel: proseSchema('What one item is called in "Question 2 of 10", e.g. "Question".', 30),
		openMeans: proseSchema('A hint under the "Open" option: what makes a question open.', 160),
		closedMeans: proseSchema('A hint under the "Closed" option: what makes a question closed.', 160),
		items: z.array(questionItemSchema).min(1, { error: 'needs at least one question' }).describe('The questions, in the order they are asked.'),
	})
	.superRefine((drill, ctx) => {
		uniqueItemIds(drill, ctx);
		drill.items.forEach((item, index) => {
			if (item.type !== 'closed') return;
			for (const field of ['betterVersion', 'closedFits'] as const) {
				if (item[field] !== undefined) continue;
				ctx.addIssue({
					code: 'custom',
					path: ['items', index, field],
					message: `is missing: a closed question needs ${field === 'betterVersion' ? 'a better, open version' : 'a note on when a closed question is right'}`,
					params: {
						fix:
							field === 'betterVersion'
								? 'add "betterVersion:" with an open question that would bring out more.'
								: 'add "closedFits:" saying when a closed question like this is the right tool, e.g. confirming a date in step 3.',
					},
				});
			}
		});
	});

export type OpenOrClosedDrill = z.infer<typeof openOrClosedDrillSchema>;
