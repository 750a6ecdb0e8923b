import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/schemas/authoring-problem.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';

/**
 * Every way of breaking one field of a role-play, tried on the reference fixture: each
 * message names a line and a place, never says "undefined", and its fix is an instruction
 * rather than a copy of the field's description.
 */

const FILE = 'content/scenarios/billing-complaint.yaml';
const text = readFileSync('test/fixtures/scenarios/valid/billing-complaint.yaml', 'utf8');

/** The data paths of every field in the file. */
function fieldPaths(value: unknown = parseDocument(text).toJS(), at: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return value.flatMap((item, index) => fieldPaths(item, [...at, index]));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => [[...at, key], ...fieldPaths(inner, [...at, key])]);
}

function broken(edit: (doc: ReturnType<typeof parseDocument>) => void): string[] {
	const doc = parseDocument(text);
	edit(doc);
	const result = parseYaml(scenarioSchema, doc.toString(), FILE);
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe('schema messages for every field of a role-play', () => {
	// One of each kind of field: the first item of every list stands for the rest.
	const paths = fieldPaths().filter((path) => path.every((part) => part === 0 || typeof part === 'string'));

	it('finds the fields', () => {
		expect(paths.length).toBeGreaterThan(30);
		expect(paths).toContainEqual(['nodes', 0, 'choices', 0, 'feedback']);
	});

	it.each([
		['removed', (doc: ReturnType<typeof parseDocument>, path: (string | number)[]) => doc.deleteIn(path)],
		['emptied', (doc: ReturnType<typeof parseDocument>, path: (string | number)[]) => doc.setIn(path, '')],
		['made a list', (doc: ReturnType<typeof parseDocument>, path: (string | number)[]) => doc.setIn(path, [])],
		['made a number', (doc: ReturnType<typeof parseDocument>, path: (string | number)[]) => doc.setIn(path, 7)],
	])(
		'each field %s: a line, a place, no "undefined", a fix to act on',
		(_, edit) => {
			let seen = 0;
			for (const path of paths) {
				for (const message of broken((doc) => edit(doc, path))) {
					seen++;
					expect(message).not.toContain('undefined');
					expect(message).toMatch(/^error: content\/scenarios\/billing-complaint\.yaml, line \d+, [^:]+: /);
					const fix = message.split('\nFix: ')[1]!;
					expect(fix).toMatch(/^(add|set|write|put|make|replace|remove|shorten|change|did you mean|rename|loosen|give|delete|keep|check|correct)\b/i);
				}
			}
			expect(seen).toBeGreaterThan(10);
		},
		30_000,
	);
});
