import { expect, test } from 'vitest';
import { siteUrlCheck, siteUrlWarning } from '../../../src/integrations/site-url.ts';

const warningText =
	'SITE_URL is not set, so the sitemap (sitemap-index.xml) gives every page an address at http://localhost:4321/, which no one else can reach.\n' +
	'Fix: build with the address the site will be served from, e.g. SITE_URL=https://training.example.org npm run build (include the sub-path in BASE_PATH, not here).';

test('a build without SITE_URL (unset or empty) says the sitemap points at localhost, and how to fix it', () => {
	expect(siteUrlWarning(undefined)).toBe(warningText);
	expect(siteUrlWarning('  ')).toBe(warningText);
	expect(siteUrlWarning('https://training.example.org')).toBeUndefined();
});

test('the warning is printed in the build output, once, at the start of the build', async () => {
	const printed: string[] = [];
	const logger = { warn: (message: string) => void printed.push(message) };
	const run = (siteUrl: string | undefined) =>
		(siteUrlCheck(siteUrl).hooks['astro:build:start'] as unknown as (options: { logger: typeof logger }) => void)({ logger });
	run(undefined);
	expect(printed).toEqual([warningText]);
	run('https://training.example.org');
	expect(printed).toHaveLength(1);
});
