import type { GlossaryTerm } from '../schemas/glossary-term.ts';

/** The HTML id of a term on the glossary page, so lessons can link straight to it. */
export function termAnchor(id: string): string {
	return `term-${id}`;
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true });

/** Terms in alphabetical order of the term as written, ignoring case and punctuation ("win/win" sorts as "winwin"). */
export function alphabetical<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): T[] {
	return [...terms].sort((a, b) => collator.compare(a.term, b.term));
}

/** Terms grouped under their first letter, for the page's A–Z headings. */
export function byInitial<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): { initial: string; terms: T[] }[] {
	const groups: { initial: string; terms: T[] }[] = [];
	for (const term of alphabetical(terms)) {
		const initial = term.term.charAt(0).toUpperCase();
		const last = groups.at(-1);
		if (last?.initial === initial) last.terms.push(term);
		else groups.push({ initial, terms: [term] });
	}
	return groups;
}
