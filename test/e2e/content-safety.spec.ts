import { test, expect } from './fixtures.ts';

// The hostile fixture site (test/fixtures/hostile-site): a lesson whose title, heading and text
// hold words longer than a phone is wide. On a 375 px phone they wrap; the page never scrolls sideways.
test.use({ viewport: { width: 375, height: 740 } });

for (const pagePath of ['lessons/long-words/', 'course/']) {
	test(`/${pagePath}: a long unbroken word in a heading or a paragraph wraps on a 375 px phone`, async ({ page }) => {
		await page.goto(pagePath);
		await expect(page.getByText('Supercalifragilisticexpialidocious', { exact: false }).first()).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
	});
}
