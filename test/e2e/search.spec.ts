import { test, expect } from './fixtures.ts';

// Search: a plain form in every page's header (no script on pages without islands);
// the results page loads Pagefind only when it is used. (What the index holds: test/dist/search-index.test.ts.)
test('a word from a lesson’s body finds that lesson, from the header search, by keyboard', async ({ page, consoleErrors, expectAccessible }) => {
	await page.goto('procedures/');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('chocolates');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/search\/\?q=chocolates$/);
	const results = page.locator('.search-results li');
	await expect(page.getByRole('heading', { name: /results? for “chocolates”/ })).toBeFocused();
	await expect(results.getByRole('link', { name: 'Handling a complaint', exact: true })).toHaveCount(1);
	await expect(results.locator('mark').first()).toHaveText(/chocolates/i);
	await expectAccessible('search results');
	await results.getByRole('link', { name: 'Handling a complaint' }).click();
	await expect(page.locator('h1')).toHaveText('Handling a complaint');
	expect(consoleErrors).toEqual([]);
});

test('a search with no matches says so', async ({ page }) => {
	await page.goto('search/?q=xylophonequartet');
	await expect(page.getByRole('heading', { name: 'No results for “xylophonequartet”' })).toBeVisible();
});

test('a crafted query renders as text, never as markup', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`);
	await expect(page.getByRole('heading', { name: /for “<img src=x onerror=alert\(1\)><script>alert\(2\)<\/script>”/ })).toBeVisible();
	await expect(page.locator('.search img, .search script')).toHaveCount(0);
	expect(dialogs).toBe(0);
});
