import { defineConfig } from 'vitest/config';

// Unit tests cover pure code (schemas, engine, stores with a memory storage engine).
// Browser behaviour is tested by Playwright against the built site (test/e2e).
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
	},
});
