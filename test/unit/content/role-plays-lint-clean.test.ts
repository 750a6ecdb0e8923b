import { describe, expect, test } from 'vitest';
import { bestPath } from '../../../src/engine/ideal-path.ts';
import { formatLintProblem, lint } from '../../../src/engine/lint.ts';
import { loadProcedures, loadScenarios } from './load-content.ts';

/** Every role-play the site ships passes every lint rule, errors and warnings alike, and has a path to 100. */

const procedures = new Map(loadProcedures().map((procedure) => [procedure.id, procedure]));

describe.each(loadScenarios().map((scenario) => [scenario.id, scenario] as const))('%s', (id, scenario) => {
	const procedure = procedures.get(scenario.procedure)!;

	test('lints clean', () => {
		expect(lint(scenario, procedure, `content/scenarios/${id}.yaml`).map(formatLintProblem)).toEqual([]);
	});

	test('its ideal path scores 100', () => {
		expect(bestPath(procedure, scenario).result?.total).toBe(100);
	});
});
