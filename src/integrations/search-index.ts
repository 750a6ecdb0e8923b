import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pages that set BaseLayout's `searchable`: lessons, role-plays, procedures, drills and the glossary. */
export const SEARCHABLE_PAGES = '{lessons,scenarios,procedures,drills,glossary}/**/*.html';

/**
 * Builds the Pagefind search index into <outDir>/pagefind/ once Astro has written the
 * site, so every build (npm run build, the sub-path build, the benchmark) is searchable.
 * Only elements marked data-pagefind-body are indexed: lessons, role-plays, procedures, drills, glossary.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'make-good-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
				// Only the folders whose pages can be searchable (BaseLayout's `searchable`): Pagefind skips pages
				// without data-pagefind-body anyway, but reading the 4 workshop pages per role-play cost seconds on a large site.
				const added = await index.addDirectory({ path: outDir, glob: SEARCHABLE_PAGES });
				if (added.errors.length > 0) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
				await index.writeFiles({ outputPath: `${outDir}/pagefind` });
				await pagefind.close();
				// The results page uses Pagefind's JavaScript API; its ready-made UI bundles would only be dead weight.
				for (const name of await readdir(`${outDir}/pagefind`)) {
					if (/^pagefind-(component-|modular-)?ui\./.test(name) || name === 'pagefind-highlight.js') await rm(`${outDir}/pagefind/${name}`);
				}
				logger.info(`Indexed ${added.page_count} pages for search.`);
			},
		},
	};
}
