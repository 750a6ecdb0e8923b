import { test, expect, hydrated } from './fixtures.ts';

// A content folder with markup and script in every field a trainer types
// (test/fixtures/hostile-site), built by `npm run test:e2e` into dist-hostile/.
// All of it must reach the learner as text: no element, no handler, no dialog.
// Every built page's HTML is checked for injected elements in test/dist/hostile.test.ts; here, what
// only a browser shows: a hostile role-play played through, its text rendered literally by the island.

test.beforeEach(async ({ page }) => {
	page.on('dialog', (dialog) => {
		throw new Error(`content ran code: a dialog said "${dialog.message()}"`);
	});
});

test('a hostile role-play plays through with its text shown literally', async ({ page }) => {
	await page.goto('scenarios/hostile-text/');
	await expect(page.locator('h1')).toHaveText('<script>alert("title")</script> Charged twice &amp; ignored');
	await expect(page.locator('.persona h2')).toHaveText('<img src=x onerror=alert("name")> Mia');
	await expect(page.locator('.persona').getByRole('link', { name: '<script>alert("link")</script> Refunds &amp; returns' })).toHaveAttribute(
		'href',
		'/procedures/issue-resolution/',
	);
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the role-play' }).click();
	await expect(page.locator('.turn-now .msg-text').first()).toContainText(
		"<iframe src=javascript:alert('node')></iframe> You've taken it twice &copy; <b>Twice!</b>",
	);
	await page.locator('.choice', { hasText: 'Say sorry' }).click();
	await expect(page.locator('.consequence')).toContainText(
		"<script>alert('feedback')</script> Mia shows you the statement &amp; the £25 fee. <img src=x onerror=alert('feedback')>",
	);
	await expect(page.locator('main img, main iframe, main b')).toHaveCount(0);
});

test('a hostile lesson’s frontmatter is shown as text', async ({ page }) => {
	await page.goto('lessons/hostile-lesson/');
	await expect(page.locator('h1')).toHaveText('<script>alert("lesson")</script> A lesson & its <b>title</b>');
	await expect(page.getByText('<a href="javascript:alert(1)">An objective</a>')).toBeVisible();
});
