import { describe, expect, test } from 'vitest';
import { siteBuilds } from './builds.ts';
import { findBrokenLinks } from './link-check.ts';
import { builtPages } from './site-pages.ts';

describe.each(siteBuilds)('the %s build', (_name, { outDir, base }) => {
	test('wrote the pages the site promises', () => {
		const pages = builtPages(outDir);
		expect(pages).toEqual(expect.arrayContaining(['', 'lessons/', 'procedures/', 'scenarios/', 'course/', 'progress/', 'certificate/', 'workshop/', 'glossary/', 'search/']));
		expect(pages.filter((p) => p.startsWith('procedures/') && p !== 'procedures/')).toHaveLength(3);
		expect(pages.filter((p) => /^scenarios\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(10);
	});

	test(`no internal link or anchor is broken, and none leaves ${base}`, () => {
		const result = findBrokenLinks(outDir, base);
		expect(result.pagesChecked).toBeGreaterThan(5);
		expect(result.linksChecked).toBeGreaterThan(20);
		expect(result.broken).toEqual([]);
	});
});
