import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { builds } from './builds.ts';
import { builtFiles } from './site-pages.ts';

// The indexer reads only some folders (SEARCHABLE_PAGES in src/integrations/search-index.ts): a
// page marked searchable anywhere else would silently go missing from the search.
test('the search index holds every page marked searchable, and no other', () => {
	const { outDir } = builds.root;
	const pages = builtFiles(outDir).filter((file) => file.endsWith('.html') && !path.relative(outDir, file).startsWith('pagefind'));
	const searchable = pages.filter((file) => /<div class="wrap" data-pagefind-body/.test(readFileSync(file, 'utf8')));
	const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
	expect(searchable.length).toBeGreaterThan(20);
	expect(indexed, `pages with data-pagefind-body: ${searchable.map((file) => path.relative(outDir, file)).join(', ')}`).toBe(searchable.length);
});
