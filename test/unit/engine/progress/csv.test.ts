import { describe, expect, test } from 'vitest';
import { attemptsCsv, csvField, toCsv } from '../../../../src/engine/progress/csv.ts';
import { attempt, day } from './fixtures.ts';

/** A small RFC 4180 reader, to check that what is written reads back the same. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('csvField quotes only when it must', () => {
	test.each([
		['plain', 'plain'],
		['with, comma', '"with, comma"'],
		['with "quotes"', '"with ""quotes"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['', ''],
	])('%j → %s', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	test('numbers are written as they are', () => {
		expect(csvField(85)).toBe('85');
	});

	test.each(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tTAB'])('text a spreadsheet would run as a formula is defused: %j', (value) => {
		expect(csvField(value).replace(/^"/, '').startsWith("'")).toBe(true);
	});
});

describe('attemptsCsv', () => {
	const attempts = [
		attempt({ id: 'late-one', date: day(3, 14), mode: 'assessment', score: 85, band: 'recovered', steps: { a: 'performed', b: 'late', c: 'skipped' } }),
		attempt({ id: 'early-one', date: day(1, 9), scenarioId: 'restaurant-booking', score: 40, band: 'lost', path: [], steps: {} }),
	];
	const titles = { 'broadband-outage': 'Dana, the engineer, and “four o’clock”, again' };
	const text = attemptsCsv(attempts, titles);

	test('a header row, then one row per attempt, oldest first, with CRLF line ends', () => {
		expect(text.split('\r\n')[0]).toBe(
			'Finished (UTC),Role-play,Role-play id,Mode,Score (out of 100),Outcome,Ending id,Decisions,Steps done well,Steps scored,Attempt id',
		);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual([
			[
				'Finished (UTC)',
				'Role-play',
				'Role-play id',
				'Mode',
				'Score (out of 100)',
				'Outcome',
				'Ending id',
				'Decisions',
				'Steps done well',
				'Steps scored',
				'Attempt id',
			],
			['2026-01-01 09:00:00', '', 'restaurant-booking', 'Practice', '40', 'Lost', 'stays', '0', '0', '0', 'early-one'],
			[
				'2026-01-03 14:00:00',
				'Dana, the engineer, and “four o’clock”, again',
				'broadband-outage',
				'Assessment',
				'85',
				'Recovered',
				'stays',
				'1',
				'2',
				'3',
				'late-one',
			],
		]);
	});

	test('no attempts: just the header', () => {
		expect(attemptsCsv([], {})).toBe(toCsv([parseCsv(text)[0]!]));
	});
});
