import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { builtPages } from './site-pages.ts';

/**
 * Finds broken internal links and anchors in a built site, reading the HTML in its
 * output folder as a static host would serve it under `base`.
 */
export interface BrokenLink {
	page: string;
	link: string;
	reason: string;
}

interface PageInfo {
	ids: Set<string>;
	links: string[];
}

function readPage(file: string): PageInfo {
	const doc = parseDocument(readFileSync(file, 'utf8'));
	const elements = DomUtils.findAll(() => true, doc.children);
	const ids = new Set<string>();
	const links: string[] = [];
	for (const element of elements) {
		if (element.attribs.id) ids.add(element.attribs.id);
		if (element.name === 'a' && element.attribs.name) ids.add(element.attribs.name);
		for (const attribute of ['href', 'src']) {
			const value = element.attribs[attribute];
			if (value) links.push(value);
		}
		if (element.attribs.srcset) links.push(...element.attribs.srcset.split(',').map((part) => part.trim().split(/\s+/)[0]!));
	}
	return { ids, links };
}

/** The file a site URL path maps to, or undefined when there is none. */
function fileFor(outDir: string, sitePath: string): string | undefined {
	const clean = decodeURIComponent(sitePath);
	const direct = path.join(outDir, clean);
	if (clean.endsWith('/') || clean === '') {
		const index = path.join(direct, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return existsSync(direct) ? direct : undefined;
}

export function findBrokenLinks(outDir: string, base: string): { pagesChecked: number; linksChecked: number; broken: BrokenLink[] } {
	const pages = builtPages(outDir);
	const cache = new Map<string, PageInfo>();
	const info = (file: string) => {
		let found = cache.get(file);
		if (!found) cache.set(file, (found = readPage(file)));
		return found;
	};
	const broken: BrokenLink[] = [];
	let linksChecked = 0;
	for (const page of pages) {
		const pageUrl = new URL(`http://site${base}${page}`);
		const { links } = info(path.join(outDir, page, 'index.html'));
		for (const link of links) {
			const target = new URL(link, pageUrl);
			if (target.host !== 'site' || !['http:', 'https:'].includes(target.protocol)) continue;
			linksChecked++;
			if (!target.pathname.startsWith(base)) {
				broken.push({ page: `${base}${page}`, link, reason: `points outside the base path ${base}` });
				continue;
			}
			const file = fileFor(outDir, target.pathname.slice(base.length));
			if (!file) {
				broken.push({ page: `${base}${page}`, link, reason: 'no such file in the build' });
				continue;
			}
			const anchor = decodeURIComponent(target.hash.slice(1));
			if (anchor && file.endsWith('.html') && !info(file).ids.has(anchor)) {
				broken.push({ page: `${base}${page}`, link, reason: `no element with id "${anchor}" on the target page` });
			}
		}
	}
	return { pagesChecked: pages.length, linksChecked, broken };
}
