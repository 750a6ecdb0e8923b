import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, expect, test } from 'vitest';
import { unzipPackage } from '../e2e/lms-host.ts';

// The package's files as an LMS stores them (no browser): every link in every page names a file the
// package has, nothing needs a module script (they do not run from disk), and nothing is dead.
const { folder, files } = unzipPackage();
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(folder, 'package', file), 'utf8');
const pages = files.filter((file) => file.endsWith('.html'));

type Astro = [number, unknown];
/** Island props are Astro-encoded JSON ([type, value]); every string in them that is a path is a link the island will render. */
function propLinks(value: unknown): string[] {
	if (typeof value === 'string') return /^(\.\.?\/|\/)/.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(propLinks);
	if (value && typeof value === 'object') return Object.values(value).flatMap(propLinks);
	return [];
}

function linksOf(html: string): string[] {
	const elements = DomUtils.findAll(() => true, parseDocument(html).children);
	return elements.flatMap((element) => [
		...['href', 'src', 'action', 'poster', 'data'].flatMap((name) => (element.attribs[name] ? [element.attribs[name]] : [])),
		...(element.attribs.srcset ?? '').split(',').flatMap((part) => (part.trim() ? [part.trim().split(/\s+/)[0]!] : [])),
		...(element.name === 'astro-island' && element.attribs.props ? propLinks(JSON.parse(element.attribs.props) as Record<string, Astro>) : []),
		// A plain-script widget's props are plain JSON; its links are drawn the same way.
		...(element.attribs['data-widget'] && element.attribs['data-props'] ? propLinks(JSON.parse(element.attribs['data-props'])) : []),
	]);
}

/** The package file a link from `page` reaches, or why it reaches none. */
function target(page: string, link: string): { file: string } | { problem: string } | undefined {
	if (/^(https?:|mailto:|tel:)/i.test(link) || link.startsWith('#')) return undefined;
	if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('/')) return { problem: 'not relative: it would leave the package' };
	const file = path.posix.normalize(path.posix.join(path.posix.dirname(page), link.replace(/[?#].*$/, '')));
	if (file.startsWith('..')) return { problem: 'points above the package' };
	if (link.replace(/[?#].*$/, '').endsWith('/') || !path.posix.extname(file)) return { problem: 'names a folder, not a file' };
	return { file };
}

test('every href and src in every page, and every link in island and widget props, names a file in the package', () => {
	const have = new Set(files);
	const broken: string[] = [];
	let checked = 0;
	for (const page of pages) {
		for (const link of linksOf(read(page))) {
			const found = target(page, link);
			if (!found) continue;
			checked++;
			if ('problem' in found) broken.push(`${page}: ${link} ${found.problem}`);
			else if (!have.has(found.file)) broken.push(`${page}: ${link} is not in the package`);
		}
	}
	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(1000);
});

test('no page needs a module script, which a browser will not run from disk', () => {
	const modular = pages.filter((page) => /<script[^>]*type="module"|\bimport\(/.test(read(page)));
	expect(modular).toEqual([]);
	const scripts = files.filter((file) => file.endsWith('.js'));
	const withModuleSyntax = scripts.filter((file) => /(^|[;\n])\s*(import|export)[\s{*]|\bimport\.meta\b/.test(read(file)));
	expect(withModuleSyntax).toEqual([]);
});

test('nothing dead: no search page without its index, and every script is loaded by some page', () => {
	expect(files.filter((file) => file.startsWith('search/') || file.startsWith('pagefind/'))).toEqual([]);
	const loaded = new Set(pages.flatMap((page) => linksOf(read(page)).flatMap((link) => (link.endsWith('.js') ? [path.posix.normalize(path.posix.join(path.posix.dirname(page), link))] : []))));
	expect(files.filter((file) => file.endsWith('.js') && !loaded.has(file))).toEqual([]);
});
