import { getCollection } from 'astro:content';
import type { Drill } from '../schemas/drill.ts';
import { classifyChoiceDrill, openOrClosedChoiceDrill, orderItems, routeChoiceDrill, type OrderItem } from '../engine/drills/build.ts';
import type { ChoiceDrill } from '../engine/drills/choice.ts';
import { AuthoringFailure } from '../loaders/authoring-failure.ts';
import { getFailureKinds, getLessons, getProcedure } from './content.ts';

/** Content look-ups for the drill pages. */

export async function getDrills(): Promise<Drill[]> {
	return (await getCollection('drills')).map((entry) => entry.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * The lesson a drill goes with: one that lists the drill in its `drills` frontmatter,
 * else the one that teaches the drill's procedure. Lessons are still being written, so
 * there may be none; the pages then link to the lesson list.
 */
export async function lessonForDrill(drill: Drill) {
	const lessons = await getLessons();
	return (
		lessons.find((lesson) => lesson.data.drills.includes(drill.id)) ??
		(drill.procedure ? lessons.find((lesson) => lesson.data.procedure === drill.procedure) : undefined)
	);
}

/** What the drill's island needs, worked out at build time. */
export type DrillIsland = { kind: 'order'; items: OrderItem[] } | { kind: 'choice'; drill: ChoiceDrill };

export async function drillIsland(drill: Drill): Promise<DrillIsland> {
	const usedIn = `content/drills/${drill.id}.yaml (field "procedure")`;
	switch (drill.kind) {
		case 'order':
			return { kind: 'order', items: orderItems(drill, await getProcedure(drill.procedure, usedIn)) };
		case 'classify':
			return { kind: 'choice', drill: classifyChoiceDrill(drill, await getFailureKinds()) };
		case 'open-or-closed':
			return { kind: 'choice', drill: openOrClosedChoiceDrill(drill) };
		case 'route': {
			const step = (await getProcedure(drill.procedure, usedIn)).steps.find((s) => s.id === drill.step);
			// The loader has already checked this; the guard keeps the types honest.
			if (!step?.routes)
				throw new AuthoringFailure([
					{
						file: `content/drills/${drill.id}.yaml`,
						where: 'step',
						message: `is "${drill.step}", but that step has no routes to choose between.`,
						fix: 'set step: to a step with "routes:".',
					},
				]);
			return { kind: 'choice', drill: routeChoiceDrill(drill, step.routes) };
		}
	}
}
