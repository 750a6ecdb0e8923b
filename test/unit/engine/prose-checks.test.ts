import { describe, expect, test } from 'vitest';
import { proseSlips, statedMinutesFit, wordCount } from '../../../src/engine/prose-checks.ts';

const found = (text: string) => proseSlips(text).map((slip) => `${slip.kind}: ${slip.found}`);

describe('quote punctuation', () => {
	test.each([
		['a quoted question with a full stop after it', 'Ask “What happened when he arrived?”.', 'quote-punctuation: ?”.'],
		['a quoted sentence with a second full stop', 'She said “It’s sorted.”.', 'quote-punctuation: .”.'],
		['straight quotes, too', 'He asked "Is it on?".', 'quote-punctuation: ?".'],
		['a doubled closing quote', 'The reply was “What did they tell you?"”', 'quote-punctuation: "”'],
		['a doubled straight quote', 'It said “why?""', 'quote-punctuation: ""'],
		['a closing quote after a space', 'He said “fine ” and left.', 'quote-punctuation:  ”'],
	])('flags %s', (_, text, slip) => {
		expect(found(text)).toEqual([slip]);
	});

	test.each([
		['a full stop outside a quoted phrase', 'He called the claim “a bit of a try-on”.'],
		['a quoted sentence that ends the sentence', 'The customer said: “Nobody rings back.”'],
		['a quoted question, then the sentence goes on', '“Was he late?”, she asked, and waited.'],
		['two quoted questions in a row', 'Ask “Was he late?” or “Did he call?” only to check a detail.'],
		['quotes within quotes', '“He told me ‘not my department’,” she said.'],
		['possessive apostrophes before a full stop', 'the customers’ bills, and the Joneses’.'],
	])('leaves %s alone', (_, text) => {
		expect(found(text)).toEqual([]);
	});
});

test('internal labels and list items joined with their capitals are flagged', () => {
	expect(found('Start from self-responsibility (source 003).')).toEqual(['internal-label: (source 003)']);
	expect(found('See 002_ca83a279c2b98c42.txt for more.')).toEqual(['internal-label: 002_ca83a279c2b98c42.txt']);
	expect(found("The engineer's team leader, then The engineer who did the work")).toEqual(['joined-capital: then The']);
	expect(found("The engineer's team leader, then the engineer who did the work")).toEqual([]);
});

test('words are what a reader reads: tokens with a letter or a digit', () => {
	expect(wordCount('“I’m sorry”, she said – £25 at 8.15am … re-send it.')).toBe(9);
	expect(wordCount('  \n ')).toBe(0);
});

test('a stated reading time fits when it is a whole minute either side of words ÷ 200', () => {
	expect(statedMinutesFit(8, 1651)).toBe(true); // 8.3 minutes
	expect(statedMinutesFit(9, 1651)).toBe(true);
	expect(statedMinutesFit(7, 1651)).toBe(false);
	expect(statedMinutesFit(10, 1651)).toBe(false);
	expect(statedMinutesFit(6, 1200)).toBe(true); // exactly 6
	expect(statedMinutesFit(7, 1200)).toBe(false);
	expect(statedMinutesFit(1, 40)).toBe(true); // never less than a minute
});
