import { z } from 'astro/zod';
import { flagRepeatedIds, idSchema, proseSchema, provenanceSchema } from './shared.ts';

/** One of the four kinds of service failure that the basics source names. */
export const failureKindSchema = z.strictObject({
	id: idSchema,
	order: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }).describe('Position in the list of kinds, from 1.'),
	status: provenanceSchema,
	title: proseSchema('The kind of failure in a few words, e.g. "Late or too slow".', 80),
	summary: proseSchema('One sentence saying what this kind of failure is.'),
	examples: z
		.array(
			z.strictObject({
				industry: proseSchema('The industry the example comes from, e.g. "Parcel delivery".', 60),
				text: proseSchema('One realistic incident of this kind, in a sentence.', 300),
			}),
		)
		.min(1, { error: 'needs at least one example' })
		.describe('Realistic incidents of this kind, from different industries.'),
});

export type FailureKind = z.infer<typeof failureKindSchema>;

/** The whole failure-kinds file: a list with unique ids, in order. */
export const failureKindListSchema = z.array(failureKindSchema).superRefine((kinds, ctx) => {
	flagRepeatedIds(kinds, ctx, { at: (index) => [index], noun: 'kind', fix: 'give each kind an id of its own.' });
	kinds.forEach((kind, index) => {
		if (kind.order !== index + 1)
			ctx.addIssue({
				code: 'custom',
				path: [index, 'order'],
				message: `is ${kind.order}, but this is item ${index + 1}`,
				params: { fix: `set order: ${index + 1}. Number the list 1, 2, 3… in the order it is written.` },
			});
	});
});
