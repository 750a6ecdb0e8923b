import { describe, expect, test } from 'vitest';
import { bestOf, latestOf, retiredAttempts, scenarioSummaries, stepMastery, weakestSteps } from '../../../../src/engine/progress/summary.ts';
import { attempt, catalogue, day, progress } from './fixtures.ts';

describe('best and latest score per role-play', () => {
	test('best is the highest score (the most recent of equals); latest the most recent', () => {
		const attempts = [
			attempt({ score: 70, date: day(1) }),
			attempt({ score: 90, date: day(2) }),
			attempt({ score: 90, date: day(3) }),
			attempt({ score: 40, date: day(4) }),
		];
		expect(bestOf(attempts)).toBe(attempts[2]);
		expect(latestOf(attempts)).toBe(attempts[3]);
		expect(bestOf([])).toBeUndefined();
	});

	test('every role-play in the course is listed, played or not', () => {
		const played = attempt({ scenarioId: 'broadband-outage', score: 75 });
		const summaries = scenarioSummaries(catalogue, progress({ attempts: [played] }));
		expect(summaries.map((s) => [s.scenario.id, s.attempts, s.best?.score])).toEqual([
			['broadband-outage', 1, 75],
			['restaurant-booking', 0, undefined],
		]);
	});

	test('attempts at role-plays no longer offered are counted apart', () => {
		expect(retiredAttempts(catalogue, progress({ attempts: [attempt({ scenarioId: 'withdrawn' }), attempt()] }))).toBe(1);
	});
});

describe('step mastery', () => {
	const attempts = [
		attempt({ steps: { 'listen-and-empathise': 'performed', reiterate: 'skipped', 'win-win-outcome': 'late' } }),
		attempt({ steps: { 'listen-and-empathise': 'out-of-order', reiterate: 'skipped', 'win-win-outcome': 'performed' } }),
		attempt({ steps: { 'listen-and-empathise': 'performed', reiterate: 'performed', 'win-win-outcome': 'skipped' } }),
		attempt({ steps: { 'listen-and-empathise': 'performed', reiterate: 'skipped', 'win-win-outcome': 'performed' } }),
		// Another procedure's attempt is no chance for these steps.
		attempt({ procedureId: 'stopping-service', scenarioId: 'other', steps: { 'last-resort': 'skipped' } }),
	];
	const mastery = stepMastery(catalogue, progress({ attempts }));
	const row = (id: string) => mastery.find((m) => m.step.id === id)!;

	test('a chance is an attempt at the step’s procedure; performed counts late and out of order, on time and in order does not', () => {
		expect([row('reiterate').performed, row('reiterate').chances]).toEqual([1, 4]);
		expect([row('listen-and-empathise').performed, row('listen-and-empathise').onTimeInOrder, row('listen-and-empathise').chances]).toEqual([4, 3, 4]);
		expect([row('win-win-outcome').performed, row('win-win-outcome').onTimeInOrder]).toEqual([3, 2]);
		expect([row('last-resort').performed, row('last-resort').chances]).toEqual([0, 1]);
	});

	test('an attempt that did not score a step (the procedure changed since) is no chance for it', () => {
		const old = stepMastery(catalogue, progress({ attempts: [attempt({ steps: { 'listen-and-empathise': 'performed' } })] }));
		expect(old.find((m) => m.step.id === 'reiterate')!.chances).toBe(0);
	});

	test('the weakest steps come first: least often performed, then least often on time and in order', () => {
		expect(weakestSteps(mastery).map((m) => m.step.id)).toEqual(['last-resort', 'reiterate', 'win-win-outcome']);
		expect(weakestSteps(mastery, 1).map((m) => m.step.id)).toEqual(['last-resort']);
	});

	test('steps always done well, or never tried, are not "worth revisiting"', () => {
		const perfect = stepMastery(
			catalogue,
			progress({ attempts: [attempt({ steps: { 'listen-and-empathise': 'performed', reiterate: 'performed', 'win-win-outcome': 'performed' } })] }),
		);
		expect(weakestSteps(perfect)).toEqual([]);
	});
});
