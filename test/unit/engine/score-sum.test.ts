import { describe, expect, test } from 'vitest';
import { shortestPathsToEndings } from '../../../src/engine/ideal-path.ts';
import { score } from '../../../src/engine/scoring.ts';
import { scoreSum, scoreSumText } from '../../../src/engine/score-sum.ts';
import { sumPoints } from '../../../src/engine/step-ledger.ts';
import { loadProcedures, loadScenarios } from '../content/load-content.ts';

/** The debrief's "how it adds up" line: what a learner can check the score against. */
const procedures = new Map(loadProcedures().map((p) => [p.id, p]));
const plays = loadScenarios().flatMap((scenario) =>
	[...shortestPathsToEndings(scenario)].map(([endingId, path]) => [`${scenario.id} → ${endingId}`, scenario, path] as const),
);

describe('the sum gives the score', () => {
	test.each(plays)('%s', (_label, scenario, path) => {
		const result = score(procedures.get(scenario.procedure)!, scenario, path);
		const { stepPoints, pitfalls, penalty } = scoreSum(result);
		expect(pitfalls).toBe(result.pitfalls.filter((p) => p.scored).length);
		expect(Math.min(100, Math.max(0, Math.round(stepPoints - penalty)))).toBe(result.total);
	});
});

describe('in words', () => {
	test('no scored pitfalls: the steps’ points are the score', () => {
		expect(scoreSumText({ stepPoints: 80, pitfalls: 0, penalty: 0 }, 80)).toBe(
			'How it adds up: 80 points for the steps, nothing taken off for pitfalls, makes 80.',
		);
	});

	test('pitfalls are taken off, and a half point is rounded', () => {
		expect(scoreSumText({ stepPoints: 62.5, pitfalls: 2, penalty: 20 }, 43)).toBe(
			'How it adds up: 62.5 points for the steps, less 20 for 2 pitfalls, makes 42.5, rounded to 43.',
		);
	});

	test('below 0 it says the score stops there', () => {
		expect(scoreSumText({ stepPoints: 22.5, pitfalls: 5, penalty: 50 }, 0)).toBe(
			'How it adds up: 22.5 points for the steps, less 50 for 5 pitfalls, makes −27.5; a score stops at 0.',
		);
	});
});

describe('the order of the steps does not change the sum', () => {
	test('ninths of 100 that make 37.5 make it in any order, so the total and the line agree', () => {
		const ninth = 100 / 9;
		const parts = [ninth, ninth, ninth, ninth / 4, ninth / 8];
		expect(parts.reduce((a, b) => a + b, 0)).not.toBe([...parts].reverse().reduce((a, b) => a + b, 0));
		expect(sumPoints(parts)).toBe(37.5);
		expect(sumPoints([...parts].reverse())).toBe(37.5);
	});
});
