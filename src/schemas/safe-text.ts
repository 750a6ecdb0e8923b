import type { AuthoringProblem } from './authoring-problem.ts';

/**
 * Rules that keep authors' text from misleading learners or running code, shared by the YAML
 * schemas (links, via shared.ts), parseYaml (every YAML file) and the lesson checks (MDX).
 * Pure: no Astro, no file system.
 */

/** Invisible characters that reorder the text around them: embeddings, overrides and isolates. */
const BIDI_CONTROLS: Record<string, string> = {
	'\u202A': 'LEFT-TO-RIGHT EMBEDDING',
	'\u202B': 'RIGHT-TO-LEFT EMBEDDING',
	'\u202C': 'POP DIRECTIONAL FORMATTING',
	'\u202D': 'LEFT-TO-RIGHT OVERRIDE',
	'\u202E': 'RIGHT-TO-LEFT OVERRIDE',
	'\u2066': 'LEFT-TO-RIGHT ISOLATE',
	'\u2067': 'RIGHT-TO-LEFT ISOLATE',
	'\u2068': 'FIRST STRONG ISOLATE',
	'\u2069': 'POP DIRECTIONAL ISOLATE',
};
const BIDI_PATTERN = /[\u202A-\u202E\u2066-\u2069]/;

/** One problem per line that holds a direction control character (the first on the line). */
export function bidiControlProblems(text: string, file: string): AuthoringProblem[] {
	return text.split('\n').flatMap((content, index) => {
		const found = BIDI_PATTERN.exec(content);
		if (!found) return [];
		const code = found[0].codePointAt(0)!.toString(16).toUpperCase();
		return [
			{
				file,
				line: index + 1,
				where: '',
				message: `holds an invisible U+${code} ${BIDI_CONTROLS[found[0]]} character (column ${found.index + 1}), which shows the text around it in a different order from the order it is written in.`,
				fix: 'delete it: retype the words around it by hand. Right-to-left languages display correctly without it.',
			},
		];
	});
}

export interface LinkRules {
	/** Whether "#…" (a place on the same page) is allowed, as in a lesson. */
	anchors?: boolean;
}

/**
 * Why a link an author wrote is refused, or undefined when it is allowed: web addresses
 * (http, https), site paths (/…, ./…, ../…) and, where asked, "#…". Everything else, such as
 * javascript:, data:, "//host" and "/\host" (which browsers read as "//host"), could run code or
 * leave the site while looking like a link on it.
 */
export function linkProblem(value: string, { anchors = false }: LinkRules = {}): string | undefined {
	if (value.includes('\\')) return 'must not contain a backslash (\\): browsers read "/\\" as "//", the start of a link to another site';
	const allowed =
		/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value) || /^\/(?!\/)[^\s]*$/.test(value) || /^\.\.?\/[^\s]*$/.test(value) || (anchors && /^#[^\s]*$/.test(value));
	if (allowed) return undefined;
	return anchors
		? 'must start with https://, http://, / (a link on this site) or # (a place on this page); other kinds of link are not allowed'
		: 'must start with https://, http:// or / (a link on this site); other kinds of link are not allowed';
}
