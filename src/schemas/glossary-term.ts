import { z } from 'astro/zod';
import { flagRepeatedIds, idSchema, proseSchema, sourcedProseSchema } from './shared.ts';

/**
 * One entry of content/glossary.yaml. Lessons link key terms to it with
 * <Term id="…">; the glossary page gives each term the anchor "term-<id>".
 */
export const glossaryTermSchema = z
	.strictObject({
		id: idSchema.describe(
			'A stable id in lowercase words joined by hyphens, e.g. "open-question". Lessons link to it with <Term id="open-question">, so change it only together with them.',
		),
		term: proseSchema('The term as it is written in a sentence, e.g. "open question".', 60),
		definition: sourcedProseSchema('What the term means here, in one to three plain sentences.', 500),
		step: idSchema.optional().describe('Optional: the id of the procedure step or check where the term matters most (from content/procedures/).'),
		lesson: idSchema.optional().describe('Optional: the id of the lesson that teaches the term (its file name in content/lessons/ without ".mdx").'),
	})
	.describe('A glossary term: id, term, definition, and optionally the step and lesson it belongs to.');

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The whole glossary file: a list with unique ids and unique terms. */
export const glossaryListSchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
	flagRepeatedIds(terms, ctx, { at: (index) => [index], noun: 'term', fix: 'give each term an id of its own.' });
	const names = new Set<string>();
	terms.forEach((entry, index) => {
		const name = entry.term.toLowerCase();
		if (names.has(name))
			ctx.addIssue({
				code: 'custom',
				path: [index, 'term'],
				message: `"${entry.term}" is already defined earlier in the file`,
				params: { fix: 'keep one definition of each term and delete the other.' },
			});
		names.add(name);
	});
});
