import { z } from 'astro/zod';
import { idSchema, proseSchema, provenanceSchema, sourcedProseSchema } from './shared.ts';

/** Something the sources warn against while doing a step; role-play choices can commit it. */
export const pitfallSchema = z
	.strictObject({
		id: idSchema,
		status: provenanceSchema,
		title: proseSchema('A short name for the mistake, e.g. "Late notice".', 120),
		description: proseSchema('What the mistake looks like and why it hurts, in a sentence or two.'),
	})
	.describe('A pitfall: the id, status, title and description of one mistake.');

/** For the fact-finding step: which colleague confirms the facts for each kind of issue, in order. */
export const routeSchema = z.strictObject({
	issue: proseSchema('The kind of issue, e.g. "Technical issue".', 120),
	status: provenanceSchema.default('documented'),
	contacts: z
		.array(proseSchema('Who to speak to, as a name that can follow "then" in a sentence, e.g. "The engineer who did the work". The list gives the order.', 200))
		.min(1, { error: 'needs at least one contact' })
		.describe('Who confirms the facts for this kind of issue, in the order to speak to them.'),
});

/** One step (or one before-deciding check) of a procedure. */
export const stepSchema = z
	.strictObject({
		id: idSchema,
		order: z
			.int({ error: 'must be a whole number' })
			.min(1, { error: 'must be 1 or more' })
			.describe('The position of this step in its list, counting from 1 with no gaps.'),
		status: provenanceSchema,
		stage: proseSchema('Optional heading that groups steps, e.g. "Aftermath".', 60).optional(),
		timing: z
			.enum(['as-soon-as-possible', 'well-in-advance'])
			.optional()
			.describe('Set when the source makes timing part of the step: "as-soon-as-possible" or "well-in-advance". Role-plays then track elapsed time for it.'),
		keyStep: z
			.boolean()
			.default(false)
			.describe(
				'true only where the source calls this step the most important of the procedure; role-plays then weight it (see src/engine/scoring-weights.ts).',
			),
		title: proseSchema('The step name, as short as the source gives it, e.g. "Reiterate".', 80),
		summary: proseSchema(
			"What the step asks of the learner, in this project's own words, saying only what the source says (put added advice in doneWell or pitfalls, marked added).",
		),
		doneWell: z
			.array(sourcedProseSchema('One observable sign that the step was done well.', 300))
			.min(1, { error: 'needs at least one item' })
			.describe('What doing the step well looks like: a list of observable behaviours.'),
		routes: z.array(routeSchema).optional().describe('Optional escalation routes: who confirms the facts for each kind of issue.'),
		pitfalls: z.array(pitfallSchema).default([]).describe('The mistakes the sources warn against at this step.'),
	})
	.describe('A step: id, order, status, stage, timing, keyStep, title, summary, doneWell, routes and pitfalls.');

export const principleSchema = z.strictObject({
	id: idSchema,
	status: provenanceSchema,
	text: proseSchema('A rule that holds throughout the procedure.'),
});

/** Steps must be numbered 1..n in file order so the file reads the way the procedure runs. */
function checkOrder(list: readonly { order: number }[], field: string, ctx: z.RefinementCtx) {
	list.forEach((step, index) => {
		if (step.order !== index + 1) {
			ctx.addIssue({
				code: 'custom',
				path: [field, index, 'order'],
				message: `is ${step.order}, but this is item ${index + 1} of ${field}`,
				params: { fix: `set order: ${index + 1}. Number the list 1, 2, 3… in the order it is written, with no gaps.` },
			});
		}
	});
}

/**
 * How the source orders a part: "in-order" (each item after the ones listed before it),
 * "by-stage" (the stages come in the order listed; inside a stage, any order), or
 * "any-order". Role-plays score only the order a source gives.
 */
export const sequenceSchema = z
	.enum(['in-order', 'by-stage', 'any-order'])
	.describe('"in-order", "by-stage" (stages in the order listed, any order inside a stage) or "any-order": only the order the source gives.');

/** A procedure: the ONE source of truth that lessons render and role-plays are scored against. */
export const procedureSchema = z
	.strictObject({
		id: idSchema,
		order: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }).describe('Where this procedure comes in the course, from 1.'),
		title: proseSchema('The full procedure name shown as a page heading.', 100),
		shortTitle: proseSchema('A short name for navigation and tables.', 40),
		summary: proseSchema('One paragraph: what the procedure achieves.'),
		whenToUse: proseSchema('The situations in which a learner should reach for this procedure.'),
		source: z
			.strictObject({
				file: proseSchema('The file name in shared/sources/ that documents this procedure.', 120),
				title: proseSchema('A readable name for that source.', 160),
			})
			.describe('Where the documented steps come from.'),
		principles: z.array(principleSchema).default([]).describe('Rules that hold throughout the procedure.'),
		checks: z.array(stepSchema).default([]).describe('Checks to make before deciding to act (same shape as steps); scored before the steps.'),
		steps: z.array(stepSchema).min(1, { error: 'needs at least one step' }).describe('The procedure steps, in the order they are carried out.'),
		sequence: z
			.strictObject({
				checks: sequenceSchema.default('any-order'),
				steps: sequenceSchema.default('in-order'),
			})
			.default({ checks: 'any-order', steps: 'in-order' })
			.describe('Which order the source gives inside each part. All checks come before all steps either way.'),
	})
	.superRefine((procedure, ctx) => {
		checkOrder(procedure.checks, 'checks', ctx);
		checkOrder(procedure.steps, 'steps', ctx);
		for (const field of ['checks', 'steps'] as const) {
			if (procedure.sequence[field] !== 'by-stage') continue;
			procedure[field].forEach((step, index) => {
				if (step.stage !== undefined) return;
				ctx.addIssue({
					code: 'custom',
					path: [field, index, 'stage'],
					message: `is missing, but sequence.${field} is "by-stage"`,
					params: { fix: `give this step a stage heading, e.g. stage: Aftermath, or set sequence.${field} to "in-order" or "any-order".` },
				});
			});
		}
		const keySteps = [...procedure.checks, ...procedure.steps].filter((step) => step.keyStep);
		if (keySteps.length > 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['steps'],
				message: `has ${keySteps.length} steps marked keyStep: true (${keySteps.map((step) => step.id).join(', ')})`,
				params: { fix: 'mark only the one step the source calls the most important with keyStep: true.' },
			});
		}
		const seen = new Map<string, string>();
		const claim = (id: string, path: (string | number)[], what: string) => {
			const first = seen.get(id);
			if (first) {
				ctx.addIssue({
					code: 'custom',
					path,
					message: `"${id}" is already the id of ${first}`,
					params: { fix: 'give each check, step and pitfall an id of its own, e.g. by adding a word to this one.' },
				});
			} else seen.set(id, what);
		};
		for (const field of ['checks', 'steps'] as const) {
			procedure[field].forEach((step, i) => {
				claim(step.id, [field, i, 'id'], field === 'checks' ? 'a check' : 'a step');
				step.pitfalls.forEach((pitfall, j) =>
					claim(pitfall.id, [field, i, 'pitfalls', j, 'id'], `a pitfall of ${field === 'checks' ? 'check' : 'step'} "${step.id}"`),
				);
			});
		}
	});

export type Procedure = z.infer<typeof procedureSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Pitfall = z.infer<typeof pitfallSchema>;
