import { z } from 'astro/zod';
import { proseSchema } from './shared.ts';

/**
 * The printed role-play cards for live practice in pairs (workshop › Role-play cards): which
 * facts go on which card. The customer's card gets `customer` and the persona's hidden
 * facts (to give only when asked the right way); the agent's card gets `agent`, what the
 * agent has in front of them, and never a hidden fact (the linter checks).
 */
export const rolePlayCardsSchema = z
	.strictObject({
		customer: proseSchema(
			'The customer card\'s situation, written to the person who plays the customer ("You booked room 14 in January…"): who they are and what has happened, as far as they know it. Their hidden facts are added to the card from persona.hiddenFacts.',
			800,
		),
		agent: z
			.array(proseSchema('One thing the agent knows, as they would have it on screen or from a colleague, e.g. "Room 14 is free again on Saturday."', 500))
			.min(1, { error: 'needs at least one fact: what the agent has in front of them' })
			.max(6, { error: 'has more than 6 facts: keep the card to what the agent needs to play' })
			.describe("The facts on the agent's card: the booking, the account, what colleagues have said and what can be offered."),
	})
	.describe('Optional: what each printed role-play card says. Without it the customer card shows persona.situation and the agent card the summary.');

export type RolePlayCards = z.infer<typeof rolePlayCardsSchema>;
