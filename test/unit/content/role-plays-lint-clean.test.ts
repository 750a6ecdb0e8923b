import { describe, expect, test } from 'vitest';
import { bestPath } from '../../../src/engine/ideal-path.ts';
import { lint } from '../../../src/engine/lint.ts';
import { formatProblem } from '../../../src/schemas/authoring-problem.ts';
import { loadProcedures, loadScenarios } from './load-content.ts';

/** Every role-play the site ships passes every lint rule, errors and warnings alike (the checklist too), and has a path to 100. */

const procedures = new Map(loadProcedures().map((procedure) => [procedure.id, procedure]));

describe.each(loadScenarios().map((scenario) => [scenario.id, scenario] as const))('%s', (id, scenario) => {
	const procedure = procedures.get(scenario.procedure)!;

	test('lints clean, the checklist included', () => {
		expect(lint(scenario, procedure, `content/scenarios/${id}.yaml`).map(formatProblem)).toEqual([]);
	});

	test('its ideal path scores 100', () => {
		expect(bestPath(procedure, scenario).result?.total).toBe(100);
	});
});
