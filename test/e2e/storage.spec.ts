import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { readExport } from '../../src/engine/progress/read-export.ts';
import type { Progress } from '../../src/engine/progress/model.ts';
import { PROGRESS_KEY, hydrated, lessons, press, procedureOf, scenarios, seed, storedProgress } from './progress-helpers.ts';
import { chooseByKeyboard, startByKeyboard } from './roleplay-helpers.ts';

// When this browser will not keep progress (storage full, site data blocked, no storage at all,
// or holding something unreadable that fills it), no attempt is lost silently: the pages say
// what happened and how long what the learner does will last, offer the export where it
// happened, and give a way out of every stuck state.

const lesson = lessons.find((l) => l.assessedBy.length > 0)!;
const assessed = scenarios.find((s) => s.id === lesson.assessedBy[0])!;
const ideal = idealPath(procedureOf(assessed), assessed);

/** Fills localStorage until only `room` characters are left (Chromium counts keys and values). */
async function fillStorage(page: Page, room: number) {
	await page.goto('glossary/');
	await page.evaluate((left) => {
		localStorage.clear();
		let fits = 0;
		let over = 20_000_000;
		while (over - fits > 1) {
			const mid = Math.floor((fits + over) / 2);
			try {
				localStorage.setItem('filler', 'x'.repeat(mid));
				fits = mid;
			} catch {
				over = mid;
			}
		}
		localStorage.setItem('filler', 'x'.repeat(fits - left));
	}, room);
}

async function playToTheEnd(page: Page) {
	await page.goto(`scenarios/${assessed.id}/`);
	await startByKeyboard(page, 'Practice');
	for (const step of ideal) await chooseByKeyboard(page, assessed, step);
	await expect(page.locator('.debrief .total strong')).toHaveText('100');
}

/** What a downloaded progress file holds, read the way the import reads it. */
function imported(download: Download) {
	return async () => {
		const text = readFileSync((await download.path())!, 'utf8');
		const read = readExport(text, text.length);
		if (!read.ok) throw new Error(read.problem);
		return read.value.progress;
	};
}

test('storage 200 characters short of full: a finished role-play is kept for the visit, the page says so, offers the export there, and the progress page has it', async ({
	page,
	consoleErrors,
}) => {
	await fillStorage(page, 200);
	await playToTheEnd(page);
	const debrief = page.locator('.debrief');
	await expect(debrief).toContainText('This attempt is not saved in this browser.');
	await expect(debrief).not.toContainText('This attempt is in your progress');
	const notice = page.locator('.storage-notice');
	await expect(notice).toContainText('Your progress is not being saved: this browser’s storage for this site is full.');
	await expect(notice).toContainText('What you do is kept while this tab stays open, from page to page, and lost when you close it.');

	const [file] = await Promise.all([page.waitForEvent('download'), debrief.getByRole('button', { name: 'Download a copy of my progress' }).click()]);
	const saved = await imported(file)();
	expect(saved.attempts.map((a) => [a.scenarioId, a.score])).toEqual([[assessed.id, 100]]);

	// The link in the notice keeps the attempt: it is held for this tab.
	await notice.getByRole('link', { name: 'your progress' }).click();
	await hydrated(page);
	await expect(page.locator('.roleplay-scores li').filter({ hasText: assessed.title })).toContainText('100 / 100 · Recovered');
	await expect(page.locator('.storage-notice')).toContainText('storage for this site is full');
	expect(consoleErrors).toEqual([]);
});

test('site data blocked (storage throws, as with Chromium’s cookie blocking): the notice says it lasts for this page, and leaving with something unsaved asks first', async ({
	page,
	consoleErrors,
}) => {
	await page.addInitScript(() => {
		for (const name of ['localStorage', 'sessionStorage']) {
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			});
		}
	});
	await page.goto(`lessons/${lesson.id}/`);
	await hydrated(page);
	const notice = page.locator('.lesson-done .storage-notice');
	await expect(notice).toContainText('This browser is not letting the site save your progress.');
	await expect(notice).toContainText('What you do lasts only while this page is open: leaving or reloading it loses it.');
	await expect(notice.getByRole('link', { name: 'your progress' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await expect(page.locator('.lesson-done .done')).toContainText('Marked as done');
	const asked: string[] = [];
	page.once('dialog', (dialog) => {
		asked.push(dialog.type());
		void dialog.dismiss();
	});
	await page.locator('.site-nav').getByRole('link', { name: 'Lessons' }).click();
	await expect.poll(() => asked).toEqual(['beforeunload']);
	await expect(page).toHaveURL(new RegExp(`lessons/${lesson.id}/$`));

	const [file] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download a copy of my progress' }).click()]);
	expect(Object.keys((await imported(file)()).lessons)).toEqual([lesson.id]);
	expect(consoleErrors).toEqual([]);
});

test('localStorage blocked but the tab’s storage allowed: progress follows the learner from page to page in the tab', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('Storage is disabled.', 'SecurityError');
			},
		});
	});
	await page.goto(`lessons/${lesson.id}/`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await page.goto('progress/');
	await hydrated(page);
	await expect(page.locator('.storage-notice')).toContainText(
		'This browser is not letting the site save your progress. What you do is kept while this tab stays open',
	);
	await expect(page.getByText(`Lessons done: 1 of ${lessons.length}`)).toBeVisible();
});

test('window.localStorage is null (a WebView with DOM storage off): the role-play starts, progress works for the visit, and the page says so', async ({
	page,
	consoleErrors,
}) => {
	await page.addInitScript(() => Object.defineProperty(window, 'localStorage', { get: () => null }));
	await page.goto(`scenarios/${assessed.id}/`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the role-play' }).click();
	await expect(page.locator('.turn-now')).toBeFocused();
	await expect(page.locator('.storage-notice')).toContainText('This browser is not letting the site save your progress.');
	await page.goto(`lessons/${lesson.id}/`);
	await hydrated(page);
	await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await page.goto('progress/');
	await hydrated(page);
	await expect(page.getByText(`Lessons done: 1 of ${lessons.length}`)).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test.describe('an unreadable value too large to copy aside (3 MB)', () => {
	const seedHuge = async (page: Page) => {
		await page.goto('glossary/');
		await page.evaluate((key) => localStorage.setItem(key, `{"version":2,"lessons":${'x'.repeat(3_000_000)}`), PROGRESS_KEY);
		await page.goto('progress/');
		await hydrated(page);
	};
	const storedLength = (page: Page) => page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, PROGRESS_KEY);

	test('is downloaded, then deleted, and progress is saved again', async ({ page, expectAccessible }) => {
		await seedHuge(page);
		const section = page.getByRole('region', { name: 'Saved progress that blocks saving' });
		await expect(section).toContainText('Nothing new is saved until it is gone.');
		await expectAccessible('stuck value');
		const [file] = await Promise.all([page.waitForEvent('download'), press(page, section.getByRole('button', { name: 'Download it' }))]);
		expect(readFileSync((await file.path())!, 'utf8')).toHaveLength(await storedLength(page));
		await press(page, section.getByRole('button', { name: 'I have the file: delete it from this browser' }));
		await expect(page.getByRole('status').filter({ hasText: 'Deleted. Your progress is being saved again.' })).toBeFocused();
		expect(await storedLength(page)).toBeLessThan(1000);

		await page.goto(`lessons/${lesson.id}/`);
		await hydrated(page);
		await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
		expect(Object.keys((await storedProgress(page)).lessons)).toEqual([lesson.id]);
	});

	test('"Clear all progress" clears it (the dialog says it will), and says so only once it has', async ({ page }) => {
		await seedHuge(page);
		await page.getByRole('button', { name: 'Clear all progress…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Clear all progress?' });
		await expect(dialog).toContainText('and the saved progress this site could not read');
		await dialog.getByRole('button', { name: 'Clear all progress' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'All progress has been cleared from this browser.' })).toBeFocused();
		expect(await storedProgress(page)).toMatchObject({ lessons: {}, attempts: [], resetAt: expect.any(String) });
	});
});

test('progress kept aside that can now be read is restored in one step, and its download is a file the import accepts', async ({ page }) => {
	const kept: Progress = {
		version: 3,
		resetAt: null,
		lessons: { [lesson.id]: { readAt: '2026-03-01T10:00:00.000Z' } },
		drills: {},
		quizzes: {},
		attempts: [],
		inProgress: {},
	};
	await page.goto('glossary/');
	await page.evaluate((text) => localStorage.setItem('make-good:progress-unreadable:2026-03-02T09:00:00.000Z', text), JSON.stringify(kept));
	await seed(page, { ...kept, lessons: {} }, 'progress/');
	const section = page.locator('.kept-aside');
	await expect(section).toContainText('it can now be read');

	const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Download it' }).click()]);
	expect((await imported(file)()).lessons).toEqual(kept.lessons);

	await press(page, section.getByRole('button', { name: 'Restore it' }));
	await expect(page.getByRole('status').filter({ hasText: 'Restored: it is now part of your progress.' })).toBeFocused();
	await expect(page.getByText(`Lessons done: 1 of ${lessons.length}`)).toBeVisible();
	expect(Object.keys((await storedProgress(page)).lessons)).toEqual([lesson.id]);
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('make-good:progress-unreadable:')))).toEqual([]);
});
