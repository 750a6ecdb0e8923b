import { bandText, modeText } from '../words.ts';
import { doneCleanly, type Attempt } from './model.ts';

/**
 * Attempts as CSV for a trainer's spreadsheet (RFC 4180): a header row, one row per
 * attempt, CRLF line ends, and a field quoted when it holds a comma, a quote or a line
 * break (quotes doubled). A text field that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) gets a leading apostrophe, so a file can never
 * carry a formula into the trainer's spreadsheet.
 */

export function csvField(value: string | number): string {
	if (typeof value === 'number') return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const ATTEMPT_COLUMNS = [
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
] as const;

/** "2026-03-04 14:05:09": UTC, in a form every spreadsheet reads as a date and time. */
export function csvDate(iso: string): string {
	return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}

/** Oldest first. `titles` names the role-plays (by id); an unknown one is left blank. */
export function attemptsCsv(attempts: readonly Attempt[], titles: Readonly<Record<string, string>>): string {
	const rows = [...attempts]
		.sort((a, b) => Date.parse(a.date) - Date.parse(b.date))
		.map((a) => {
			const verdicts = Object.values(a.steps);
			return [
				csvDate(a.date),
				titles[a.scenarioId] ?? '',
				a.scenarioId,
				modeText[a.mode],
				a.score,
				bandText[a.band],
				a.endingId,
				a.path.length,
				verdicts.filter(doneCleanly).length,
				verdicts.length,
				a.id,
			];
		});
	return toCsv([ATTEMPT_COLUMNS, ...rows]);
}
