import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** Loaded by sw.js before Workbox's code: see that file for what it adds. */
const EXTRAS = 'service-worker-extras.js';

/**
 * Writes <outDir>/sw.js once the site (and its search index) is built: a Workbox service
 * worker that precaches every page, script, style and search file, so a trainer who has
 * opened the site once can run it with the network off.
 * Updates: each file is cached under its content revision; a new deploy installs a new
 * worker that waits until the learner accepts the "update ready" notice, then takes over.
 * Workbox then removes the old entries; service-worker-extras.js keeps the old hashed
 * scripts for pages still open from before, until none is left.
 * Offline, a page never cached (a mistyped address) gets the site's own 404 page, and an
 * address without its trailing slash is sent on to the page with it (the extras).
 */
export function offline(): AstroIntegration {
	let root: URL;
	return {
		name: 'make-good-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				copyFileSync(fileURLToPath(new URL(`src/integrations/${EXTRAS}`, root)), `${outDir}/${EXTRAS}`);
				const { count, size, warnings } = await generateSW({
					globDirectory: outDir,
					globPatterns: ['**/*.{html,js,css,svg,xml,json,wasm,yaml}', 'pagefind/**/*'],
					// The role-plays' scoring files are fetched only to check an imported file; offline, the check does without them.
					globIgnores: ['sw.js', EXTRAS, 'sitemap-*.xml', 'progress/scoring/**'],
					swDest: `${outDir}/sw.js`,
					importScripts: [EXTRAS],
					// URLs are relative to sw.js, which sits at the site's base: works under any sub-path.
					directoryIndex: 'index.html',
					// Hashed names change with their content: cached under their own address, which the extras look up.
					dontCacheBustURLsMatching: /^_astro\//,
					// Pagefind adds ?ts=… to its entry file to bypass HTTP caches; the precache matches without it.
					ignoreURLParametersMatching: [/^q$/, /^ts$/, /^utm_/],
					// A page that is not in the precache: from the network, or offline the site's own 404 page.
					runtimeCaching: [
						{ urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkOnly', options: { precacheFallback: { fallbackURL: '404.html' } } },
					],
					cleanupOutdatedCaches: true,
					skipWaiting: false,
					clientsClaim: false,
					inlineWorkboxRuntime: true,
					mode: 'production',
					sourcemap: false,
					maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KB).`);
			},
		},
	};
}
