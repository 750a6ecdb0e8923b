import { describe, expect, it } from 'vitest';
import { bandFor, score, scoredSteps } from '../../../src/engine/scoring.ts';
import {
	LATE_FRACTION,
	OUT_OF_ORDER_FRACTION,
	PARTLY_RECOVERED_FROM,
	PITFALL_PENALTY,
	RECOVERED_FROM,
	TOTAL_POINTS,
} from '../../../src/engine/scoring-weights.ts';
import { choice, demoProcedure, linearIdeal, linearScenario, makeScenario, node } from './builders.ts';

const at = (nodeId: string, choiceId: string) => ({ nodeId, choiceId });

describe('score', () => {
	it('scores documented checks and steps only, in procedure order', () => {
		expect(scoredSteps(demoProcedure).map((s) => s.id)).toEqual(['check-safe', 'greet', 'listen', 'resolve']);
		const result = score(demoProcedure, linearScenario(), linearIdeal);
		expect(result.steps.map((s) => [s.stepId, s.part, s.order])).toEqual([
			['check-safe', 'checks', 1],
			['greet', 'steps', 1],
			['listen', 'steps', 2],
			['resolve', 'steps', 3],
		]);
	});

	it('gives the ideal path 100, with every step performed and why', () => {
		const result = score(demoProcedure, linearScenario(), linearIdeal);
		expect(result).toMatchObject({ total: 100, band: 'recovered', finalTrust: 80, endingId: 'good', pitfalls: [] });
		expect(result.steps[1]).toEqual({
			stepId: 'greet',
			title: 'Greet',
			part: 'steps',
			order: 1,
			verdict: 'performed',
			flaws: { poorly: false, outOfOrder: false, late: false },
			by: { nodeId: 'n2', choiceId: 'c1', text: 'Go to n3 doing greet' },
			pitfallTitles: [],
			points: 25,
			maxPoints: 25,
			why: 'Done well: in order and with no pitfall.',
		});
		expect(result.told).toEqual({ id: 'good', outcome: 'recovered', title: 'Good', text: 'The customer stays.', written: true });
	});

	it('gives a skipped step no points and says so', () => {
		const result = score(demoProcedure, linearScenario(), [at('n1', 'c1'), at('n2', 'c1'), at('n3', 'c1'), at('n4', 'c2')]);
		const resolve = result.steps[3]!;
		expect(resolve).toMatchObject({ verdict: 'skipped', points: 0, why: 'Skipped: it was on offer, and none of your choices did it.' });
		expect(resolve.by).toBeUndefined();
		// 75 for three steps, minus one pitfall.
		expect(result.total).toBe(75 - PITFALL_PENALTY);
		expect(result.endingId).toBe('bad');
	});

	it('lists each pitfall committed with the choice, its feedback and its penalty', () => {
		const result = score(demoProcedure, linearScenario(), [at('n1', 'c2'), at('n2', 'c1'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result.pitfalls).toEqual([
			{
				pitfallId: 'unsafe',
				title: 'Skipping the safety check',
				scored: true,
				stepId: 'check-safe',
				nodeId: 'n1',
				choiceId: 'c2',
				choiceText: 'Go to n2',
				feedback: 'Feedback for going to n2.',
				penalty: PITFALL_PENALTY,
			},
		]);
		expect(result.total).toBe(75 - PITFALL_PENALTY);
	});

	it('counts a pitfall each time it is committed; a pitfall the project added is listed but costs nothing', () => {
		const scenario = makeScenario([
			node('n1', choice('n1', { pitfalls: ['oversell', 'rude'] }), choice('n2', { step: 'check-safe' })),
			node('n2', choice('good', { step: 'greet' }), choice('bad')),
		]);
		const result = score(demoProcedure, scenario, [at('n1', 'c1'), at('n1', 'c1'), at('n1', 'c2'), at('n2', 'c1')]);
		expect(result.pitfalls.map((p) => [p.pitfallId, p.scored, p.penalty])).toEqual([
			['oversell', false, 0],
			['rude', true, PITFALL_PENALTY],
			['oversell', false, 0],
			['rude', true, PITFALL_PENALTY],
		]);
		expect(result.total).toBe(50 - 2 * PITFALL_PENALTY);
	});

	it('does not score steps the project added', () => {
		const scenario = makeScenario([node('n1', choice('good', { step: 'bonus' }), choice('bad'))]);
		const result = score(demoProcedure, scenario, [at('n1', 'c1')]);
		expect(result.steps.map((s) => s.stepId)).not.toContain('bonus');
		expect(result.total).toBe(0);
	});

	it('marks a step done before an earlier step that the path performs later as out of order', () => {
		const scenario = makeScenario([
			node('n1', choice('n2', { step: 'greet', text: 'Say hello' }), choice('bad')),
			node('n2', choice('n3', { step: 'check-safe', text: 'Look around' }), choice('bad')),
			node('n3', choice('n4', { step: 'listen' }), choice('bad')),
			node('n4', choice('good', { step: 'resolve' }), choice('bad')),
		]);
		const result = score(demoProcedure, scenario, [at('n1', 'c1'), at('n2', 'c1'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result.steps.map((s) => s.verdict)).toEqual(['performed', 'out-of-order', 'performed', 'performed']);
		expect(result.steps[1]).toMatchObject({
			points: 25 * OUT_OF_ORDER_FRACTION,
			by: { text: 'Say hello' },
			why: 'Out of order: you did it before “Check it is safe”, which the procedure puts first.',
		});
		expect(result.total).toBe(Math.round(100 - 25 * (1 - OUT_OF_ORDER_FRACTION)));
	});

	it('does not mark later steps out of order when an earlier step is skipped outright', () => {
		const result = score(demoProcedure, linearScenario(), [at('n1', 'c2'), at('n2', 'c1'), at('n3', 'c1'), at('n4', 'c1')]);
		expect(result.steps.map((s) => s.verdict)).toEqual(['skipped', 'performed', 'performed', 'performed']);
	});

	it('counts only the first clean performance of a step', () => {
		const scenario = makeScenario([
			node('n1', choice('n2', { step: 'listen' }), choice('bad')),
			node('n2', choice('n3', { step: 'check-safe' }), choice('bad')),
			node('n3', choice('good', { step: 'listen' }), choice('bad')),
		]);
		const result = score(demoProcedure, scenario, [at('n1', 'c1'), at('n2', 'c1'), at('n3', 'c1')]);
		expect(result.steps[2]).toMatchObject({ verdict: 'out-of-order', by: { nodeId: 'n1' } });
	});

	it('marks a step performed after its deadline as late, by the clock after the choice', () => {
		const scenario = linearScenario({ clock: { unit: 'hours', deadlines: { listen: 0.5 } } });
		const result = score(demoProcedure, scenario, linearIdeal);
		expect(result.steps[2]).toMatchObject({
			verdict: 'late',
			points: 25 * LATE_FRACTION,
			why: 'Late: done at 1 hour, after the deadline of 0.5 hours.',
		});
		expect(score(demoProcedure, linearScenario({ clock: { unit: 'hours', deadlines: { listen: 1 } } }), linearIdeal).steps[2]!.verdict).toBe('performed');
	});

	it('multiplies the fractions when a step is both out of order and late', () => {
		const scenario = makeScenario(
			[
				node('n1', choice('n2', { step: 'listen', time: 3, text: 'Hear them out' }), choice('bad')),
				node('n2', choice('good', { step: 'check-safe' }), choice('bad')),
			],
			{ clock: { unit: 'days', deadlines: { listen: 2 } } },
		);
		const listen = score(demoProcedure, scenario, [at('n1', 'c1'), at('n2', 'c1')]).steps[2]!;
		expect(listen).toMatchObject({
			verdict: 'out-of-order',
			points: 25 * OUT_OF_ORDER_FRACTION * LATE_FRACTION,
			flaws: { poorly: false, outOfOrder: true, late: true },
			why: 'Out of order: you did it before “Check it is safe”, which the procedure puts first. Late: done at 3 days, after the deadline of 2 days.',
		});
	});

	it('clamps the total at 0', () => {
		const scenario = makeScenario([node('n1', choice('bad', { pitfalls: ['rude', 'vague', 'unsafe', 'interrupt', 'oversell'] }), choice('good'))]);
		const result = score(demoProcedure, scenario, [at('n1', 'c1')]);
		expect(result).toMatchObject({ total: 0, band: 'lost' });
	});

	it('scores an unfinished path: the rest is not reached yet and there is no ending', () => {
		const result = score(demoProcedure, linearScenario(), linearIdeal.slice(0, 2));
		expect(result).toMatchObject({ total: 50, endingId: null, band: 'partly-recovered', told: null });
		expect(result.steps[3]).toMatchObject({ verdict: 'not-reached', why: 'Not reached: this step has not come up yet, so its points were not earned.' });
	});

	it('throws for a path that does not fit the scenario', () => {
		expect(() => score(demoProcedure, linearScenario(), [at('n2', 'c1')])).toThrow(
			'Choice 1 of the path was made at node "n2", but the role-play was at node "n1".',
		);
	});
});

describe('bands', () => {
	it('are derived from the total at the documented boundaries', () => {
		expect(TOTAL_POINTS).toBe(100);
		expect(bandFor(100)).toBe('recovered');
		expect(bandFor(RECOVERED_FROM)).toBe('recovered');
		expect(bandFor(RECOVERED_FROM - 1)).toBe('partly-recovered');
		expect(bandFor(PARTLY_RECOVERED_FROM)).toBe('partly-recovered');
		expect(bandFor(PARTLY_RECOVERED_FROM - 1)).toBe('lost');
		expect(bandFor(0)).toBe('lost');
	});

	it('with five equal steps, one skipped step still recovers and two only partly', () => {
		expect(bandFor(80)).toBe('recovered');
		expect(bandFor(60)).toBe('partly-recovered');
	});
});
