import { test, expect, hydrated } from './fixtures.ts';
import { templates } from './templates.ts';

// The site under a sub-path (BASE_PATH=/training/): every kind of page loads, its islands
// hydrate, and nothing it asks for misses the base. (Every link in the build is checked from
// the files in test/dist/links.test.ts.)
test('under /training/: a page of every kind loads with its islands and requests nothing outside the base', async ({ page, consoleErrors, baseURL }) => {
	// One page, visiting each kind in turn: what went wrong is gathered per kind, so one failure names them all.
	test.setTimeout(120_000); // 21 pages one after another
	let kind = '';
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/training/')) problems.push(`${kind}: asked for ${url.pathname}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${kind}: ${response.status()} ${response.url()}`);
	});
	for (const [name, pagePath] of templates) {
		kind = name;
		const response = await page.goto(pagePath);
		if (response?.status() !== 200) problems.push(`${kind}: answered ${response?.status()}`);
		await hydrated(page, `${kind}: islands still waiting to hydrate`);
		const headings = await page.locator('h1').count();
		if (headings !== 1) problems.push(`${kind}: ${headings} h1 elements`);
		problems.push(...consoleErrors.splice(0).map((error) => `${kind}: console: ${error}`));
	}
	expect(problems).toEqual([]);
});

test('under /training/: a role-play starts, takes a choice and shows its consequence', async ({ page }) => {
	await page.goto('scenarios/late-parcel/');
	await page.getByRole('radio', { name: /^Practice/ }).check();
	await page.getByRole('button', { name: /^Start/ }).click();
	await page.locator('.turn-now .choice').first().click();
	await expect(page.locator('.consequence')).toBeFocused();
});
