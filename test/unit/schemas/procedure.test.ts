import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem, parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { procedureSchema } from '../../../src/schemas/procedure.ts';
import { failureKindListSchema } from '../../../src/schemas/failure-kind.ts';

const read = (file: string) => readFileSync(file, 'utf8');
const yamlFiles = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort();

describe('the real procedure files', () => {
	test.each(yamlFiles('content/procedures'))('content/procedures/%s is valid', (name) => {
		const result = parseYaml(procedureSchema, read(`content/procedures/${name}`), `content/procedures/${name}`);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
		if (result.ok) expect(`${result.data.id}.yaml`).toBe(name);
	});

	test('content/failure-kinds.yaml is valid and lists four kinds', () => {
		const result = parseYaml(failureKindListSchema, read('content/failure-kinds.yaml'), 'content/failure-kinds.yaml');
		expect(result.ok && result.data.map((k) => k.id)).toEqual(['not-available', 'late-or-slow', 'incorrect-outcome', 'rude-or-uncaring']);
	});
});

describe('valid procedure fixtures', () => {
	test.each(yamlFiles('test/fixtures/procedures/valid'))('%s parses, with defaults filled in', (name) => {
		const result = parseYaml(procedureSchema, read(`test/fixtures/procedures/valid/${name}`), name);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.data.checks).toEqual([]);
			expect(result.data.steps[0]!.pitfalls).toEqual([]);
		}
	});
});

// Each broken file and the exact first message an author sees for it: file, line, field, fix.
const pinned: [string, string][] = [
	[
		'added-item-bad-status.yaml',
		'error: test/fixtures/procedures/invalid/added-item-bad-status.yaml, line 18, step "first-step", doneWell[0].status: must be one of "documented" or "added", not "ours".\nFix: set status: to one of documented or added. "documented" when the source material states it; "added" when it is guidance this project adds.',
	],
	[
		'added-item-misspelt.yaml',
		'error: test/fixtures/procedures/invalid/added-item-misspelt.yaml, line 17, step "first-step", doneWell[0].txt: is not a field here.\nFix: did you mean "text"? Rename "txt:" to "text:". The fields allowed here are: text, status.',
	],
	[
		'added-item-no-status.yaml',
		'error: test/fixtures/procedures/invalid/added-item-no-status.yaml, line 17, step "first-step", doneWell[0].status: is missing: it must be one of "documented" or "added".\nFix: add "status:" to this item, e.g. status: documented. "documented" when the source material states it; "added" when it is guidance this project adds.',
	],
	[
		'bad-indentation.yaml',
		'error: test/fixtures/procedures/invalid/bad-indentation.yaml, line 9: the YAML cannot be read (All mapping items must start at the same column).\nFix: check the indentation on this line and the one above (fields of one group start in the same column, with spaces, not tabs), and put text that contains ": " or starts with a quote mark inside quotes.',
	],
	[
		'done-well-item-a-number.yaml',
		'error: test/fixtures/procedures/invalid/done-well-item-a-number.yaml, line 17, step "first-step", doneWell[0]: should be text or a group of fields, not a number.\nFix: write it as text or a group of fields. One observable sign that the step was done well. Plain text when the sources say it; for guidance this project adds, write { text: "…", status: added } so it shows an "Added guidance" badge.',
	],
	[
		'done-well-not-a-list.yaml',
		'error: test/fixtures/procedures/invalid/done-well-not-a-list.yaml, line 16, step "first-step", doneWell: should be a list (lines starting with "- "), not text.\nFix: make "doneWell" a list: put each item on its own line below "doneWell:", starting with "- ". What doing the step well looks like: a list of observable behaviours.',
	],
	[
		'duplicate-id.yaml',
		'error: test/fixtures/procedures/invalid/duplicate-id.yaml, line 19, step "first-step", pitfall "first-step", id: "first-step" is already the id of a step.\nFix: give each check, step and pitfall an id of its own, e.g. by adding a word to this one.',
	],
	[
		'duplicate-key.yaml',
		'error: test/fixtures/procedures/invalid/duplicate-key.yaml, line 4: the field "title" appears twice in the same group.\nFix: keep one of the two "title:" lines and delete the other.',
	],
	[
		'empty-summary.yaml',
		'error: test/fixtures/procedures/invalid/empty-summary.yaml, line 5, summary: must not be empty.\nFix: write the text after "summary:". One paragraph: what the procedure achieves.',
	],
	[
		'id-with-spaces.yaml',
		'error: test/fixtures/procedures/invalid/id-with-spaces.yaml, line 1, id: must be lowercase words joined by hyphens, e.g. "listen-and-empathise".\nFix: change it to "minimal-procedure". A stable id in lowercase words joined by hyphens, e.g. "listen-and-empathise". Other files refer to it, so change it only together with them.',
	],
	[
		'missing-step-title.yaml',
		'error: test/fixtures/procedures/invalid/missing-step-title.yaml, line 11, step "first-step", title: is missing.\nFix: add "title:" to this step, followed by the step name, as short as the source gives it, e.g. "Reiterate".',
	],
	[
		'misspelt-field.yaml',
		'error: test/fixtures/procedures/invalid/misspelt-field.yaml, line 14, step "first-step", titel: is not a field here.\nFix: did you mean "title"? Rename "titel:" to "title:". The fields allowed here are: id, order, status, stage, timing, keyStep, title, summary, doneWell, routes, pitfalls.',
	],
	[
		'no-steps.yaml',
		'error: test/fixtures/procedures/invalid/no-steps.yaml, line 1, steps: is missing.\nFix: add "steps:" to the file, with at least one step below it, each with id, order, status, title, summary and doneWell.',
	],
	[
		'order-gap.yaml',
		'error: test/fixtures/procedures/invalid/order-gap.yaml, line 12, step "first-step", order: is 2, but this is item 1 of steps.\nFix: set order: 1. Number the list 1, 2, 3… in the order it is written, with no gaps.',
	],
	[
		'order-not-a-number.yaml',
		'error: test/fixtures/procedures/invalid/order-not-a-number.yaml, line 12, step "first-step", order: should be a number, not text.\nFix: write a number without quotes after "order:", e.g. order: 1. The position of this step in its list, counting from 1 with no gaps.',
	],
	[
		'unknown-status.yaml',
		'error: test/fixtures/procedures/invalid/unknown-status.yaml, line 13, step "first-step", status: must be one of "documented" or "added", not "official".\nFix: set status: to one of documented or added. "documented" when the source material states it; "added" when it is guidance this project adds.',
	],
];

describe('invalid procedure fixtures fail with a message naming the file, the place and the fix', () => {
	test('every invalid fixture has a pinned message', () => {
		expect(yamlFiles('test/fixtures/procedures/invalid')).toEqual(pinned.map(([name]) => name));
	});

	test.each(pinned)('%s', (name, message) => {
		const file = `test/fixtures/procedures/invalid/${name}`;
		const result = parseYaml(procedureSchema, read(file), file);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(formatProblem(result.problems[0]!)).toBe(message);
	});

	test('a misspelt field is reported once, as a misspelling: not also as the field it meant being missing', () => {
		const file = 'test/fixtures/procedures/invalid/misspelt-field.yaml';
		const result = parseYaml(procedureSchema, read(file), file);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
			`error: ${file}, line 14, step "first-step", titel: is not a field here.\nFix: did you mean "title"? Rename "titel:" to "title:". The fields allowed here are: id, order, status, stage, timing, keyStep, title, summary, doneWell, routes, pitfalls.`,
		]);
	});
});
