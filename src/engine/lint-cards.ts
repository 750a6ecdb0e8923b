import type { Context } from './lint-types.ts';

/** Rules about the printed role-play cards: the right facts on each card, written to the person who holds it. */

/** Words only, lower case: "Room 14, sea view." and "room 14 sea view" read the same. */
const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

export function checkCards({ scenario, report }: Context): void {
	const cards = scenario.cards;
	if (!cards) return;
	cards.agent.forEach((known, index) => {
		for (const fact of scenario.persona.hiddenFacts) {
			if (!words(known).includes(words(fact.fact))) continue;
			report(
				'agent-card-gives-away-fact',
				['cards', 'agent', index],
				`repeats hidden fact "${fact.id}", which the customer keeps back until the agent earns it.`,
				`take it off the agent's card, or, if the agent should know it from the start, remove "${fact.id}" from persona.hiddenFacts.`,
			);
		}
	});
	if (!/\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b/i.test(cards.customer.replace(/[’]/g, "'"))) {
		report(
			'customer-card-not-to-customer',
			['cards', 'customer'],
			'does not speak to the person playing the customer: it never says "you".',
			`write it in the second person, e.g. "You are ${scenario.persona.name}. You booked…".`,
			'warning',
		);
	}
}
