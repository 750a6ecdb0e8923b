import { z } from 'astro/zod';
import { idSchema, linkUrlSchema, proseSchema } from './shared.ts';
import { rolePlayCardsSchema } from './role-play-cards.ts';

/**
 * A role-play, written by a trainer as content/scenarios/<id>.yaml.
 * The structure is checked here; the graph and its links to the procedure
 * (unknown step ids, unreachable nodes, no perfect path, …) are checked by
 * the scenario linter in src/engine, which has the procedure to hand.
 */

/** A change to the simulation state, applied when a choice is made. */
export const effectSchema = z
	.strictObject({
		trust: z
			.number({ error: 'must be a number' })
			.min(-100)
			.max(100)
			.default(0)
			.describe("How much the customer's trust changes, from -100 to 100 (trust itself stays between 0 and 100)."),
		time: z
			.number({ error: 'must be a number' })
			.min(0, { error: 'cannot be negative: time only moves forward' })
			.default(0)
			.describe("How much time passes, in the scenario's clock unit (see clock.unit). Use it where the procedure cares about timing."),
	})
	.describe('The effect of a choice: trust change and time passing.');

/** Something the customer only tells you when asked the right question. */
export const hiddenFactSchema = z.strictObject({
	id: idSchema,
	fact: proseSchema('What the customer knows but will not volunteer.', 300),
	revealedBy: proseSchema('What the learner must do to bring it out, e.g. "an open question about the impact".', 200),
});

export const personaSchema = z
	.strictObject({
		name: proseSchema("The customer's name as shown in the conversation.", 60),
		situation: proseSchema('Who they are and what has happened to them, in two or three sentences.', 600),
		mood: proseSchema('How they feel at the start, e.g. "angry, and tired of repeating herself".', 120),
		hiddenFacts: z.array(hiddenFactSchema).default([]).describe('Facts the customer reveals only when asked the right question.'),
	})
	.describe('The customer the learner is talking to.');

export const choiceSchema = z
	.strictObject({
		id: idSchema,
		text: proseSchema('What the learner says or does, in their words, e.g. "Ask what happened when the engineer arrived".', 400),
		step: idSchema.optional().describe('The id of the procedure step (or check) this choice performs, if any.'),
		pitfalls: z.array(idSchema).default([]).describe('Ids of the procedure pitfalls this choice commits, if any.'),
		effect: effectSchema.default({ trust: 0, time: 0 }),
		reveals: z.array(idSchema).default([]).describe('Ids of persona.hiddenFacts that this choice brings out.'),
		feedback: proseSchema('The consequence: what the customer does next and why, tied to the step. Shown after the choice in practice mode.', 700),
		next: idSchema.describe('The id of the next node, or of an ending.'),
	})
	.describe('One option the learner can take at a node.');

export const nodeSchema = z
	.strictObject({
		id: idSchema,
		speaker: z.enum(['customer', 'colleague', 'narrator']).describe('Who speaks: "customer", "colleague" or "narrator" (for what happens).'),
		speakerName: proseSchema('Optional name shown for a colleague, e.g. "Priya, engineering team leader".', 80).optional(),
		text: proseSchema(
			'What is said or what happens at this point. In chat role-plays each paragraph (a blank line between) is one message; in email role-plays the text is the body of the email.',
			900,
		),
		subject: proseSchema('Optional subject line of an email, shown on the message card (email role-plays).', 120).optional(),
		facilitatorPrompt: proseSchema('Optional question a trainer can put to the room at this point.', 400).optional(),
		choices: z
			.array(choiceSchema)
			.min(2, { error: 'needs at least 2 choices: a node with one choice is not a decision' })
			.max(4, { error: 'has more than 4 choices: keep it to 2–4 so the decision stays readable' })
			.describe('The 2–4 options the learner chooses between.'),
	})
	.describe('A decision point in the conversation.');

/** Bounds on the state; an ending with `when` is reached as soon as the state meets it. */
export const conditionSchema = z
	.strictObject({
		trustBelow: z.number().min(0).max(100).optional().describe('Reached when trust falls below this value.'),
		trustAtLeast: z.number().min(0).max(100).optional().describe('Reached when trust is at least this value.'),
		timeAtLeast: z.number().min(0).optional().describe('Reached when at least this much time has passed.'),
	})
	.refine((c) => c.trustBelow !== undefined || c.trustAtLeast !== undefined || c.timeAtLeast !== undefined, {
		error: 'needs at least one of trustBelow, trustAtLeast or timeAtLeast',
		params: { fix: 'write the threshold that ends the role-play, e.g. when: { trustBelow: 15 }, or remove the "when:" line.' },
	})
	.describe('State thresholds, e.g. { trustBelow: 15 } for a customer who hangs up.');

export const outcomeSchema = z
	.enum(['recovered', 'partly-recovered', 'lost'])
	.describe('"recovered" (the customer stays), "partly-recovered" (stays, unhappy), or "lost" (leaves, complains publicly, …).');

/** The same place in the story, told for a play that scored in another band. */
export const endingVariantSchema = z
	.strictObject({
		title: proseSchema('A short title for this outcome, e.g. "Dana stays, for now".', 100),
		text: proseSchema('What happens to the customer and the business when the play reaches this ending in this band.', 900),
	})
	.describe('The ending as told for a play that scored in this band.');

export const endingSchema = z
	.strictObject({
		id: idSchema,
		title: proseSchema('A short title for the outcome, e.g. "Dana stays, and says so".', 100),
		outcome: outcomeSchema.describe(
			'The outcome this ending is written for: "recovered", "partly-recovered" or "lost". It is the score band a play must reach here to see this text.',
		),
		text: proseSchema('What happens to the customer and the business in this ending.', 900),
		otherwise: z
			.strictObject({
				recovered: endingVariantSchema.optional(),
				'partly-recovered': endingVariantSchema.optional(),
				lost: endingVariantSchema.optional(),
			})
			.default({})
			.describe(
				'The same ending told for the other bands a play can reach it in, keyed by outcome, e.g. "lost: { title, text }". A play always shows the one outcome its score earns; the linter names any band a play can reach here without a text.',
			),
		when: conditionSchema
			.optional()
			.describe('Optional thresholds checked after every choice: the first ending whose thresholds are met ends the role-play at once.'),
	})
	.describe('How the role-play can end.');

export const scenarioSchema = z
	.strictObject({
		id: idSchema,
		title: proseSchema('The role-play title.', 100),
		summary: proseSchema('One or two sentences for the role-play list.', 400),
		procedure: idSchema.describe('The id of the procedure this role-play practises (a file name in content/procedures/).'),
		failureKinds: z
			.array(idSchema)
			.min(1, { error: 'needs at least one kind' })
			.describe('Ids from content/failure-kinds.yaml: which kinds of service failure the role-play contains.'),
		difficulty: z.enum(['easy', 'medium', 'hard']).describe('"easy", "medium" or "hard".'),
		minutes: z.int({ error: 'must be a whole number' }).min(1).max(90).describe('Estimated minutes to play, 1 to 90.'),
		setting: z
			.strictObject({
				industry: proseSchema('The industry, e.g. "Broadband".', 60),
				channel: z.enum(['phone', 'counter', 'email', 'chat']).describe('"phone", "counter", "email" or "chat".'),
				startsAt: z
					.string()
					.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time of day as HH:MM, e.g. "09:40"' })
					.optional()
					.describe('Optional time of day the conversation starts, as HH:MM, e.g. "09:40". Messages then show their time (start + time passed).'),
			})
			.describe('Where the conversation happens.'),
		persona: personaSchema,
		cards: rolePlayCardsSchema.optional(),
		objectives: z
			.array(proseSchema('One learning objective, starting with a verb.', 200))
			.min(1, { error: 'needs at least one objective' })
			.describe('What the learner practises, as short sentences starting with a verb.'),
		policyLinks: z
			.array(
				z.strictObject({
					title: proseSchema('The link text, e.g. "Our refunds policy".', 120),
					url: linkUrlSchema,
				}),
			)
			.max(6, { error: 'has more than 6 links: keep the ones a learner needs' })
			.default([])
			.describe("Optional links to your organisation's own policies, shown beside the role-play."),
		facilitatorNotes: proseSchema('Notes for a trainer running this in a workshop: what to watch for, what to discuss.', 2000),
		clock: z
			.strictObject({
				unit: z.enum(['minutes', 'hours', 'days']).describe('The unit of effect.time: "minutes", "hours" or "days".'),
				deadlines: z
					.record(z.string(), z.number().min(0))
					.default({})
					.describe('Step id → latest time it can be performed on time, e.g. { notify-customer: 4 }. Later counts as late.'),
			})
			.default({ unit: 'minutes', deadlines: {} })
			.describe('How time is counted, and by when timed steps must happen.'),
		initialTrust: z.number().min(0).max(100).default(50).describe("The customer's trust at the start, 0 to 100."),
		start: idSchema.describe('The id of the first node.'),
		nodes: z.array(nodeSchema).min(1, { error: 'needs at least one node' }).describe('The decision points of the conversation.'),
		endings: z.array(endingSchema).min(2, { error: 'needs at least 2 endings' }).describe('The ways the role-play can end (at least 2).'),
	})
	.describe('A role-play scenario.');

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Effect = z.infer<typeof effectSchema>;
export type Condition = z.infer<typeof conditionSchema>;
