import { z } from 'astro/zod';
import { idSchema, proseSchema } from './shared.ts';

/**
 * What every practice drill file in content/drills/ has, whatever its kind. The kind
 * decides which other fields the file needs (see drill-order.ts, drill-classify.ts,
 * drill-open-or-closed.ts, drill-route.ts); drill.ts picks the schema by `kind`.
 */

export const drillKinds = ['order', 'classify', 'open-or-closed', 'route'] as const;
export type DrillKind = (typeof drillKinds)[number];

export const drillKindSchema = z
	.enum(drillKinds)
	.describe(
		'What sort of drill this is: "order" (put a procedure\'s steps in order), "classify" (name the kind of service failure), "open-or-closed" (spot open and closed questions) or "route" (who confirms the facts).',
	);

/** The fields shared by every kind, with `kind` fixed to one value. */
export function drillFields<K extends DrillKind>(kind: K) {
	return {
		id: idSchema.describe(
			'The drill id, the same as the file name without ".yaml". Lessons and the progress page refer to it, so change it only together with them.',
		),
		kind: z.literal(kind).describe(drillKindSchema.description!),
		order: z
			.int({ error: 'must be a whole number' })
			.min(1, { error: 'must be 1 or more' })
			.describe('Where this drill comes in the list on /drills/, from 1.'),
		title: proseSchema('The drill name, shown as the page heading, e.g. "Classify the failure".', 80),
		practises: proseSchema('One sentence for the drill list: what the learner practises, e.g. "Telling the four kinds of service failure apart."', 200),
		intro: proseSchema('A short introduction shown above the drill: what to do and why it matters.', 600),
	};
}

/** A related procedure (its card is linked from the drill page). */
export const relatedProcedureSchema = idSchema.describe(
	'The id of the procedure this drill goes with (a file name in content/procedures/ without ".yaml"); the drill page links to its card.',
);

/** `items` need ids of their own: they are React keys and, later, what progress is recorded against. */
export function uniqueItemIds(drill: { items: readonly { id: string }[] }, ctx: z.RefinementCtx): void {
	const seen = new Map<string, number>();
	drill.items.forEach((item, index) => {
		const first = seen.get(item.id);
		if (first === undefined) seen.set(item.id, index);
		else
			ctx.addIssue({
				code: 'custom',
				path: ['items', index, 'id'],
				message: `"${item.id}" is already the id of an earlier item`,
				params: { fix: 'give each item an id of its own, e.g. by adding a word to this one.' },
			});
	});
}

export const itemIdSchema = idSchema.describe('A short id for this item, unique in the file, e.g. "late-train".');
