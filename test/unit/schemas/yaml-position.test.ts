import { describe, expect, it } from 'vitest';
import { didYouMean, placeOf } from '../../../src/schemas/authoring-problem.ts';
import { locate, yamlLines } from '../../../src/schemas/yaml-position.ts';

/** The one YAML position finder, and places named by ids: what every message's "line N, node …" comes from. */

const text = [
	'id: x', //                                     1
	'nodes:', //                                    2
	'  - id: opening', //                           3
	'    text: >-', //                              4
	'      Hello.', //                              5
	'    choices:', //                              6
	'      - id: ask', //                           7
	'        step: listen', //                      8
	'        pitfalls: [closed-question, rude]', // 9
	'        next: opening', //                     10
	'clock:', //                                    11
	'  deadlines:', //                              12
	'    lisen: 2', //                              13
].join('\n');

describe('yamlLines: the line of a field', () => {
	const lineOf = yamlLines(text);

	it('is the line of its key, not of its value', () => {
		expect(lineOf(['nodes', 0, 'choices', 0, 'step'])).toBe(8);
		expect(lineOf(['nodes', 0, 'choices', 0, 'next'])).toBe(10);
		expect(lineOf(['nodes', 0, 'text'])).toBe(4);
		expect(lineOf(['nodes', 0, 'choices'])).toBe(6);
		expect(lineOf(['clock', 'deadlines', 'lisen'])).toBe(13);
	});

	it('is the first line of a list item', () => {
		expect(lineOf(['nodes', 0])).toBe(3);
		expect(lineOf(['nodes', 0, 'choices', 0])).toBe(7);
		expect(lineOf(['nodes', 0, 'choices', 0, 'pitfalls', 1])).toBe(9);
	});

	it('falls back to the nearest enclosing place for a field that is not there', () => {
		expect(lineOf(['nodes', 0, 'choices', 0, 'feedback'])).toBe(7);
		expect(lineOf(['nodes', 3, 'id'])).toBe(2);
		expect(lineOf(['endings'])).toBe(1);
	});

	it('locate gives a line only to problems with a path and no line yet, and only in their own file', () => {
		const base = { file: 'x.yaml', where: '', message: 'm.', fix: 'f.' };
		expect(
			locate(
				[
					{ ...base, path: ['nodes', 0, 'choices', 0, 'next'] },
					{ ...base },
					{ ...base, line: 99, path: ['id'] },
					{ ...base, file: 'other.yaml', path: ['id'] },
				],
				text,
				'x.yaml',
			),
		).toEqual([
			{ ...base, path: ['nodes', 0, 'choices', 0, 'next'], line: 10 },
			{ ...base },
			{ ...base, line: 99, path: ['id'] },
			{ ...base, file: 'other.yaml', path: ['id'] },
		]);
	});
});

describe('placeOf: a place named by ids, not indexes', () => {
	const data = {
		nodes: [{ id: 'the-drops', choices: [{ text: 'no id yet' }, { id: 'offer-new-router', pitfalls: ['a'] }] }],
		persona: { hiddenFacts: [{ id: 'rent-due' }] },
	};

	it('names list items by their ids', () => {
		expect(placeOf(['nodes', 0, 'choices', 1, 'feedback'], data)).toBe('node "the-drops", choice "offer-new-router", feedback');
		expect(placeOf(['persona', 'hiddenFacts', 0, 'fact'], data)).toBe('persona, hidden fact "rent-due", fact');
		expect(placeOf(['nodes', 0], data)).toBe('node "the-drops"');
	});

	it('keeps the index, counted from 0, where an item has no id', () => {
		expect(placeOf(['nodes', 0, 'choices', 0, 'next'], data)).toBe('node "the-drops", choices[0].next');
		expect(placeOf(['nodes', 0, 'choices', 1, 'pitfalls', 0], data)).toBe('node "the-drops", choice "offer-new-router", pitfalls[0]');
		expect(placeOf(['nodes', 4, 'id'], data)).toBe('nodes[4].id');
	});
});

describe('didYouMean', () => {
	it('suggests the one close option, and nothing when two are as close', () => {
		expect(didYouMean('listen-and-empathize', ['listen-and-empathise', 'reiterate'])).toBe('listen-and-empathise');
		expect(didYouMean('n5', ['n1', 'n2'])).toBeUndefined();
		expect(didYouMean('something-else', ['reiterate'])).toBeUndefined();
	});
});
