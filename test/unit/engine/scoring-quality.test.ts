import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine/scoring.ts';
import { DONE_POORLY_FRACTION, KEY_STEP_POINTS, OUT_OF_ORDER_FRACTION, PITFALL_PENALTY } from '../../../src/engine/scoring-weights.ts';
import { scoringPlan } from '../../../src/engine/step-ledger.ts';
import { procedureSchema } from '../../../src/schemas/procedure.ts';
import { choice, demoProcedure, linearScenario, makeScenario, node, toldForEveryBand } from './builders.ts';

/**
 * Assessment you can trust: a step counts only when done well, in the order the source
 * gives (only where it gives one), weighted as the source weights it, and a play shows
 * one outcome.
 */

const at = (nodeId: string, choiceId: string) => ({ nodeId, choiceId });

describe('credit by quality', () => {
	// n2 offers greeting well, or greeting while being rude.
	const scenario = makeScenario([
		node('n1', choice('n2', { step: 'check-safe' }), choice('bad', { pitfalls: ['unsafe'] })),
		node('n2', choice('n3', { step: 'greet', text: 'Say hello warmly' }), choice('n3', { step: 'greet', pitfalls: ['rude'], text: 'Say hello, then tut' })),
		node('n3', choice('n4', { step: 'listen' }), choice('n2', { text: 'Start over' })),
		node('n4', choice('good', { step: 'resolve' }), choice('bad', { pitfalls: ['vague'] })),
	]);

	it('a choice that performs a step while committing a pitfall is "done poorly", never "performed"', () => {
		const result = score(demoProcedure, scenario, [at('n1', 'c1'), at('n2', 'c2'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result.steps[1]).toMatchObject({
			stepId: 'greet',
			verdict: 'done-poorly',
			flaws: { poorly: true, outOfOrder: false, late: false },
			by: { choiceId: 'c2', text: 'Say hello, then tut' },
			pitfallTitles: ['Being rude'],
			points: 25 * DONE_POORLY_FRACTION,
			why: 'Done poorly: the choice that did this step also committed the pitfall “Being rude”, so it earns at most half its worth.',
		});
		// Half the step's worth, and the pitfall's penalty on top.
		expect(result.total).toBe(Math.round(100 - 25 * DONE_POORLY_FRACTION - PITFALL_PENALTY));
	});

	it('a clean performance later in the play counts, the flawed attempt still costs its pitfall, and the order is the first attempt’s', () => {
		const result = score(demoProcedure, scenario, [at('n1', 'c1'), at('n2', 'c2'), at('n3', 'c2'), at('n2', 'c1'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result.steps[1]).toMatchObject({
			verdict: 'performed',
			by: { choiceId: 'c1', text: 'Say hello warmly' },
			replaced: { choiceId: 'c2', text: 'Say hello, then tut' },
			points: 25,
			why: 'Your first attempt committed the pitfall “Being rude”; you did the step well later, so it counts as done well, though its order is judged by the first attempt and that pitfall still costs its points.',
		});
		expect(result.total).toBe(100 - PITFALL_PENALTY);
	});

	it('the flawed attempt alone never earns full credit, however the rest of the play goes', () => {
		const result = score(demoProcedure, scenario, [at('n1', 'c1'), at('n2', 'c2'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result.steps[1]!.points).toBeLessThan(result.steps[1]!.maxPoints);
	});
});

describe('order only where the source gives one', () => {
	const base = {
		id: 'staged',
		order: 1,
		title: 'Staged',
		shortTitle: 'Staged',
		summary: 'S.',
		whenToUse: 'W.',
		source: { file: 's.txt', title: 'S' },
	};
	const step = (id: string, order: number, stage: string) => ({ id, order, stage, status: 'documented', title: id, summary: `${id}.`, doneWell: ['Well.'] });
	const staged = procedureSchema.parse({
		...base,
		sequence: { checks: 'any-order', steps: 'by-stage' },
		checks: [step('think-a', 1, 'Before'), step('think-b', 2, 'Before')],
		steps: [step('act-a', 1, 'Acting'), step('act-b', 2, 'Acting'), step('after-a', 3, 'Aftermath')],
	});
	const plan = scoringPlan(staged);
	const precedes = (a: string, b: string) => plan.precedes[plan.indexOf.get(a)!]![plan.indexOf.get(b)!];

	it('checks come before steps; stages come in the order listed; inside a stage and among unordered checks, no order', () => {
		expect(precedes('think-b', 'act-a')).toBe(true);
		expect(precedes('act-a', 'think-b')).toBe(false);
		expect(precedes('act-b', 'after-a')).toBe(true);
		expect(precedes('after-a', 'act-a')).toBe(false);
		expect([precedes('think-a', 'think-b'), precedes('think-b', 'think-a')]).toEqual([false, false]);
		expect([precedes('act-a', 'act-b'), precedes('act-b', 'act-a')]).toEqual([false, false]);
	});

	it('a play that swaps two steps of one stage loses nothing; one that acts before a check is out of order', () => {
		const line = (ids: string[]) =>
			makeScenario(
				ids.map((id, i) => node(`n${i}`, choice(i === ids.length - 1 ? 'good' : `n${i + 1}`, { step: id }), choice('good', { trust: -1 }))),
				{ procedure: 'staged' },
			);
		const path = (ids: string[]) => ids.map((_, i) => at(`n${i}`, 'c1'));
		const swapped = ['think-b', 'think-a', 'act-b', 'act-a', 'after-a'];
		expect(score(staged, line(swapped), path(swapped)).total).toBe(100);
		const early = ['think-a', 'act-a', 'think-b', 'act-b', 'after-a'];
		const result = score(staged, line(early), path(early));
		expect(result.steps.find((s) => s.stepId === 'act-a')).toMatchObject({
			verdict: 'out-of-order',
			why: 'Out of order: you did it before “think-b”, which the procedure puts first.',
		});
		expect(result.total).toBe(Math.round(100 - 20 * (1 - OUT_OF_ORDER_FRACTION)));
	});
});

describe('weight where the source says a step matters most', () => {
	it('the key step is worth KEY_STEP_POINTS and the others share the rest', () => {
		const keyed = procedureSchema.parse({
			...demoProcedure,
			steps: demoProcedure.steps.map((step) => (step.id === 'listen' ? { ...step, keyStep: true } : step)),
		});
		const worth = Object.fromEntries(scoringPlan(keyed).steps.map((step, i) => [step.id, scoringPlan(keyed).worth[i]]));
		expect(worth).toEqual({ 'check-safe': 20, greet: 20, listen: KEY_STEP_POINTS, resolve: 20 });
		const skippedKey = score(keyed, linearScenario(), [at('n1', 'c1'), at('n2', 'c1'), at('n3', 'c2'), at('n4', 'c1')]);
		expect(skippedKey.total).toBe(100 - KEY_STEP_POINTS - PITFALL_PENALTY);
	});
});

describe('one outcome per play', () => {
	it('the ending is told in the band the score earns', () => {
		const result = score(demoProcedure, linearScenario(), [at('n1', 'c2'), at('n2', 'c1'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result).toMatchObject({ total: 65, band: 'partly-recovered', endingId: 'good' });
		expect(result.told).toEqual({ id: 'good', outcome: 'partly-recovered', ...toldForEveryBand['partly-recovered'], written: true });
	});

	it('steps the conversation never reached are "not reached", naming where it ended', () => {
		const scenario = makeScenario([
			node('n1', choice('n2', { step: 'check-safe' }), choice('bad', { pitfalls: ['unsafe'], id: 'storm-off' })),
			node('n2', choice('n3', { step: 'greet' }), choice('n3', { pitfalls: ['rude'] })),
			node('n3', choice('n4', { step: 'listen' }), choice('n4', { pitfalls: ['interrupt'] })),
			node('n4', choice('good', { step: 'resolve' }), choice('bad', { pitfalls: ['vague'] })),
		]);
		const result = score(demoProcedure, scenario, [at('n1', 'storm-off')]);
		expect(result.steps.map((s) => s.verdict)).toEqual(['skipped', 'not-reached', 'not-reached', 'not-reached']);
		expect(result.steps[1]!.why).toBe('Not reached: the conversation ended at “Bad” before this step came up, so its points were not earned.');
		expect(result.pitfalls.map((p) => p.choiceId)).toEqual(['storm-off']);
	});

	it('a step the play’s choices led past (not ahead of where it ended) is skipped, not "not reached"', () => {
		const scenario = makeScenario([
			node('n1', choice('n2', { step: 'check-safe' }), choice('n3', { id: 'rush', pitfalls: ['rude'] })),
			node('n2', choice('n3', { step: 'greet' }), choice('n3', { pitfalls: ['rude'] })),
			node('n3', choice('n4', { step: 'listen' }), choice('n4', { pitfalls: ['interrupt'] })),
			node('n4', choice('good', { step: 'resolve' }), choice('bad', { pitfalls: ['vague'] })),
		]);
		const result = score(demoProcedure, scenario, [at('n1', 'rush'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result.steps[1]).toMatchObject({ stepId: 'greet', verdict: 'skipped', why: 'Skipped: your choices led the conversation past it.' });
	});
});
