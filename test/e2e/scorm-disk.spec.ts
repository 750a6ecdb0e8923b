import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, hydrated } from './fixtures.ts';
import { unzipPackage } from './lms-host.ts';

// The package unzipped and opened from disk (file://), with no LMS and no web server: the launch
// page says so at once and the course works as on the web. Browsers run no module script from
// file://, so this is where a package built on Astro's module islands would do nothing.
const { folder } = unzipPackage();
const root = pathToFileURL(path.join(folder, 'package')).href;
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('opened from disk, the launch page says there is no LMS and the course works: lessons, progress, a role-play', async ({ page, consoleErrors }) => {
	await page.goto(`${root}/lms/index.html`);
	await expect(page.getByText('No learning management system found.')).toBeVisible({ timeout: 3000 });
	await page.getByRole('link', { name: 'open the course' }).click();
	await expect(page.locator('h1')).toHaveText('When service goes wrong, make it good.');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
	await page.getByRole('link', { name: 'Handling a complaint' }).first().click();
	await hydrated(page);
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await page.getByRole('link', { name: 'your progress', exact: true }).click();
	await expect(page.getByText('Lessons done: 1 of 4')).toBeVisible();

	await page.goto(`${root}/scenarios/broadband-outage/index.html`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the role-play' }).click();
	await expect(page.locator('.choice').first()).toBeVisible();
	expect(consoleErrors).toEqual([]);
});
