import { test as base, expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG 2.2 AA rule sets every page and state is checked against. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe with those rules, run inside the page itself (axe's "legacy" mode). The default mode opens
 * a blank page for every check to merge results across frames, which doubles its cost (measured:
 * 0.9 s against 0.36 s on the presenter screen); the site's pages have no frames. The SCORM
 * tests, whose launch page holds the course in a frame, use the default.
 */
export const axeFor = (page: Page) => new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true);

/**
 * The axe rules that depend on colour. The dark theme changes colours and nothing else (its CSS
 * sets colour variables and text colours only), so in dark these are the rules that can find
 * something the light pass did not; running only them halves the dark pass.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/** axe on a page as it is now: any violation fails the test, listed with the elements it names. */
export async function expectAccessibleOn(page: Page, label: string = page.url(), builder = axeFor(page)): Promise<void> {
	const results = await builder.analyze();
	const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** axe in the light theme, then the colour rules in the dark one, then back to light. */
export async function expectAccessibleInBothThemes(page: Page, label: string = page.url()): Promise<void> {
	await page.emulateMedia({ colorScheme: 'light' });
	await expectAccessibleOn(page, `${label} (light)`);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectAccessibleOn(page, `${label} (dark)`, new AxeBuilder({ page }).withRules(colourRules).setLegacyMode(true));
	await page.emulateMedia({ colorScheme: 'light' });
}

/** Adds each console error and uncaught error of `page` to `errors` as it happens; returns the page. */
export function watchErrors(errors: string[], page: Page): Page {
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	return page;
}

/**
 * Tests get `consoleErrors`, filled with every console error and uncaught page
 * error, and `expectAccessible()`, which runs axe on the page as it is now.
 */
export const test = base.extend<{ consoleErrors: string[]; expectAccessible: (label?: string) => Promise<void> }>({
	consoleErrors: async ({ page }, use) => {
		const errors: string[] = [];
		watchErrors(errors, page);
		await use(errors);
	},
	expectAccessible: async ({ page }, use) => {
		await use((label = page.url()) => expectAccessibleOn(page, label));
	},
});

export { expect };

/** The output folder each Playwright project serves (see playwright.config.ts). */
export function outDirFor(projectName: string): { outDir: string; base: string } {
	return projectName === 'subpath' ? { outDir: 'dist-subpath', base: '/training/' } : { outDir: 'dist', base: '/' };
}

/**
 * Waits until every island on the page has hydrated (Astro drops an island's `ssr` attribute then)
 * and every element a plain script draws has been drawn (it gains `data-ready`); before that their
 * buttons and keys do nothing. On a timeout the message names the islands still waiting.
 */
export async function hydrated(scope: Page | Frame | FrameLocator, label = 'islands still waiting to hydrate'): Promise<void> {
	const waiting = () =>
		scope
			.locator('astro-island[ssr], [data-widget]:not([data-ready])')
			.evaluateAll((islands) => islands.map((island) => island.getAttribute('component-url') ?? island.getAttribute('data-widget') ?? '?'))
			// A page that is navigating (a reload the page started itself) has nothing to read yet: wait on.
			.catch((error: Error) => {
				if (/Execution context was destroyed|navigat/i.test(error.message)) return ['(page still loading)'];
				throw error;
			});
	// A wait, not a speed check: on a loaded 2-core machine an island has taken over 5 s to hydrate.
	await expect.poll(waiting, { message: label, intervals: [50, 100, 250], timeout: 15_000 }).toEqual([]);
}
