import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { UNSOURCED_PHRASES } from './unsourced-phrases.ts';

/**
 * Nothing unsourced is left unmarked in the data, as far as a test can tell: a phrase from
 * UNSOURCED_PHRASES may appear in a procedure, the glossary, a drill, a knowledge check or
 * the failure kinds only in text whose nearest enclosing item says `status: added`.
 */

const files = [
	...['content/procedures', 'content/drills', 'content/quizzes'].flatMap((dir) =>
		readdirSync(dir)
			.filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
			.map((name) => `${dir}/${name}`),
	),
	'content/glossary.yaml',
	'content/failure-kinds.yaml',
];

interface Found {
	where: string;
	text: string;
	added: boolean;
}

/** Every string in a YAML value, with whether the nearest object around it has status: added. */
function strings(value: unknown, where: string, added: boolean): Found[] {
	if (typeof value === 'string') return [{ where, text: value, added }];
	if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${where}[${index}]`, added));
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const here = 'status' in record ? record['status'] === 'added' : added;
		return Object.entries(record).flatMap(([key, item]) => strings(item, where ? `${where}.${key}` : key, here));
	}
	return [];
}

test('the data marks every known unsourced claim as added guidance', () => {
	expect(files.length).toBeGreaterThan(10);
	const problems = files.flatMap((file) =>
		strings(parse(readFileSync(file, 'utf8')), '', false).flatMap(({ where, text, added }) =>
			added
				? []
				: UNSOURCED_PHRASES.filter(({ phrase }) => text.toLowerCase().replace(/\s+/g, ' ').includes(phrase.toLowerCase())).map(
						({ phrase, why }) => `${file}, ${where}: "${phrase}" is not in the sources (${why}). Reword it to what the source says, or write it as { text: …, status: added }.`,
					),
		),
	);
	expect(problems, problems.join('\n')).toEqual([]);
});

test('the walk sees what it must: text under status: added counts as marked, and only that', () => {
	const found = strings({ steps: [{ status: 'documented', doneWell: ['plain', { text: 'ours', status: 'added' }] }] }, '', false);
	expect(found.map((f) => [f.where, f.added])).toEqual([
		['steps[0].status', false],
		['steps[0].doneWell[0]', false],
		['steps[0].doneWell[1].text', true],
		['steps[0].doneWell[1].status', true],
	]);
});
