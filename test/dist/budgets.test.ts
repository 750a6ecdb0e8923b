import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builds, siteBuilds } from './builds.ts';
import { builtFiles, builtPages } from './site-pages.ts';
import { scriptsAtLoad } from './scripts-at-load.ts';

/**
 * Byte budgets on the built site, read from its files: every script a page loads before the
 * learner does anything (its islands and what they import, its script tags, inline scripts),
 * gzipped; its HTML; the site's CSS. Deterministic for a given build, so they are tests;
 * timings live in `npm run bench`.
 */
const KB = 1024;
export const budgets = { islandPageJs: 12 * KB, htmlPage: 30 * KB, siteCss: 17 * KB };

/**
 * The 12 KB target is not met by pages that record progress with Preact: Preact, its hooks and
 * Astro's island loader take about 9 KB before any feature code, and the progress store with its
 * checks on what storage holds and its fallbacks when storage fails about 6 KB
 * (docs/decisions/javascript-budgets.md). The home page and the lists meet it: they draw "where
 * am I" with plain scripts and carry no Preact. Each kind's measured weight, rounded up to the
 * next half (or quarter) kilobyte, is its ceiling, so it can only go down.
 */
const ceilings: [RegExp, number][] = [
	// The role-play studio, a trainer's tool: the island with CodeMirror 6 and YAML (117 KB), the
	// checker's Web Worker (zod, yaml, the linter: 69 KB) and the inline loader. The map (dagre) and the
	// play-test load when their tab opens. Only this page loads any of it.
	[/^studio\/$/, 200.5 * KB],
	// Running a local file: the presenter and the file picker; the checker's worker starts with the first file.
	[/^workshop\/local\/$/, 34.5 * KB],
	// Presenter: votes, timer, what-if, the room panel (broker, code, live tally switch) and loading a
	// session file. The group debrief loads as a session starts; the single-screen view (the
	// projector's stage drawn in this page) when it is turned on; the room client itself (MQTT.js,
	// signing, protocol) only when a room is opened (npm run bench, section 6).
	[/^workshop\/join\/$/, 15.75 * KB], // the phones' join page: form, ballot, the room's screen (the client loads on joining)
	[/^workshop\/[^/]+\/$/, 30.25 * KB],
	[/^progress\/$/, 27 * KB], // progress page: summary, step mastery, export/import, clear
	[/^scenarios\/[^/]+\/$/, 21.75 * KB], // role-play start: resume, mode (held on the page when storage refuses it); the play and the debrief load later
	[/^certificate\/$/, 22.25 * KB],
	[/^lessons\/[^/]+\/$/, 21 * KB], // knowledge check (focus to the questions on a fresh run), "mark as done", offline notice
	[/^lms\/$/, 17.5 * KB], // SCORM launch page: progress store and LMS bridge
	[/^drills\/[^/]+\/$/, 14.5 * KB],
	[/^workshop\/[^/]+\/audience\/$/, 14.75 * KB], // projector: phase layouts that fit the screen, join QR code, live tally
];
const ceilingFor = (pagePath: string) => ceilings.find(([pattern]) => pattern.test(pagePath))?.[1] ?? budgets.islandPageJs;
const gz = (data: string | Buffer) => gzipSync(data).length;

describe('JavaScript at load, per page of the root build', () => {
	const { outDir } = builds.root;
	test.each(builtPages(outDir).map((page) => [`/${page}`, page]))('%s: no script without an island, and no more than its budget with one', (_label, pagePath) => {
		const load = scriptsAtLoad(outDir, pagePath);
		if (load.islands === 0) {
			expect({ page: `/${pagePath}`, scripts: load.files.map((f) => path.relative(outDir, f)), inline: load.inline.length }).toEqual({ page: `/${pagePath}`, scripts: [], inline: 0 });
			return;
		}
		const sizes = load.files.map((file) => [path.relative(outDir, file), gz(readFileSync(file))] as const);
		const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0) + load.inline.reduce((sum, text) => sum + gz(text), 0);
		const ceiling = ceilingFor(pagePath);
		const detail = sizes.map(([file, bytes]) => `${file} ${bytes} B`).join(', ');
		expect(total, `/${pagePath} loads ${total} B of JavaScript gzipped (budget ${ceiling} B; target ${budgets.islandPageJs} B): ${detail}; inline ${load.inline.length}`).toBeLessThanOrEqual(ceiling);
	});
});

describe.each(siteBuilds)('the %s build', (_name, { outDir }) => {
	test('every HTML page is at most 30 KB gzipped', () => {
		const over = builtPages(outDir)
			.map((p) => ({ page: `/${p}`, bytes: gz(readFileSync(path.join(outDir, p, 'index.html'))) }))
			.filter(({ bytes }) => bytes > budgets.htmlPage);
		expect(over, `pages over ${budgets.htmlPage} B gzipped`).toEqual([]);
	});

	test('the site’s CSS is at most 17 KB gzipped, and no web fonts are shipped', () => {
		const files = builtFiles(outDir);
		const css = files.filter((f) => f.endsWith('.css'));
		const cssBytes = css.reduce((sum, f) => sum + gz(readFileSync(f)), 0);
		expect(cssBytes, `CSS files ${css.map((f) => path.relative(outDir, f)).join(', ')} total ${cssBytes} B gzipped (budget ${budgets.siteCss} B)`).toBeLessThanOrEqual(budgets.siteCss);
		expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f)).map((f) => path.relative(outDir, f))).toEqual([]);
	});
});
