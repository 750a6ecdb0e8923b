import type { Procedure } from '../../schemas/procedure.ts';
import type { FailureKind } from '../../schemas/failure-kind.ts';
import type { ClassifyDrill } from '../../schemas/drill-classify.ts';
import type { OpenOrClosedDrill } from '../../schemas/drill-open-or-closed.ts';
import type { RouteDrill } from '../../schemas/drill-route.ts';
import type { OrderDrill } from '../../schemas/drill-order.ts';
import { seededShuffle } from '../choice-order.ts';
import { contactsLabel } from '../procedure.ts';
import { sourced, type SourcedText } from '../provenance.ts';

export { contactName, contactsLabel } from '../procedure.ts';
import type { ChoiceDrill, ChoiceExtra, ChoiceOption } from './choice.ts';

/**
 * Build-time: turns drill files, procedures and failure kinds into what the islands
 * need, so the browser gets plain data and one small engine per kind of drill. Nothing
 * here is retyped: step titles, failure kinds and routes come from their own files.
 */

/** One item of an order drill: a check or step of the procedure. */
export interface OrderItem {
	id: string;
	title: string;
	summary: string;
}

/** The items of an order drill, in the procedure's own (correct) order. */
export function orderItems(drill: Pick<OrderDrill, 'part'>, procedure: Pick<Procedure, 'checks' | 'steps'>): OrderItem[] {
	const steps = drill.part === 'checks-then-steps' ? [...procedure.checks, ...procedure.steps] : procedure.steps;
	return steps.map((step) => ({ id: step.id, title: step.title, summary: step.summary }));
}

export function classifyChoiceDrill(drill: ClassifyDrill, kinds: readonly Pick<FailureKind, 'id' | 'title' | 'summary'>[]): ChoiceDrill {
	return {
		id: drill.id,
		question: drill.question,
		itemLabel: drill.itemLabel,
		options: kinds.map((kind) => ({ id: kind.id, label: kind.title, hint: kind.summary })),
		items: drill.items.map((item) => ({
			id: item.id,
			context: item.industry,
			prompt: item.incident,
			answer: item.answer,
			explanation: item.explanation,
			extras: [],
		})),
	};
}

function closedFitsExtra(item: SourcedText): ChoiceExtra {
	const { text, status } = sourced(item);
	return { label: 'When a closed question is right', text, ...(status === 'added' ? { added: true } : {}) };
}

export function openOrClosedChoiceDrill(drill: OpenOrClosedDrill): ChoiceDrill {
	return {
		id: drill.id,
		question: drill.question,
		itemLabel: drill.itemLabel,
		options: [
			{ id: 'open', label: 'Open', hint: drill.openMeans },
			{ id: 'closed', label: 'Closed', hint: drill.closedMeans },
		],
		items: drill.items.map((item) => ({
			id: item.id,
			context: item.situation,
			prompt: item.question,
			spoken: true,
			answer: item.type,
			explanation: item.explanation,
			extras: [
				...(item.betterVersion ? [{ label: 'A better version', text: `“${item.betterVersion}”` }] : []),
				...(item.closedFits ? [closedFitsExtra(item.closedFits)] : []),
			],
		})),
	};
}

/** A route's id, as drill files name it: its issue in lowercase words joined by hyphens ("Technical issue" → "technical-issue"). */
export function routeId(issue: string): string {
	return issue
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The id of the option that names the right people in the wrong order. */
export const reversedRouteId = (id: string) => `${id}-reversed`;

/** What the route drill reads of a step's routes. */
type Routes = readonly { issue: string; contacts: readonly string[] }[];

/**
 * One option per route, plus, for a route with more than one contact, the same people
 * in reverse order: picking it shows that the order matters (team leader before engineer).
 * Shuffled by the drill id so the right answer is not always first.
 */
export function routeOptions(drillId: string, routes: Routes, wrongOrder: string): ChoiceOption[] {
	const options: ChoiceOption[] = [];
	for (const route of routes) {
		const id = routeId(route.issue);
		options.push({ id, label: contactsLabel(route.contacts) });
		if (route.contacts.length > 1) options.push({ id: reversedRouteId(id), label: contactsLabel([...route.contacts].reverse()), mistake: wrongOrder });
	}
	return seededShuffle(drillId, options);
}

export function routeChoiceDrill(drill: RouteDrill, routes: Routes): ChoiceDrill {
	return {
		id: drill.id,
		question: drill.question,
		itemLabel: drill.itemLabel,
		options: routeOptions(drill.id, routes, drill.wrongOrder),
		items: drill.items.map((item) => ({ id: item.id, prompt: item.complaint, answer: item.route, explanation: item.explanation, extras: [] })),
	};
}
