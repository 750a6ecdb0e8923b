import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { lessons, scenarios } from './progress-helpers.ts';

// With JavaScript off, each page that needs it says so where its widget would be, keeps what it
// can show without it, and hides the controls that would do nothing; the printables need none.
// Playwright's text and role engines skip <noscript>, so notices are found by their class.
const scenario = scenarios[0]!;
const lesson = lessons.find((l) => l.assessedBy.length > 0) ?? lessons[0]!;

const needsIt: { path: string; says: string[]; within?: string; shows?: (page: Page) => Locator[]; hides: string[] }[] = [
	{
		path: `scenarios/${scenario.id}/`,
		says: ['This role-play needs JavaScript.'],
		shows: (page) => [page.getByRole('heading', { name: scenario.persona.name })],
		hides: ['button:text("Start the role-play")'],
	},
	{
		path: `lessons/${lesson.id}/`,
		says: ['The knowledge check needs JavaScript.', 'Marking this lesson as done needs JavaScript'],
		// Two notices on this page: the knowledge check's must stand where the check would be.
		within: '.knowledge-check-section',
		shows: (page) => [page.locator('.prose').first()],
		hides: ['.knowledge-check', 'button:text("Mark this lesson as done")'],
	},
	{ path: 'progress/', says: ['Your progress needs JavaScript.'], hides: [] },
	{ path: 'certificate/', says: ['The certificate needs JavaScript.'], hides: [] },
	{ path: 'workshop/broadband-outage/', says: ['The presenter screen needs JavaScript.'], hides: ['button:text("Start the session")'] },
	{ path: 'workshop/broadband-outage/audience/', says: ['The audience screen needs JavaScript.'], hides: ['.ws-audience'] },
];
const printables = ['workshop/', 'workshop/broadband-outage/cards/', 'workshop/broadband-outage/answer-key/'];

test('without JavaScript, each page that needs it says so and hides what would not work; the printables need none', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	for (const { path, says, within, shows = () => [], hides } of needsIt) {
		await page.goto(path);
		const notices = page.locator('.needs-js');
		const texts = await notices.allTextContents();
		for (const text of says) {
			const index = texts.findIndex((t) => t.includes(text));
			expect(index, `${path}: a notice saying "${text}" (found: ${JSON.stringify(texts)})`).toBeGreaterThanOrEqual(0);
			await expect(notices.nth(index), `${path}: "${text}"`).toBeVisible();
		}
		if (within) await expect(page.locator(`${within} .needs-js`), `${path}: a notice inside ${within}`).toContainText(says[0]!);
		for (const shown of shows(page)) await expect(shown, `${path}: ${shown} shown`).toBeVisible();
		for (const selector of hides) await expect(page.locator(selector), `${path}: ${selector} hidden`).toBeHidden();
	}
	for (const path of printables) {
		await page.goto(path);
		await expect(page.locator('.needs-js'), `${path} needs no JavaScript`).toHaveCount(0);
	}
	await context.close();
});
