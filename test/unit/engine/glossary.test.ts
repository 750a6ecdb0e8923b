import { describe, expect, test } from 'vitest';
import { alphabetical, byInitial, termAnchor } from '../../../src/engine/glossary.ts';
import { allPitfalls, pickPitfalls } from '../../../src/engine/pitfalls.ts';
import { demoProcedure } from './builders.ts';

describe('glossary order', () => {
	const terms = [{ term: 'win/win outcome' }, { term: 'Sweetener' }, { term: 'goodwill' }, { term: 'winning streak' }, { term: 'supply chain' }];

	test('alphabetical, ignoring case and punctuation', () => {
		expect(alphabetical(terms).map((t) => t.term)).toEqual(['goodwill', 'supply chain', 'Sweetener', 'winning streak', 'win/win outcome']);
	});

	test('grouped under capital initials, in order', () => {
		expect(byInitial(terms).map((g) => [g.initial, g.terms.map((t) => t.term)])).toEqual([
			['G', ['goodwill']],
			['S', ['supply chain', 'Sweetener']],
			['W', ['winning streak', 'win/win outcome']],
		]);
	});

	test('the anchor lessons link to', () => {
		expect(termAnchor('open-question')).toBe('term-open-question');
	});
});

describe('pitfalls across procedures', () => {
	test('every pitfall carries its procedure, step and part', () => {
		const all = allPitfalls([demoProcedure]);
		expect(all.find((p) => p.pitfall.id === 'unsafe')).toMatchObject({ procedureId: 'demo', stepId: 'check-safe', part: 'checks' });
		expect(all.find((p) => p.pitfall.id === 'interrupt')).toMatchObject({ procedureId: 'demo', stepId: 'listen', stepTitle: 'Listen', part: 'steps' });
	});

	test('picks the asked-for pitfalls in the order asked, leaving out unknown ids', () => {
		expect(pickPitfalls(allPitfalls([demoProcedure]), ['vague', 'nope', 'rude']).map((p) => p.pitfall.id)).toEqual(['vague', 'rude']);
	});
});
