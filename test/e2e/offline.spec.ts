import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { test, expect, outDirFor, hydrated } from './fixtures.ts';
import { serveFolder } from './serve.ts';

// Offline: once a page with an island has installed the service worker, the whole site
// (lessons, role-plays, search index) keeps working with the network off.
test.use({ serviceWorkers: 'allow' });

test('after one visit, lessons, a role-play, search and the workshop load and play with the network off', async ({ page, context }) => {
	await page.goto('scenarios/broadband-outage/');
	// The notice is hidden text until there is news; the worker being active is what matters.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect(page.locator('.offline-notice')).toContainText('saved for offline use');

	await context.setOffline(true);
	await page.goto('lessons/handling-a-complaint/');
	await expect(page.locator('h1')).toHaveText('Handling a complaint');
	await expect(page.locator('.step')).toHaveCount(5);

	await page.goto('scenarios/restaurant-booking/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the role-play' }).click();
	await page.locator('.choice').first().click();
	// The conversation view loaded from the cache: the first choice's consequence, then it joins the conversation.
	await expect(page.locator('.consequence')).toBeVisible();
	await page.locator('.consequence').getByRole('button').click();
	await expect(page.locator('.conversation .exchange')).toHaveCount(1);

	await page.goto('search/?q=chocolates');
	await expect(page.locator('.search-results li').first()).toBeVisible();

	await page.goto('workshop/broadband-outage/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the session' }).click();
	await expect(page.getByRole('button', { name: 'Add a vote for A' })).toBeVisible();
	await context.setOffline(false);
});

test('offline, an address without its trailing slash opens the page, and a page never saved gets the site’s own 404 page', async ({ page, context }) => {
	await page.goto('scenarios/broadband-outage/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await context.setOffline(true);
	await page.goto('progress');
	await expect(page.locator('h1')).toHaveText('Your progress');
	await expect(page).toHaveURL(/progress\/$/);
	await page.goto('no-such-page/');
	await expect(page.locator('h1')).toHaveText('We can’t find that page');
	await expect(page.locator('main')).toContainText('Offline? Only the pages this device saved');
	await page.goto('lessons/no-such-lesson');
	await expect(page.locator('h1')).toHaveText('We can’t find that page');
	await context.setOffline(false);
});

test('a new deploy is offered with a notice, and reloading switches to it without broken assets', async ({ page }, testInfo) => {
	const { outDir, base } = outDirFor(testInfo.project.name);
	// A private copy of the build, served on its own free port, so "deploying" it disturbs no other test.
	const site = mkdtempSync(`${os.tmpdir()}/make-good-deploy-`);
	cpSync(outDir, site, { recursive: true });
	let server = await serveFolder(site, base);
	const { port } = server;
	try {
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(`http://localhost:${port}${base}scenarios/broadband-outage/`);
		await page.evaluate(async () => navigator.serviceWorker.ready);
		await page.reload();
		await expect(page.locator('.offline-notice')).toContainText('saved for offline use');

		// Deploy: a changed service worker, as a new build would produce.
		await server.stop();
		appendFileSync(`${site}/sw.js`, '\n// next deploy\n');
		server = await serveFolder(site, base, port);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		const reload = page.getByRole('button', { name: 'Reload to update' });
		await expect(reload).toBeVisible();
		const reloaded = page.waitForEvent('load');
		await reload.click();
		await reloaded;
		await expect(reload).toBeHidden();
		await expect(page.locator('h1')).toHaveText('The engineer who came at four');
		await hydrated(page);
		expect(failed).toEqual([]);
	} finally {
		await server.stop();
		rmSync(site, { recursive: true, force: true });
	}
});
