import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import type { AuthoringProblem } from '../schemas/authoring-problem.ts';
import { bidiControlProblems, linkProblem } from '../schemas/safe-text.ts';
import { authorLinkHref } from '../utils/url.ts';
import { AuthoringFailure } from './authoring-failure.ts';

/**
 * Checks on lessons (content/lessons/*.mdx) while they compile, as a Sätteri mdast plugin
 * (astro.config.mjs). A broken lesson stops the build with the file, the line and the fix:
 *   - a link that is not a web address or a path on this site (javascript:, data:, "/\host"…),
 *     in Markdown ([text](url), [ref]: url, images) or in a JSX attribute (<a href>);
 *   - an invisible direction control character anywhere in the file, frontmatter included.
 * Markdown links to a path on this site ("/procedures/…") get the deploy base, as every other link
 * does; a JSX attribute cannot be given it, so such a link must be written in Markdown.
 */

const LINK_ATTRIBUTES = new Set(['href', 'src', 'action', 'formAction', 'formaction', 'poster', 'data', 'xlinkHref', 'xlink:href']);
const LESSON_LINK_FIX = 'link to a web page (https://…), a page of this site (/lessons/…) or a place on this page (#…); a link in a lesson can never run code.';

interface Positioned {
	position?: { start: { line: number } } | undefined;
}

function fail(problems: AuthoringProblem[]): never {
	throw new AuthoringFailure(problems);
}

function fileOf(context: MdastVisitorContext, root: string): string {
	return context.fileURL ? path.relative(root, fileURLToPath(context.fileURL)).split(path.sep).join('/') : 'a lesson';
}

/** The lesson plugin; `base` is the deploy base (BASE_PATH), `root` the project folder (for file names in messages). */
export function lessonChecks(base: string, root: string = process.cwd()): MdastPluginDefinition {
	const checkLink = (url: string, node: Positioned, context: MdastVisitorContext, kind: string): void => {
		const problem = linkProblem(url.trim(), { anchors: true });
		if (problem)
			fail([{ file: fileOf(context, root), line: node.position?.start.line, where: `${kind} "${url}"`, message: `${problem}.`, fix: LESSON_LINK_FIX }]);
	};
	const siteLink = (url: string) => {
		const href = authorLinkHref(base, url.trim());
		return href === url.trim() ? undefined : href;
	};
	return {
		name: 'make-good-lesson-checks',
		options: { position: true },
		before(_root, context) {
			// The raw file: Astro hands the compiler the lesson with its frontmatter blanked out.
			const text = context.fileURL ? readFileSync(context.fileURL, 'utf8') : context.source;
			const hidden = bidiControlProblems(text, fileOf(context, root));
			if (hidden.length > 0) fail(hidden);
		},
		link(node, context) {
			checkLink(node.url, node, context, 'link');
			const based = siteLink(node.url);
			if (based) context.setProperty(node, 'url', based);
		},
		definition(node, context) {
			checkLink(node.url, node, context, 'link');
			const based = siteLink(node.url);
			if (based) context.setProperty(node, 'url', based);
		},
		image(node, context) {
			checkLink(node.url, node, context, 'image');
		},
		mdxJsxFlowElement(node, context) {
			checkAttributes(node, context);
		},
		mdxJsxTextElement(node, context) {
			checkAttributes(node, context);
		},
	};

	function checkAttributes(node: Positioned & { name: string | null; attributes: readonly unknown[] }, context: MdastVisitorContext): void {
		const attributes = node.attributes as { type: string; name?: string; value?: unknown }[];
		for (const attribute of attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !LINK_ATTRIBUTES.has(attribute.name)) continue;
			const where = `<${node.name ?? ''} ${attribute.name}>`;
			if (typeof attribute.value !== 'string') {
				fail([
					{
						file: fileOf(context, root),
						line: node.position?.start.line,
						where,
						message: 'is worked out by code, so the build cannot check where it leads.',
						fix: `write the address as text, e.g. ${attribute.name}="https://…". ${LESSON_LINK_FIX}`,
					},
				]);
			}
			checkLink(attribute.value, node, context, where);
			if (/^\/(?!\/)/.test(attribute.value.trim())) {
				fail([
					{
						file: fileOf(context, root),
						line: node.position?.start.line,
						where: `${where} "${attribute.value}"`,
						message: 'would miss the deploy base (BASE_PATH) when the site is hosted under a sub-path.',
						fix: `write it as a Markdown link, [text](${attribute.value}), which gets the base.`,
					},
				]);
			}
		}
	}
}
