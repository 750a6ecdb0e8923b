import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, outDirFor } from './fixtures.ts';
import { serveFolder, type RunningServer } from './serve.ts';
import { PROGRESS_KEY, hydrated } from './progress-helpers.ts';

// Two tabs and a deploy: one tab takes the new version while the other still runs the old
// one, whose next lazy import (the progress store, loaded when a drill is finished) names a
// script the new deploy no longer has. Each test deploys a private copy of the build.

const drillPage = 'drills/order-steps-issue-resolution/';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		return statSync(file).isDirectory() ? filesUnder(file) : [file];
	});
}

/**
 * A new build, as far as the test needs one: the progress store's script changes, so its
 * hashed name changes, and so does every script that names it (and so on up), and every page
 * and the service worker's list that name any of them. The old names are gone from the host.
 */
function deployNewVersion(site: string) {
	const assets = path.join(site, '_astro');
	const renamed = new Map<string, string>();
	let changed = readdirSync(assets).filter((name) => /^progress\.[\w-]+\.js$/.test(name));
	while (changed.length > 0) {
		for (const name of changed) renamed.set(name, name.replace(/\.([\w-]+)\.js$/, '.$1next.js'));
		const names = [...renamed.keys()];
		changed = readdirSync(assets).filter(
			(name) =>
				name.endsWith('.js') &&
				!renamed.has(name) &&
				![...renamed.values()].includes(name) &&
				names.some((old) => readFileSync(path.join(assets, name), 'utf8').includes(old)),
		);
	}
	const rewritten: string[] = [];
	for (const file of filesUnder(site).filter((f) => /\.(html|js)$/.test(f) && !f.endsWith('sw.js'))) {
		const text = readFileSync(file, 'utf8');
		let next = text;
		for (const [old, now] of renamed) next = next.replaceAll(old, now);
		if (next === text) continue;
		writeFileSync(file, next);
		// Scripts that changed were renamed above; pages keep their address and get a new revision.
		if (file.endsWith('.html')) rewritten.push(path.relative(site, file));
	}
	for (const [old, now] of renamed) renameSync(path.join(assets, old), path.join(assets, now));
	// The service worker's list: the new names, and a new revision for each page whose text changed.
	let worker = readFileSync(path.join(site, 'sw.js'), 'utf8');
	for (const [old, now] of renamed) worker = worker.replaceAll(old, now);
	for (const file of rewritten) {
		const revision = createHash('md5')
			.update(readFileSync(path.join(site, file)))
			.digest('hex');
		worker = worker.replace(new RegExp(`(url:"${file.replaceAll('.', '\\.')}",revision:)"[0-9a-f]+"`), `$1"${revision}"`);
	}
	writeFileSync(path.join(site, 'sw.js'), worker);
	return renamed;
}

async function withPrivateSite(base: string, outDir: string, run: (site: string, server: { current: RunningServer }) => Promise<void>) {
	const site = mkdtempSync(`${os.tmpdir()}/make-good-two-tabs-`);
	cpSync(outDir, site, { recursive: true });
	const server = { current: await serveFolder(site, base) };
	try {
		await run(site, server);
	} finally {
		await server.current.stop();
		rmSync(site, { recursive: true, force: true });
	}
}

/** Deploys while the server is down (it lists its files when it starts), then serves the new version on the same origin. */
async function redeploy(site: string, base: string, server: { current: RunningServer }) {
	const { port } = server.current;
	await server.current.stop();
	const renamed = deployNewVersion(site);
	expect(renamed.size).toBeGreaterThan(0);
	server.current = await serveFolder(site, base, port);
}

async function finishDrill(page: Page) {
	await page.getByRole('button', { name: 'Check order' }).click();
	await expect(page.locator('.drill-summary')).toBeVisible();
}

const storedDrills = async (page: Page) =>
	Object.keys(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '{"drills":{}}').drills);

function failures(context: BrowserContext) {
	const failed: string[] = [];
	context.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	return failed;
}

test.describe('with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('a tab still on the old version finishes a drill after another tab updated: the old script is still served, the result is saved, and its own "Reload to update" works', async ({
		context,
		page,
	}, testInfo) => {
		const { outDir, base } = outDirFor(testInfo.project.name);
		// Waits below are for the service worker installing or updating (it fetches the whole site,
		// about 200 files): up to 15 s on a loaded 2-core machine. They wait; they do not time.
		const sw = { timeout: 15_000 };
		await withPrivateSite(base, outDir, async (site, server) => {
			const failed = failures(context);
			await page.goto(`${server.current.url}${drillPage}`);
			await page.evaluate(async () => navigator.serviceWorker.ready);
			await page.reload();
			await expect(page.locator('.offline-notice')).toContainText('saved for offline use', sw);
			const old = await context.newPage();
			await old.goto(`${server.current.url}${drillPage}`);
			await hydrated(old);
			await expect(old.locator('.offline-notice')).toContainText('saved for offline use', sw);

			await redeploy(site, base, server);
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await expect(old.getByRole('button', { name: 'Reload to update' })).toBeVisible(sw);
			// The reload comes once the new worker takes over, after the click returns: wait for the new page's load.
			const reloaded = page.waitForEvent('load');
			await page.getByRole('button', { name: 'Reload to update' }).click();
			await reloaded;
			await hydrated(page);
			await expect(page.getByRole('button', { name: 'Reload to update' })).toBeHidden(sw);

			// The other tab never reloaded: its drill asks for the progress script by its old name.
			await finishDrill(old);
			await expect.poll(() => storedDrills(old), sw).toEqual(['order-steps-issue-resolution']);
			await expect(old.locator('.drill-summary')).not.toContainText('This site has been updated since this page was opened');
			expect(failed).toEqual([]);

			const oldReloaded = old.waitForEvent('load');
			await old.getByRole('button', { name: 'Reload to update' }).click();
			await oldReloaded;
			await expect(old.getByRole('button', { name: 'Reload to update' })).toBeHidden(sw);
			// No page from before the update is left: the old scripts kept for them are deleted.
			await expect
				.poll(() => old.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('make-good-previous-'))), { timeout: 15_000 })
				.toEqual([]);
		});
	});
});

test.describe('without a service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('a drill finished on a page whose scripts a deploy removed: the result is kept, the learner is told, and after a reload it is in their progress', async ({
		page,
	}, testInfo) => {
		const { outDir, base } = outDirFor(testInfo.project.name);
		await withPrivateSite(base, outDir, async (site, server) => {
			await page.goto(`${server.current.url}${drillPage}`);
			await hydrated(page);
			await redeploy(site, base, server);

			await finishDrill(page);
			const notice = page.locator('.drill-summary').getByRole('status');
			await expect(notice).toContainText(
				'This site has been updated since this page was opened, so your result could not be added to your progress here. It is kept',
			);
			const reloaded = page.waitForEvent('load');
			await notice.getByRole('button', { name: 'Reload to use the new version' }).click();
			await reloaded;
			await hydrated(page);
			await expect(page.locator('.drill-summary')).toHaveCount(0);

			await page.goto(`${server.current.url}progress/`);
			await hydrated(page);
			await expect(page.locator('.checklist li').filter({ hasText: 'Order the steps: resolving a complaint' })).toContainText('Last:');
			expect(await storedDrills(page)).toEqual(['order-steps-issue-resolution']);
		});
	});
});
