// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { searchIndex } from './src/integrations/search-index.ts';
import { offline } from './src/integrations/offline.ts';
import { DEFAULT_SITE_URL, siteUrlCheck } from './src/integrations/site-url.ts';
import { lessonChecks } from './src/loaders/mdx-checks.ts';

// Hosting anywhere: BASE_PATH puts the site under a sub-path (e.g. /training/),
// SITE_URL gives the sitemap absolute addresses (empty counts as unset: a host's variable may be blank),
// OUT_DIR lets tests keep two builds side by side.
const base = process.env.BASE_PATH ?? '/';
// A SCORM package (MAKE_GOOD_SCORM=1, see scripts/build-scorm.ts) is hosted by an LMS: it gets no
// sitemap, no search index and no service worker.
const scormPackage = process.env.MAKE_GOOD_SCORM === '1';

export default defineConfig({
	site: process.env.SITE_URL || DEFAULT_SITE_URL,
	base,
	outDir: process.env.OUT_DIR ?? './dist',
	output: 'static',
	trailingSlash: 'always',
	integrations: [mdx(), preact(), ...(scormPackage ? [] : [sitemap(), siteUrlCheck(), searchIndex(), offline()])],
	// Prism marks code up with classes; Shiki's inline styles would need 'unsafe-inline' under the CSP.
	// Lessons are checked as they compile: safe links only, with the base added (src/loaders/mdx-checks.ts).
	markdown: { syntaxHighlight: 'prism', processor: satteri({ mdastPlugins: [lessonChecks(base)] }) },
	// Pages render 4 at a time: one at a time, the main thread sat idle much of the time (docs/decisions/build-speed.md).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	server: { port: Number(process.env.PORT ?? 4321) },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks every MDX module with "use astro:head-inject", and Rolldown warns about it once per
				// lesson (withastro/astro#18087, harmless). Hosts should not read a warning per lesson on every build.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	// A hash-based Content-Security-Policy on every page (as a <meta> tag): Astro hashes the
	// scripts and styles it emits, so nothing needs 'unsafe-inline' or 'unsafe-eval'.
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			// Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
