import type { Page, Response } from '@playwright/test';
import { test, expect, expectAccessibleInBothThemes, hydrated } from './fixtures.ts';
import { builtPages } from '../dist/site-pages.ts';
import { templates } from './templates.ts';

// One page of each kind, checked as a learner would meet it, in light and dark themes.
// (Every page's HTML, links and sizes are checked from the files in test/dist.)
const pages = builtPages('dist');

/** Kinds whose page, as it loads, a journey already checks with axe in both themes: not checked twice. */
const axedInJourney: Record<string, string> = {
	'drill list': 'drills.spec.ts',
	'order drill': 'drills.spec.ts (at the start)',
	'choice drill': 'drills.spec.ts (at the start)',
	'workshop list': 'workshop.spec.ts',
	'workshop presenter': 'workshop.spec.ts (before the start)',
	'workshop audience': 'workshop.spec.ts (waiting for the presenter)',
};

/** Loads a page: it answers 200 with no failed request or console error, its islands hydrate, it has one h1 and one main. */
async function loadsCleanly(page: Page, pagePath: string, consoleErrors: string[]) {
	const failed: string[] = [];
	const onResponse = (response: Response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	};
	page.on('response', onResponse);
	const response = await page.goto(pagePath);
	expect(response?.status(), `/${pagePath}`).toBe(200);
	await hydrated(page, `/${pagePath}: islands still waiting to hydrate`);
	await expect(page.locator('h1'), `/${pagePath}`).toHaveCount(1);
	await expect(page.locator('main#main'), `/${pagePath}`).toHaveCount(1);
	page.off('response', onResponse);
	expect(failed, `/${pagePath}: requests that failed`).toEqual([]);
	expect(consoleErrors.splice(0), `/${pagePath}: console errors`).toEqual([]);
}

for (const [kind, pagePath] of templates.filter(([kind]) => !(kind in axedInJourney))) {
	test(`${kind} (/${pagePath}) loads cleanly, has one h1 and passes axe in light and dark`, async ({ page, consoleErrors }) => {
		await loadsCleanly(page, pagePath, consoleErrors);
		await expectAccessibleInBothThemes(page, `/${pagePath}`);
		expect(consoleErrors, 'console errors').toEqual([]);
	});
}

test(`the pages axe checks in their journeys (${Object.keys(axedInJourney).join(', ')}) load cleanly and have one h1`, async ({ page, consoleErrors }) => {
	for (const [, pagePath] of templates.filter(([kind]) => kind in axedInJourney)) await loadsCleanly(page, pagePath, consoleErrors);
});

test('every page reflows at 320 px without sideways scrolling', async ({ page }) => {
	test.setTimeout(300_000); // every page of the site, one after another
	await page.setViewportSize({ width: 320, height: 640 });
	for (const pagePath of pages) {
		await page.goto(pagePath);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `horizontal overflow on /${pagePath}`).toBeLessThanOrEqual(0);
	}
});

test('a missing page answers 404 with the site’s own page', async ({ page, expectAccessible }) => {
	const response = await page.goto('no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('We can’t find that page');
	await page.getByRole('link', { name: 'Browse the lessons' }).click();
	await expect(page.locator('h1')).toHaveText('Lessons');
	await expectAccessible('404');
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
	await page.goto('lessons/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
});

test('the header navigation works by keyboard and marks the current section', async ({ page }) => {
	await page.goto('');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Procedures' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('h1')).toHaveText('Procedures');
	await expect(nav.getByRole('link', { name: 'Procedures' })).toHaveAttribute('aria-current', 'page');
	await page.getByRole('link', { name: 'Stopping service to a customer' }).click();
	await expect(nav.getByRole('link', { name: 'Procedures' })).toHaveAttribute('aria-current', 'true');
});
