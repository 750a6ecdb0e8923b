import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { expect, test } from 'vitest';
import { builds } from './builds.ts';
import { parsePage, type Element } from './built-html.ts';
import { builtPages } from './site-pages.ts';

/**
 * The hostile fixture site (test/fixtures/hostile-site): markup and script in every field a
 * trainer types. In every built page all of it is text: no element, no handler, no script link.
 * (Playing its role-play and opening its workshop in a browser: test/e2e/inert-content.spec.ts.)
 */
const { outDir } = builds.hostile;
const within = (element: Element, tag: string) => {
	for (let node = element.parent as Element | null; node; node = node.parent as Element | null) if (node.name === tag) return true;
	return false;
};

test.each(builtPages(outDir).map((p) => [`/${p}`, p]))('%s renders authors’ markup as inert text', (_label, pagePath) => {
	const html = parsePage(path.join(outDir, pagePath, 'index.html'));
	const all = DomUtils.findAll(() => true, html.children as never) as unknown as Element[];
	const injected = {
		handlers: all.filter((e) => Object.keys(e.attribs).some((name) => /^on/i.test(name))).map((e) => e.name),
		scriptLinks: all.filter((e) => /^\s*javascript:/i.test(e.attribs['href'] ?? '') || e.name === 'iframe').map((e) => e.name),
		contentElements: all.filter((e) => ['img', 'iframe', 'b'].includes(e.name) && within(e, 'main')).map((e) => e.name),
		contentScripts: all.filter((e) => e.name === 'script' && DomUtils.textContent(e as never).includes('alert(')).length,
	};
	expect(injected).toEqual({ handlers: [], scriptLinks: [], contentElements: [], contentScripts: 0 });
});
