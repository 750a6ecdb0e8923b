import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG 2.2 AA rule sets every page and state is checked against. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Tests get `consoleErrors`, filled with every console error and uncaught page
 * error, and `expectAccessible()`, which runs axe on the page as it is now.
 */
export const test = base.extend<{ consoleErrors: string[]; expectAccessible: (label?: string) => Promise<void> }>({
	consoleErrors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await use(errors);
	},
	expectAccessible: async ({ page }, use) => {
		await use(async (label = page.url()) => {
			const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(summary, `axe violations on ${label}`).toEqual([]);
		});
	},
});

export { expect };

/** The output folder each Playwright project serves (see playwright.config.ts). */
export function outDirFor(projectName: string): { outDir: string; base: string } {
	return projectName === 'subpath' ? { outDir: 'dist-subpath', base: '/training/' } : { outDir: 'dist', base: '/' };
}
