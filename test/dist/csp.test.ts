import { createHash } from 'node:crypto';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { builds } from './builds.ts';
import { byTag, findAll, parsePage, type Element } from './built-html.ts';
import { builtPages } from './site-pages.ts';

/**
 * Every built page carries a Content-Security-Policy that allows its own inline scripts and
 * styles by hash and nothing inline besides: what a browser would refuse on load is found
 * here, by reading the files. (A browser visits one page of each kind, and plays a role-play,
 * a drill and a workshop, watching for violations while scripts run: test/e2e/security.spec.ts.)
 */
const { outDir } = builds.root;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (csp: string, name: string) =>
	csp
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.find(([key]) => key === name)
		?.slice(1) ?? [];
const rawText = (element: Element) => DomUtils.textContent(element as never);
const everyElement = (root: ReturnType<typeof parsePage>) => findAll(root, () => true);

describe.each(builtPages(outDir).map((page) => [`/${page}`, page] as const))('%s', (_label, pagePath) => {
	const html = parsePage(path.join(outDir, pagePath, 'index.html'));
	const meta = byTag(html, 'meta').find((m) => m.attribs['http-equiv']?.toLowerCase() === 'content-security-policy');
	const csp = meta?.attribs['content'] ?? '';

	test('its policy allows scripts from the site and by hash only: no unsafe-inline, no eval, no plugins', () => {
		expect(meta, 'a <meta http-equiv="content-security-policy">').toBeDefined();
		const scripts = directive(csp, 'script-src');
		expect(scripts).toContain("'self'");
		// 'wasm-unsafe-eval' (the search's WebAssembly) is allowed; 'unsafe-eval' and 'unsafe-inline' are not.
		expect(scripts.filter((source) => source === "'unsafe-inline'" || source === "'unsafe-eval'")).toEqual([]);
		expect(directive(csp, 'object-src')).toEqual(["'none'"]);
	});

	test('every inline script and style is allowed by its hash, and no element carries inline code', () => {
		const scripts = byTag(html, 'script').filter((s) => s.attribs['src'] === undefined && s.attribs['type'] !== 'application/ld+json');
		for (const script of scripts) expect(directive(csp, 'script-src'), rawText(script).slice(0, 60)).toContain(sha256(rawText(script)));
		for (const style of byTag(html, 'style')) expect(directive(csp, 'style-src'), rawText(style).slice(0, 60)).toContain(sha256(rawText(style)));
		const all = everyElement(html);
		expect(all.filter((e) => e.attribs['style'] !== undefined).map((e) => `<${e.name} style>`)).toEqual([]);
		expect(all.flatMap((e) => Object.keys(e.attribs).filter((name) => /^on/i.test(name)).map((name) => `<${e.name} ${name}>`))).toEqual([]);
		expect(all.filter((e) => /^\s*javascript:/i.test(e.attribs['href'] ?? '')).map((e) => `<${e.name} href>`)).toEqual([]);
	});
});
