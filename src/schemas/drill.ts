import { z } from 'astro/zod';
import { parseYaml, type ParseResult } from './friendly-errors.ts';
import { drillKindSchema, type DrillKind } from './drill-common.ts';
import { orderDrillSchema } from './drill-order.ts';
import { classifyDrillSchema } from './drill-classify.ts';
import { openOrClosedDrillSchema } from './drill-open-or-closed.ts';
import { routeDrillSchema } from './drill-route.ts';

/** The schema for each kind of drill file. */
export const drillSchemas = {
	order: orderDrillSchema,
	classify: classifyDrillSchema,
	'open-or-closed': openOrClosedDrillSchema,
	route: routeDrillSchema,
} satisfies Record<DrillKind, z.ZodType>;

/** Any drill file: the content collection's schema (and its type). */
export const drillSchema = z.discriminatedUnion('kind', [orderDrillSchema, classifyDrillSchema, openOrClosedDrillSchema, routeDrillSchema]);

export type Drill = z.infer<typeof drillSchema>;

const kindOnly = z.looseObject({ kind: drillKindSchema });

/**
 * Parses a drill file in two passes: first its `kind`, then the whole file against that
 * kind's schema. A union schema would report problems without the field descriptions
 * (the fix an author sees); one schema per kind keeps the fixes specific.
 */
export function parseDrill(text: string, file: string): ParseResult<Drill> {
	const head = parseYaml(kindOnly, text, file);
	if (!head.ok) return head;
	return parseYaml(drillSchemas[head.data.kind] as z.ZodType<Drill>, text, file);
}
