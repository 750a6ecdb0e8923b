import { z } from 'astro/zod';
import { drillFields } from './drill-common.ts';
import { idSchema } from './shared.ts';

/**
 * "Put the steps in order". The steps are NOT in this file: they come from the
 * procedure it names (content/procedures/ is the one source of truth), so a drill can
 * never drift from the procedure it practises.
 */
export const orderDrillSchema = z.strictObject({
	...drillFields('order'),
	procedure: idSchema.describe('The id of the procedure whose steps the learner puts in order (a file name in content/procedures/ without ".yaml").'),
	part: z
		.enum(['steps', 'checks-then-steps'])
		.default('steps')
		.describe(
			'Which items to order: "steps" (the procedure\'s steps only) or "checks-then-steps" (its before-deciding checks, then its steps). Defaults to "steps".',
		),
});

export type OrderDrill = z.infer<typeof orderDrillSchema>;
