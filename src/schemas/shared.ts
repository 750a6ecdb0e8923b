import { z } from 'astro/zod';
import { linkProblem } from './safe-text.ts';

/**
 * Building blocks shared by the content schemas. Every field carries a
 * description: friendly-errors.ts prints it after the fix when an author gets that
 * field wrong, as guidance on what to write.
 */

/** A stable, URL-safe id: lowercase words joined by hyphens. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'must be lowercase words joined by hyphens, e.g. "listen-and-empathise"',
	})
	.describe('A stable id in lowercase words joined by hyphens, e.g. "listen-and-empathise". Other files refer to it, so change it only together with them.');

/**
 * In a list whose items other files or saved progress refer to by id: a problem at each item
 * whose id an earlier item already has, e.g. `"x" is used by an earlier question`.
 * `at` gives the item's place in the data, from which the problem's line in the file is found.
 */
export function flagRepeatedIds(
	items: readonly { id: string }[],
	ctx: z.RefinementCtx,
	{ at, noun, fix }: { at: (index: number) => (string | number)[]; noun: string; fix: string },
): void {
	const seen = new Set<string>();
	items.forEach((item, index) => {
		if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...at(index), 'id'], message: `"${item.id}" is used by an earlier ${noun}`, params: { fix } });
		seen.add(item.id);
	});
}

/** Whether a fact comes from the source material or is our own addition. */
export const provenanceSchema = z
	.enum(['documented', 'added'])
	.describe('"documented" when the source material states it; "added" when it is guidance this project adds.');

/** Plain prose, trimmed, never empty, with an upper bound so pages stay readable. */
export function proseSchema(description: string, max = 1200) {
	return z
		.string()
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `is too long: keep it under ${max} characters` })
		.describe(description);
}

/**
 * A link an author may put in content: http(s) or a site-relative path, nothing else.
 * `javascript:`, `data:` and other schemes are refused, so content can never run code, and so is
 * any backslash, so "/\host" cannot pass for a link on this site (see safe-text.ts).
 */
export const linkUrlSchema = z
	.string()
	.trim()
	.max(500, { error: 'is too long: keep links under 500 characters' })
	.superRefine((value, context) => {
		const problem = linkProblem(value);
		if (problem) {
			context.addIssue({
				code: 'custom',
				message: problem,
				params: { fix: 'write the full web address, e.g. url: https://intranet.example.com/refunds, or a path on this site, e.g. url: /glossary/.' },
			});
		}
	})
	.describe('A web address starting with https:// (or http://), or a path on this site starting with /.');

/**
 * A sentence that is either taken from the sources (written as plain text) or guidance this
 * project adds, written as `{ text: "…", status: added }` so that it shows an "Added
 * guidance" badge wherever it appears. Plain text means the sources say it.
 */
export function sourcedProseSchema(description: string, max = 1200) {
	return z
		.union([
			proseSchema(description, max),
			z
				.strictObject({
					text: proseSchema(description, max),
					status: provenanceSchema,
				})
				.describe('The text, and whether the sources say it: { text: "…", status: added }.'),
		])
		.describe(
			`${description} Plain text when the sources say it; for guidance this project adds, write { text: "…", status: added } so it shows an "Added guidance" badge.`,
		);
}
