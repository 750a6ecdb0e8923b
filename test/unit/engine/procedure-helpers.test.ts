import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { procedureSchema, type Procedure } from '../../../src/schemas/procedure.ts';
import { findStep, groupByStage, orderedSteps, procedureCounts, stepAnchor } from '../../../src/engine/procedure.ts';
import { plural } from '../../../src/engine/words.ts';

function load(id: string): Procedure {
	const result = parseYaml(procedureSchema, readFileSync(`content/procedures/${id}.yaml`, 'utf8'), id);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.data;
}

describe('procedure helpers over the real data', () => {
	const stopping = load('stopping-service');
	const complaint = load('issue-resolution');

	test('orderedSteps puts the before-deciding checks first, then the steps', () => {
		expect(orderedSteps(stopping).map((s) => s.id)).toEqual([
			'last-resort',
			'repercussions',
			'legal-implications',
			'transparent-communication',
			'timely-notification',
			'offer-alternatives-on-stopping',
			'handle-reactions',
			'monitor-public-perception',
			'review-and-improve',
		]);
	});

	test('groupByStage splits the stopping-service steps into "Carrying it out" and "Aftermath"', () => {
		expect(groupByStage(stopping.steps).map((g) => [g.stage, g.steps.length])).toEqual([
			['Carrying it out', 3],
			['Aftermath', 3],
		]);
		expect(groupByStage(complaint.steps).map((g) => [g.stage, g.steps.length])).toEqual([[undefined, 5]]);
	});

	test('groupByStage starts a new group whenever the stage changes, keeping order', () => {
		const steps = ['A', 'A', 'B', 'A'].map((stage, i) => ({ ...complaint.steps[0]!, id: `s${i}`, stage }));
		expect(groupByStage(steps).map((g) => g.steps.map((s) => s.id))).toEqual([['s0', 's1'], ['s2'], ['s3']]);
	});

	test('procedureCounts counts checks, steps, pitfalls and added guidance', () => {
		const counts = procedureCounts(complaint);
		expect(counts.checks).toBe(0);
		expect(counts.steps).toBe(5);
		expect(counts.pitfalls).toBe(complaint.steps.reduce((n, s) => n + s.pitfalls.length, 0));
		expect(counts.added).toBe(complaint.steps.flatMap((s) => s.pitfalls).filter((p) => p.status === 'added').length);
	});

	test('findStep finds checks and steps by id, and nothing else', () => {
		expect(findStep(stopping, 'legal-implications')?.title).toBe('Legal implications');
		expect(findStep(stopping, 'review-and-improve')?.order).toBe(6);
		expect(findStep(stopping, 'nope')).toBeUndefined();
	});

	test('stepAnchor and plural', () => {
		expect(stepAnchor('issue-resolution', 'steps', 'reiterate')).toBe('issue-resolution-steps-reiterate');
		expect(plural(1, 'step')).toBe('1 step');
		expect(plural(3, 'pitfall')).toBe('3 pitfalls');
	});
});
