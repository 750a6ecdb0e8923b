import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { test, expect, outDirFor } from './fixtures.ts';
import { builtFiles, builtPages } from './site-pages.ts';

// Byte budgets on the built site, measured the way a learner's browser meets it:
// every script the page actually loads (external and inline), gzipped. Deterministic
// for a given build, so they are tests; timings live in `npm run bench`.
const KB = 1024;
export const budgets = { islandPageJs: 12 * KB, htmlPage: 30 * KB, siteCss: 15 * KB };

/**
 * The 12 KB target is not yet met by these page kinds: Preact, its hooks, Astro's island
 * loader and the offline notice already take about 10 KB before any feature code. Until it
 * is, each kind's measured weight (rounded up to the next half kilobyte) is its ceiling, so
 * it can only go down. Measured 2026-11-22; see the issue notes for the breakdown.
 */
const ceilings: [RegExp, number][] = [
	// The role-play studio, a trainer's tool: the island with CodeMirror 6 and YAML (117 KB), the
	// checker’s Web Worker (zod, yaml, the linter: 69 KB) and the inline loader. The map (dagre) and the play-test load when
	// their tab opens. Only this page loads any of it. Measured 2026-11-26.
	[/^studio\/$/, 200.5 * KB],
	// Running a local file: the presenter and the file picker; the checker's worker starts with the first file.
	[/^workshop\/local\/$/, 31.5 * KB],
	[/^workshop\/[^/]+\/$/, 24 * KB], // presenter: votes, timer, what-if, debrief, single-screen audience view
	[/^progress\/$/, 23 * KB], // progress page: summary, step mastery, export/import, clear
	[/^scenarios\/[^/]+\/$/, 22.5 * KB], // role-play with resume and progress recording
	[/^certificate\/$/, 19 * KB],
	[/^lessons\/[^/]+\/$/, 18.5 * KB], // knowledge check, "mark as done", offline notice
	[/^lms\/$/, 17 * KB], // SCORM launch page: progress store and LMS bridge
	[/^drills\/[^/]+\/$/, 14.5 * KB],
	[/^workshop\/[^/]+\/audience\/$/, 13.5 * KB],
	[/^search\/$/, 12.5 * KB],
];
const ceilingFor = (pagePath: string) => ceilings.find(([pattern]) => pattern.test(pagePath))?.[1] ?? budgets.islandPageJs;

const gz = (data: string | Buffer) => gzipSync(data).length;
const pages = builtPages('dist');

for (const pagePath of pages) {
	test(`budget: /${pagePath} ships no script unless it has an island, and no more than its budget if it has`, async ({ page }) => {
		const scripts = new Map<string, number>();
		// Every body read is awaited before counting: a read left pending when the test ended failed it
		// ("response.body: Test ended"), and one still pending at the count would have been left out.
		const reads: Promise<void>[] = [];
		const onResponse = (response: Response) => {
			if (response.request().resourceType() === 'script') reads.push(response.body().then((body) => void scripts.set(response.url(), gz(body))));
		};
		page.on('response', onResponse);
		await page.goto(pagePath, { waitUntil: 'networkidle' });
		page.off('response', onResponse);
		await Promise.all(reads);
		const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.textContent ?? ''));
		const islands = await page.locator('astro-island').count();
		const total = [...scripts.values()].reduce((a, b) => a + b, 0) + inline.reduce((sum, text) => sum + gz(text), 0);
		if (islands === 0) {
			expect({ page: `/${pagePath}`, scriptRequests: [...scripts.keys()], inlineScripts: inline.length }).toEqual({ page: `/${pagePath}`, scriptRequests: [], inlineScripts: 0 });
		} else {
			const detail = [...scripts].map(([url, bytes]) => `${new URL(url).pathname} ${bytes} B`).join(', ');
			const ceiling = ceilingFor(pagePath);
			expect(total, `/${pagePath} ships ${total} B of JavaScript gzipped (budget ${ceiling} B; target ${budgets.islandPageJs} B): ${detail}; inline ${inline.length}`).toBeLessThanOrEqual(ceiling);
		}
	});
}

test('budget: every HTML page is at most 30 KB gzipped', ({}, testInfo) => {
	const { outDir } = outDirFor(testInfo.project.name);
	const over = builtPages(outDir)
		.map((p) => ({ page: `/${p}`, bytes: gz(readFileSync(path.join(outDir, p, 'index.html'))) }))
		.filter(({ bytes }) => bytes > budgets.htmlPage);
	expect(over, `pages over ${budgets.htmlPage} B gzipped`).toEqual([]);
});

test('budget: the site’s CSS is at most 15 KB gzipped, and no web fonts are shipped', ({}, testInfo) => {
	const { outDir } = outDirFor(testInfo.project.name);
	const files = builtFiles(outDir);
	const css = files.filter((f) => f.endsWith('.css'));
	const cssBytes = css.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
	expect(cssBytes, `CSS files ${css.map((f) => path.relative(outDir, f)).join(', ')} total ${cssBytes} B gzipped (budget ${budgets.siteCss} B)`).toBeLessThanOrEqual(budgets.siteCss);
	expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f)).map((f) => path.relative(outDir, f))).toEqual([]);
});

