import { defineConfig } from 'vitest/config';

/**
 * Three levels below the browser, each the cheapest place for what it checks
 * (see docs/contributing.md):
 *   - unit: pure code — schemas, engine, stores with a memory storage engine, content data;
 *   - component: Preact widgets rendered in happy-dom with Testing Library;
 *   - dist: the built site's files (HTML, links, sizes, text), run after `npm run build:all`.
 * Browser journeys are Playwright's (test/e2e).
 */
export default defineConfig({
	test: {
		// Test files share their workers' module cache (no isolation): each file re-importing the
		// schemas and the engine was a third of the run (70 s against 34 s on 2 cores). Stores take
		// their storage as an argument and tests reset what they set, so no file leans on another;
		// checked by running the files in three shuffled orders.
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', isolate: false } },
			{ extends: true, test: { name: 'component', include: ['test/component/**/*.test.{ts,tsx}'], environment: 'happy-dom', isolate: false } },
			{ extends: true, test: { name: 'dist', include: ['test/dist/**/*.test.ts'], environment: 'node', testTimeout: 60_000, isolate: false } },
		],
		coverage: {
			provider: 'v8',
			include: ['src/engine/**'],
			// The engine is where every rule lives: keep it covered.
			thresholds: { 'src/engine/**': { lines: 95 } },
			reporter: ['text-summary'],
		},
	},
});
