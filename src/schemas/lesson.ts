import { z } from 'astro/zod';
import { idSchema, proseSchema } from './shared.ts';

/** Frontmatter of a lesson in content/lessons/*.mdx. */
export const lessonSchema = z.strictObject({
	title: proseSchema('The lesson title, shown as its heading and in the course map.', 100),
	summary: proseSchema('One or two sentences: what the learner will be able to do after it.', 400),
	objectives: z
		.array(proseSchema('One learning objective, starting with a verb, e.g. "Ask open questions".', 200))
		.min(1, { error: 'needs at least one objective' })
		.describe('What the learner will be able to do, as a list of short sentences starting with a verb.'),
	minutes: z
		.int({ error: 'must be a whole number' })
		.min(1)
		.max(60)
		.describe("Reading time in whole minutes (1 to 60): the lesson's words divided by 200, rounded up or down. A test over the built page checks it."),
	order: z.int({ error: 'must be a whole number' }).min(1).describe('Position in the course, from 1.'),
	procedure: idSchema.optional().describe('The id of the procedure in content/procedures/ this lesson teaches, if any.'),
	relatedScenarios: z.array(idSchema).default([]).describe('Ids of the role-plays in content/scenarios/ that practise this lesson.'),
	assessedBy: z
		.array(idSchema)
		.default([])
		.describe('Ids of role-plays (also listed in relatedScenarios) that the certificate requires at or above the pass band.'),
	drills: z.array(idSchema).default([]).describe('Ids of the practice drills that go with this lesson (see /drills/).'),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
