/**
 * The search page's query comes from the URL (?q=…), which anyone can craft: keep only
 * what a search box could have produced — trimmed text of a sensible length.
 */
export const MAX_QUERY_LENGTH = 120;

export function searchQueryFrom(search: string): string {
	const raw = new URLSearchParams(search).get('q') ?? '';
	// Control characters never come from a search box; collapse runs of white space.
	return (
		raw
			// eslint-disable-next-line no-control-regex -- matching control characters is the point
			.replace(/[\u0000-\u001f\u007f]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, MAX_QUERY_LENGTH)
	);
}

/** A piece of a result excerpt: text, marked (a match) or not. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/**
 * Pagefind returns excerpts as HTML with <mark> around matches. Rather than inject HTML,
 * split on the marks and decode each piece to plain text, so it can only ever render as text.
 * `decode` turns entity-encoded HTML text into plain text (the browser's parser in the widget).
 */
export function excerptParts(excerpt: string, decode: (html: string) => string): ExcerptPart[] {
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter((piece) => piece.length > 0)
		.map((piece) => {
			const marked = piece.startsWith('<mark>');
			return { text: decode(marked ? piece.slice(6, -7) : piece), marked };
		});
}
