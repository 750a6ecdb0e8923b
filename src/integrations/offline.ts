import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Writes <outDir>/sw.js once the site (and its search index) is built: a Workbox service
 * worker that precaches every page, script, style and search file, so a trainer who has
 * opened the site once can run it with the network off.
 * Updates: each file is cached under its content revision; a new deploy installs a new
 * worker that waits until the learner accepts the "update ready" notice, then takes over
 * and removes the old entries, so a page never asks for a hashed asset that is gone.
 */
export function offline(): AstroIntegration {
	return {
		name: 'make-good-offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					globDirectory: outDir,
					globPatterns: ['**/*.{html,js,css,svg,xml,json,wasm,yaml}', 'pagefind/**/*'],
					globIgnores: ['sw.js', 'sitemap-*.xml'],
					swDest: `${outDir}/sw.js`,
					// URLs are relative to sw.js, which sits at the site's base: works under any sub-path.
					directoryIndex: 'index.html',
					// Pagefind adds ?ts=… to its entry file to bypass HTTP caches; the precache matches without it.
					ignoreURLParametersMatching: [/^q$/, /^ts$/, /^utm_/],
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
