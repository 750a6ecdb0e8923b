import { z } from 'astro/zod';
import { drillFields, itemIdSchema, uniqueItemIds, relatedProcedureSchema } from './drill-common.ts';
import { idSchema, proseSchema } from './shared.ts';

/** One incident to classify as a kind of service failure. */
export const classifyItemSchema = z
	.strictObject({
		id: itemIdSchema,
		industry: proseSchema('The industry the incident comes from, e.g. "Rail travel".', 60),
		incident: proseSchema('What happened, in one or two sentences, as the customer experienced it.', 400),
		answer: idSchema.describe('The id of the kind of service failure this incident is, from content/failure-kinds.yaml, e.g. "late-or-slow".'),
		explanation: proseSchema('Why it is that kind, in a sentence or two: shown after the learner answers.', 600),
	})
	.describe('An incident: id, industry, incident, answer and explanation.');

/** "Classify the failure": the options are the kinds in content/failure-kinds.yaml. */
export const classifyDrillSchema = z
	.strictObject({
		...drillFields('classify'),
		procedure: relatedProcedureSchema.optional(),
		question: proseSchema('The question asked about every incident, e.g. "Which kind of service failure is this?"', 160),
		itemLabel: proseSchema('What one item is called in "Incident 2 of 10", e.g. "Incident".', 30),
		items: z.array(classifyItemSchema).min(1, { error: 'needs at least one incident' }).describe('The incidents, in the order they are asked.'),
	})
	.superRefine(uniqueItemIds);

export type ClassifyDrill = z.infer<typeof classifyDrillSchema>;
