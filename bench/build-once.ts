/**
 * One production build, in this process, so its wall time and peak memory are its own.
 * Prints one JSON line: { ms, peakMB, pages }. Content and output folders come from
 * MAKE_GOOD_CONTENT_DIR and OUT_DIR, as for any build.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const ms = performance.now() - started;
const outDir = process.env.OUT_DIR ?? 'dist';
const count = (dir: string): number =>
	readdirSync(dir).reduce((sum, name) => {
		const full = path.join(dir, name);
		return sum + (statSync(full).isDirectory() ? count(full) : name.endsWith('.html') ? 1 : 0);
	}, 0);
// maxRSS is in kilobytes on Linux.
console.log(JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), pages: count(outDir) }));
