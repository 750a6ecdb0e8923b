import { defineConfig } from '@playwright/test';
import { chromiumExecutable, systemChromiumArgs } from './test/e2e/browser.ts';

// The browser tests run against the BUILT site, served the way a static host would:
// once at the root (dist/) and once under a sub-path (dist-subpath/, base /training/).
// `npm run test:e2e` builds both first.
const executablePath = chromiumExecutable();
const launchOptions = executablePath ? { executablePath, args: systemChromiumArgs } : {};

// E2E_PORT lets several checkouts run their browser tests side by side.
const rootPort = Number(process.env.E2E_PORT ?? 4400);
const subPathPort = rootPort + 1;
const hostilePort = rootPort + 2;

export default defineConfig({
	testDir: 'test/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Pages run axe twice (light and dark) on a 2-core machine: give each test room.
	timeout: 60_000,
	// The JSON report feeds the per-level summary at the end of `npm test` (scripts/test-summary.ts).
	reporter: [['list'], ['json', { outputFile: '.test-reports/browser.json' }]],
	use: {
		browserName: 'chromium',
		launchOptions,
		trace: 'off',
		// A fresh context installs the service worker, which fetches the whole site (about 200
		// files) in the background of every test. Only the tests of offline use and updates
		// need it; they say so with test.use({ serviceWorkers: 'allow' }).
		serviceWorkers: 'block',
	},
	projects: [
		{
			name: 'root',
			testIgnore: ['inert-content.spec.ts', 'content-safety.spec.ts', 'subpath.spec.ts', /\/scorm[^/]*\.spec\.ts$/],
			use: { baseURL: `http://localhost:${rootPort}/` },
		},
		// Under a sub-path, a smoke test of each kind of page (the links of every page are checked in test/dist).
		{ name: 'subpath', testMatch: 'subpath.spec.ts', use: { baseURL: `http://localhost:${subPathPort}/training/` } },
		// The hostile fixture site (test/fixtures/hostile-site): content that tries to be code.
		{ name: 'hostile', testMatch: ['inert-content.spec.ts', 'content-safety.spec.ts'], use: { baseURL: `http://localhost:${hostilePort}/` } },
		// The SCORM package in a test LMS (scorm-again), and opened from disk; the specs serve it themselves.
		{ name: 'scorm', testMatch: /\/scorm[^/]*\.spec\.ts$/ },
	],
	webServer: [
		{
			command: `node test/e2e/static-server.ts dist ${rootPort} /`,
			url: `http://localhost:${rootPort}/`,
			reuseExistingServer: false,
		},
		{
			command: `node test/e2e/static-server.ts dist-subpath ${subPathPort} /training/`,
			url: `http://localhost:${subPathPort}/training/`,
			reuseExistingServer: false,
		},
		{
			command: `node test/e2e/static-server.ts dist-hostile ${hostilePort} /`,
			url: `http://localhost:${hostilePort}/`,
			reuseExistingServer: false,
		},
	],
});
