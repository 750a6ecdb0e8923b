import path from 'node:path';
import { test, expect, hydrated } from './fixtures.ts';
import { lmsValue, startLmsHost, type LmsHost } from './lms-host.ts';
import { completeProgress, PROGRESS_KEY } from './progress-helpers.ts';
import { templates } from './templates.ts';

// The launch page holds the LMS session: the learner moves around the course inside it, and every
// link, including those the islands build in the browser, names a file the package has (the test
// host refuses folders, as hosts without folder indexes do).
let lmsHost: LmsHost;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	lmsHost = await startLmsHost();
});

test.afterAll(async () => {
	await lmsHost?.stop();
});

test('the launch page never leaves: the course’s own navigation works inside it, and the LMS still gets the report', async ({ page }) => {
	await page.goto(lmsHost.lmsPage());
	const launch = page.frameLocator('#sco');
	await expect(launch.getByRole('status')).toContainText('Reporting to your LMS');
	// Nothing on the launch page itself (bar its skip link) could navigate it away (which would end the LMS session).
	await expect(launch.locator('a[href]:not([href^="#"]), form')).toHaveCount(0);

	const course = launch.frameLocator('iframe.lms-frame');
	await course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
	await course.getByRole('link', { name: 'Handling a complaint' }).first().click();
	await hydrated(course);
	await course.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await course.getByRole('navigation', { name: 'More' }).getByRole('link', { name: 'Your progress' }).click();
	await expect(course.getByText('Lessons done: 1 of 4')).toBeVisible();

	await expect
		.poll(async () => Object.keys(JSON.parse((await lmsValue(page, 'cmi.suspend_data')) || '{"lessons":{}}').lessons))
		.toEqual(['handling-a-complaint']);
	expect(page.frame({ name: 'sco' })?.url()).toBe(`${lmsHost.url}package/lms/index.html`);
	expect(await page.evaluate(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated())).toBe(false);
});

test('links built in the browser name a file: following them works where folders are refused', async ({ page }) => {
	await page.goto(`${lmsHost.url}package/lessons/handling-a-complaint/index.html`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await page.getByRole('link', { name: 'your progress', exact: true }).click();
	await expect(page.getByText('Lessons done: 1 of 4')).toBeVisible();
	await hydrated(page);
	await page.getByRole('link', { name: 'see what remains' }).click();
	await expect(page.locator('h1')).toHaveText('Your certificate');
});

test('every link on a page of each kind with islands, once they have run, names a file in the package', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto(`${lmsHost.url}package/index.html`);
	// A learner with everything done sees the most links (scores, steps to revisit, the certificate).
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(completeProgress())]);
	const files = new Set(lmsHost.files);
	// One page of each kind: pages of a kind share their islands, and the built links of every
	// page are checked from the files in test/dist/scorm-files.test.ts.
	const islandPages = templates
		.map(([, pagePath]) => `${pagePath.replace(/\?.*$/, '')}index.html`)
		.filter((file) => files.has(file) && file !== 'lms/index.html');
	const broken: string[] = [];
	let checked = 0;
	for (const file of islandPages) {
		await page.goto(`${lmsHost.url}package/${file}`);
		if ((await page.locator('astro-island, [data-widget]').count()) === 0) continue;
		await hydrated(page);
		const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		for (const href of hrefs) {
			const target = new URL(href);
			if (target.origin !== new URL(lmsHost.url).origin) continue;
			checked++;
			const inPackage = path.posix.relative('/package', decodeURIComponent(target.pathname));
			if (!files.has(inPackage)) broken.push(`${file}: ${href}`);
		}
	}
	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(300);
});
