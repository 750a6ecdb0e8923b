import { test, expect, hydrated } from './fixtures.ts';
import { templates } from './templates.ts';

// The site under a sub-path (BASE_PATH=/training/): every kind of page loads, its islands
// hydrate, and nothing it asks for misses the base. (Every link in the build is checked from
// the files in test/dist/links.test.ts.)
for (const [kind, pagePath] of templates) {
	test(`under /training/: ${kind} loads with its islands and requests nothing outside the base`, async ({ page, consoleErrors, baseURL }) => {
		const outside: string[] = [];
		const failed: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/training/')) outside.push(url.pathname);
		});
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		const response = await page.goto(pagePath);
		expect(response?.status()).toBe(200);
		await hydrated(page);
		await expect(page.locator('h1')).toHaveCount(1);
		expect({ outside, failed, consoleErrors }).toEqual({ outside: [], failed: [], consoleErrors: [] });
	});
}

test('under /training/: a role-play starts, takes a choice and shows its consequence', async ({ page }) => {
	await page.goto('scenarios/late-parcel/');
	await page.getByRole('radio', { name: /^Practice/ }).check();
	await page.getByRole('button', { name: /^Start/ }).click();
	await page.locator('.turn-now .choice').first().click();
	await expect(page.locator('.consequence')).toBeFocused();
});
