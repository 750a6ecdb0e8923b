import { z } from 'astro/zod';
import { drillFields, itemIdSchema, uniqueItemIds } from './drill-common.ts';
import { idSchema, proseSchema } from './shared.ts';

/** One complaint summary; the learner picks who confirms the facts. */
export const routeItemSchema = z
	.strictObject({
		id: itemIdSchema,
		complaint: proseSchema('The complaint in a sentence or two, as it reaches you.', 400),
		route: idSchema.describe(
			'Which route is right, as the route\'s issue in lowercase words joined by hyphens: e.g. "technical-issue" for the route "Technical issue" in the step\'s routes.',
		),
		explanation: proseSchema('Why that route, in a sentence or two: shown after the learner answers.', 600),
	})
	.describe('A complaint: id, complaint, route and explanation.');

/**
 * "Route the fact-finding". The options are NOT in this file: they are built from the
 * `routes` of the procedure step it names, so the drill follows the procedure.
 */
export const routeDrillSchema = z
	.strictObject({
		...drillFields('route'),
		procedure: idSchema.describe('The id of the procedure whose step has the routes (a file name in content/procedures/ without ".yaml").'),
		step: idSchema.describe('The id of the step in that procedure whose "routes" give the options, e.g. "confirm-facts-with-staff".'),
		question: proseSchema('The question asked about every complaint, e.g. "Who do you confirm the facts with?"', 160),
		itemLabel: proseSchema('What one item is called in "Complaint 2 of 10", e.g. "Complaint".', 30),
		wrongOrder: proseSchema('Shown when the learner picks the right people in the wrong order (an option built for routes with more than one contact).', 400),
		items: z.array(routeItemSchema).min(1, { error: 'needs at least one complaint' }).describe('The complaints, in the order they are asked.'),
	})
	.superRefine(uniqueItemIds);

export type RouteDrill = z.infer<typeof routeDrillSchema>;
