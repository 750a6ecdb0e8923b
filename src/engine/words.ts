import type { Mode } from './progress/model.ts';
import type { Band, StepVerdict } from './scoring.ts';

/**
 * The words the site uses for the engine's verdicts, bands and modes, in one place. A
 * module of plain strings, so a page that shows a band does not ship the scoring code.
 */

export const bandText: Record<Band, string> = { recovered: 'Recovered', 'partly-recovered': 'Partly recovered', lost: 'Lost' };

export const verdictText: Record<StepVerdict, string> = {
	performed: 'Done well',
	'done-poorly': 'Done poorly',
	'out-of-order': 'Out of order',
	late: 'Done late',
	skipped: 'Skipped',
	'not-reached': 'Not reached',
};

/** A mark beside each verdict's words (never instead of them). */
export const verdictMark: Record<StepVerdict, string> = {
	performed: '✓',
	'done-poorly': '◐',
	'out-of-order': '⇄',
	late: '◔',
	skipped: '✗',
	'not-reached': '–',
};

export const modeText: Record<Mode, string> = { practice: 'Practice', assessment: 'Assessment' };

/** "1 step" / "3 steps"; `many` where adding an s is wrong: plural(2, 'lesson done', 'lessons done'). */
export function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}

/** Points for display: whole numbers as they are, shares of 100 such as 14.29 to one decimal. */
export function points(value: number): string {
	return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** "A", "A and B", "A, B and C". */
export function sentenceList(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
