/**
 * Checks on the words a learner reads, shared by the tests over the built pages and open
 * to the linters: slips in quoted punctuation, internal labels that leaked onto a page,
 * list items joined into a sentence with their capitals, and reading time.
 */

/** One slip found in a text, with a little context either side so it can be found. */
export interface ProseSlip {
	kind: 'quote-punctuation' | 'internal-label' | 'joined-capital';
	found: string;
	context: string;
}

const CLOSE = '"”’\'';

/**
 * What is wrong, and only that, so correct British punctuation passes:
 * - a quotation that already ends its sentence (. ? ! …) followed by another full stop,
 *   question or exclamation mark outside it: `“Is that right?”.`, `“Sorted.”.` (British
 *   style puts the full stop outside only when the quotation is not a full sentence:
 *   `he called it “a try-on”.` is right, and so is `“Was he late?”, she asked`);
 * - two double quotation marks in a row: `?""`, `."”`, `“”`;
 * - an opening quotation mark followed by a space or punctuation, or a closing double one
 *   after a space: `“ hello`, `hello ”`.
 */
const QUOTE_SLIPS: readonly RegExp[] = [new RegExp(`[.?!…][${CLOSE}][.?!]`, 'gu'), /["“”]{2,}/gu, /[“‘][\s.,;:!?]/gu, /\s”/gu];

/** Labels meant for authors: source file numbers and file names. */
const INTERNAL_LABELS: readonly RegExp[] = [/\(?\bsource 0\d\d\b\)?/giu, /\b0\d\d_[0-9a-f]{16}(?:\.txt)?\b/giu];

/** A list item joined into a sentence without losing its capital: "…, then The engineer". */
const JOINED_CAPITALS: readonly RegExp[] = [/\b(?:then|and|or) (?:The|An)\b/gu, /\b(?:then|and|or) A [a-z]/gu];

function around(text: string, index: number, length: number): string {
	return text
		.slice(Math.max(0, index - 30), index + length + 30)
		.replace(/\s+/g, ' ')
		.trim();
}

function findAll(text: string, patterns: readonly RegExp[], kind: ProseSlip['kind']): ProseSlip[] {
	return patterns.flatMap((pattern) =>
		[...text.matchAll(pattern)].map((match) => ({ kind, found: match[0], context: around(text, match.index, match[0].length) })),
	);
}

/** Every slip in a text, in the order of the checks above. */
export function proseSlips(text: string): ProseSlip[] {
	return [
		...findAll(text, QUOTE_SLIPS, 'quote-punctuation'),
		...findAll(text, INTERNAL_LABELS, 'internal-label'),
		...findAll(text, JOINED_CAPITALS, 'joined-capital'),
	];
}

/** Words as a reader meets them: runs of non-space characters with at least one letter or digit ("£25", "8.15am" and "re-send" are one word each; "–" and "…" are none). */
export function wordCount(text: string): number {
	return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Reading speed for instructional text, in words a minute: the usual planning figure for adults. */
export const WORDS_PER_MINUTE = 200;

/** How long a text takes to read at WORDS_PER_MINUTE, in minutes (not rounded). */
export function readingMinutes(words: number): number {
	return words / WORDS_PER_MINUTE;
}

/**
 * Whether a stated whole-minute reading time is honest for a text: it must be one of the two
 * whole numbers either side of the exact time (and at least 1). A whole-minute figure cannot
 * be closer than that, and anything further is off by more than a minute.
 */
export function statedMinutesFit(stated: number, words: number): boolean {
	const exact = readingMinutes(words);
	return stated >= Math.max(1, Math.floor(exact)) && stated <= Math.max(1, Math.ceil(exact));
}
