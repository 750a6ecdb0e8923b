import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	classifyChoiceDrill,
	contactName,
	contactsLabel,
	openOrClosedChoiceDrill,
	orderItems,
	reversedRouteId,
	routeChoiceDrill,
	routeId,
	routeOptions,
} from '../../../../src/engine/drills/build.ts';
import { parseYaml } from '../../../../src/schemas/friendly-errors.ts';
import { procedureSchema, type Procedure } from '../../../../src/schemas/procedure.ts';
import { failureKindListSchema, type FailureKind } from '../../../../src/schemas/failure-kind.ts';
import { parseDrill, type Drill } from '../../../../src/schemas/drill.ts';

function load<T>(schema: unknown, file: string): T {
	const result = parseYaml(schema as never, readFileSync(file, 'utf8'), file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data as T;
}
function drill<K extends Drill['kind']>(id: string, kind: K): Extract<Drill, { kind: K }> {
	const result = parseDrill(readFileSync(`content/drills/${id}.yaml`, 'utf8'), id);
	if (!result.ok || result.data.kind !== kind) throw new Error(`${id} is not a valid ${kind} drill`);
	return result.data as Extract<Drill, { kind: K }>;
}
const procedure = (id: string) => load<Procedure>(procedureSchema, `content/procedures/${id}.yaml`);
const kinds = load<FailureKind[]>(failureKindListSchema, 'content/failure-kinds.yaml');

describe('order drills take their steps from the procedure', () => {
	test('steps only: titles and summaries exactly as the procedure has them, in its order', () => {
		const stopping = procedure('stopping-service');
		expect(orderItems({ part: 'steps' }, stopping)).toEqual(stopping.steps.map((s) => ({ id: s.id, title: s.title, summary: s.summary })));
	});

	test('checks then steps: the checks come first', () => {
		const stopping = procedure('stopping-service');
		expect(orderItems({ part: 'checks-then-steps' }, stopping).map((i) => i.id)).toEqual([...stopping.checks, ...stopping.steps].map((s) => s.id));
	});

	test('the stopping-service drill orders the six steps only (see its file for why)', () => {
		expect(drill('order-steps-stopping-service', 'order').part).toBe('steps');
	});
});

describe('route options come from the step’s routes', () => {
	test('a route id is its issue in lowercase words joined by hyphens', () => {
		expect(routeId('Technical issue')).toBe('technical-issue');
		expect(routeId('Client-services issue')).toBe('client-services-issue');
		expect(routeId('  Accounts query! ')).toBe('accounts-query');
	});

	test('contacts lose the procedure’s "(first)"/"(second)" notes, which would give the order away', () => {
		expect(contactName("The engineer's team leader (first)")).toBe("The engineer's team leader");
		expect(contactName('The accounts department')).toBe('The accounts department');
		expect(contactsLabel(["The engineer's team leader (first)", 'The engineer who did the work (second)'])).toBe(
			"The engineer's team leader, then the engineer who did the work",
		);
	});

	test('every route is an option, and a route with two contacts also appears reversed, with the wrong-order note', () => {
		const routes = [
			{ issue: 'Technical issue', contacts: ['The team leader (first)', 'The engineer (second)'] },
			{ issue: 'Accounts query', contacts: ['Accounts'] },
		];
		const options = routeOptions('d', routes, 'Wrong order.');
		expect(options.map((o) => o.id).sort()).toEqual(['accounts-query', 'technical-issue', reversedRouteId('technical-issue')].sort());
		expect(options.find((o) => o.id === 'technical-issue-reversed')).toEqual({
			id: 'technical-issue-reversed',
			label: 'The engineer, then the team leader',
			mistake: 'Wrong order.',
		});
		expect(options.find((o) => o.id === 'technical-issue')!.mistake).toBeUndefined();
	});

	test('the shipped drill: four options built from issue-resolution, each item answerable', () => {
		const route = drill('route-fact-finding', 'route');
		const step = procedure('issue-resolution').steps.find((s) => s.id === route.step)!;
		const built = routeChoiceDrill(route, step.routes!);
		expect(built.options.map((o) => o.label).sort()).toEqual(
			[
				'The accounts department',
				'The client-services team leader',
				"The engineer who did the work, then the engineer's team leader",
				"The engineer's team leader, then the engineer who did the work",
			].sort(),
		);
		for (const item of built.items) expect(built.options.map((o) => o.id)).toContain(item.answer);
		// Every route is practised, and technical issues (where order matters) more than once.
		const used = route.items.map((i) => i.route);
		expect(new Set(used)).toEqual(new Set(step.routes!.map((r) => routeId(r.issue))));
		expect(used.filter((r) => r === 'technical-issue').length).toBeGreaterThan(1);
	});
});

describe('classify and open-or-closed drills', () => {
	test('classify: the options are the four failure kinds, in their order, with their summaries as hints', () => {
		const built = classifyChoiceDrill(drill('classify-failure', 'classify'), kinds);
		expect(built.options).toEqual(kinds.map((k) => ({ id: k.id, label: k.title, hint: k.summary })));
	});

	test('classify: 8 to 12 incidents from several industries, covering every kind', () => {
		const classify = drill('classify-failure', 'classify');
		expect(classify.items.length).toBeGreaterThanOrEqual(8);
		expect(classify.items.length).toBeLessThanOrEqual(12);
		expect(new Set(classify.items.map((i) => i.industry)).size).toBeGreaterThanOrEqual(6);
		expect(new Set(classify.items.map((i) => i.answer))).toEqual(new Set(kinds.map((k) => k.id)));
	});

	test('open or closed: closed questions get "A better version" and when a closed question is right; open ones get neither', () => {
		const source = drill('open-or-closed', 'open-or-closed');
		const built = openOrClosedChoiceDrill(source);
		expect(source.items.length).toBeGreaterThanOrEqual(8);
		expect(source.items.length).toBeLessThanOrEqual(10);
		built.items.forEach((item, i) => {
			const labels = item.extras.map((e) => e.label);
			expect(labels).toEqual(source.items[i]!.type === 'closed' ? ['A better version', 'When a closed question is right'] : []);
			expect(item.spoken).toBe(true);
		});
		expect(built.options.map((o) => o.id)).toEqual(['open', 'closed']);
	});
});
