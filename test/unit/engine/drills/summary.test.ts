import { describe, expect, test } from 'vitest';
import { summary, summaryAdvice } from '../../../../src/engine/drills/summary.ts';

describe('summary', () => {
	test('says how many were right out of how many', () => {
		expect(summary(6, 8)).toBe('6 of 8 right');
		expect(summary(0, 5)).toBe('0 of 5 right');
	});

	test('the advice depends on how it went', () => {
		expect(summaryAdvice(8, 8)).toMatch(/^Every one right/);
		expect(summaryAdvice(4, 8)).toMatch(/^A good start/);
		expect(summaryAdvice(3, 8)).toMatch(/^Worth another go/);
	});
});
