import { test, expect } from './fixtures.ts';

// A content folder with markup and script in every field a trainer types
// (test/fixtures/hostile-site), built by `npm run test:e2e` into dist-hostile/.
// All of it must reach the learner as text: no element, no handler, no dialog.
const pages = ['', 'lessons/', 'lessons/hostile-lesson/', 'scenarios/', 'scenarios/hostile-text/', 'procedures/issue-resolution/', 'glossary/', 'course/', 'workshop/hostile-text/', 'workshop/hostile-text/cards/', 'workshop/hostile-text/answer-key/'];

test.beforeEach(async ({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`content ran code: a dialog said "${dialog.message()}"`);
	});
});

for (const pagePath of pages) {
	test(`/${pagePath} renders authors' markup as inert text`, async ({ page, consoleErrors }) => {
		await page.goto(pagePath);
		const injected = await page.evaluate(() => ({
			handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
			scriptLinks: document.querySelectorAll('a[href^="javascript:" i], iframe').length,
			contentElements: document.querySelectorAll('main img, main iframe, main b, main svg[onload]').length,
			// The page's own scripts (Astro's island loader) are expected; none may carry the content's code.
			contentScripts: [...document.scripts].filter((script) => (script.textContent ?? '').includes('alert(')).length,
		}));
		expect(injected).toEqual({ handlers: 0, scriptLinks: 0, contentElements: 0, contentScripts: 0 });
		expect(consoleErrors).toEqual([]);
	});
}

test('a hostile role-play plays through with its text shown literally', async ({ page }) => {
	await page.goto('scenarios/hostile-text/');
	await expect(page.locator('h1')).toHaveText('<script>alert("title")</script> Charged twice &amp; ignored');
	await expect(page.locator('.persona h2')).toHaveText('<img src=x onerror=alert("name")> Mia');
	await expect(page.locator('.persona').getByRole('link', { name: '<script>alert("link")</script> Refunds &amp; returns' })).toHaveAttribute('href', '/procedures/issue-resolution/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await page.getByRole('button', { name: 'Start the role-play' }).click();
	await expect(page.locator('.turn.current .line')).toContainText("<iframe src=javascript:alert('node')></iframe> You've taken it twice &copy; <b>Twice!</b>");
	await page.locator('.choice', { hasText: 'Say sorry' }).click();
	await expect(page.locator('.feedback').first()).toContainText("<script>alert('feedback')</script> Mia shows you the statement &amp; the £25 fee. <img src=x onerror=alert('feedback')>");
	await expect(page.locator('main img, main iframe, main b')).toHaveCount(0);
});

test('a hostile lesson’s frontmatter is shown as text', async ({ page }) => {
	await page.goto('lessons/hostile-lesson/');
	await expect(page.locator('h1')).toHaveText('<script>alert("lesson")</script> A lesson & its <b>title</b>');
	await expect(page.getByText('<a href="javascript:alert(1)">An objective</a>')).toBeVisible();
});
