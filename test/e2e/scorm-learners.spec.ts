import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, wcagTags, hydrated } from './fixtures.ts';
import { courseFrame, lmsValue, startLmsHost, type LmsHost } from './lms-host.ts';
import { completeProgress, PROGRESS_KEY } from './progress-helpers.ts';
import { encodeSuspendData } from '../../src/engine/scorm/report.ts';
import { emptyProgress } from '../../src/engine/progress/model.ts';

// Progress in an LMS belongs to the LMS learner (cmi.core.student_id). Two learners share this
// browser, and it also holds progress made on the website: no one is reported with another's work,
// and the browser's own progress joins an LMS record only when the learner says it is theirs.
// The tests run in turn in one browser profile (one page), as learners taking turns at one computer.
let lmsHost: LmsHost;
let page: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
	lmsHost = await startLmsHost();
	page = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
	await page?.context().close();
	await lmsHost?.stop();
});

const websiteProgress = JSON.stringify(completeProgress());

async function launch(learner: { id: string; name: string; suspendData: string }) {
	await page.goto(lmsHost.lmsPage(learner));
	await expect(page.frameLocator('#sco').getByRole('status')).toContainText('Reporting to your LMS');
	await expect.poll(() => page.frames().some((f) => f.url().includes('/package/index.html'))).toBe(true);
}

const storedOwnProgress = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

test('a learner with nothing in the LMS is not reported passed because this browser holds someone else’s progress', async () => {
	// This browser holds a passing record made on the website (or by another learner).
	await page.goto(`${lmsHost.url}package/index.html`);
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, websiteProgress]);

	await launch({ id: 'learner-b', name: 'Bee, Bea', suspendData: '' });
	expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
	expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('');
	expect(JSON.parse(await lmsValue(page, 'cmi.suspend_data'))).toMatchObject({ lessons: {}, attempts: [], drills: {} });
	await expect(page.frameLocator('#sco').getByRole('status')).toHaveText('Reporting to your LMS for Bee, Bea: In progress');

	// The course in the frame shows learner B's progress: nothing done yet.
	const frame = courseFrame(page);
	await frame.goto(`${lmsHost.url}package/progress/index.html`);
	await hydrated(frame);
	await expect(frame.getByText('Lessons done: 0 of 4')).toBeVisible();

	// What B does is B's; the browser's own progress is left as it was.
	await frame.goto(`${lmsHost.url}package/lessons/handling-a-complaint/index.html`);
	await hydrated(frame);
	await frame.getByRole('button', { name: 'Mark this lesson as done' }).click();
	await expect.poll(async () => Object.keys(JSON.parse(await lmsValue(page, 'cmi.suspend_data')).lessons)).toEqual(['handling-a-complaint']);
	expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
	expect(await storedOwnProgress(page)).toBe(websiteProgress);
});

test('each learner gets back only their own LMS record, whoever used the browser before', async () => {
	// Learner A's LMS record: one lesson. Learner B (previous test) read another one in this browser.
	const recordA = encodeSuspendData({ ...emptyProgress(), lessons: { 'stopping-service': { readAt: '2026-03-01T10:00:00.000Z' } } });
	await launch({ id: 'learner-a', name: 'Ay, Al', suspendData: recordA });
	const frame = courseFrame(page);
	await frame.goto(`${lmsHost.url}package/progress/index.html`);
	await hydrated(frame);
	await expect(frame.getByText('Lessons done: 1 of 4')).toBeVisible();
	expect(Object.keys(JSON.parse(await lmsValue(page, 'cmi.suspend_data')).lessons)).toEqual(['stopping-service']);

	// Learner B again, with what their LMS holds: only B's lesson, and nothing of A's.
	const recordB = encodeSuspendData({ ...emptyProgress(), lessons: { 'handling-a-complaint': { readAt: '2026-03-02T10:00:00.000Z' } } });
	await launch({ id: 'learner-b', name: 'Bee, Bea', suspendData: recordB });
	expect(Object.keys(JSON.parse(await lmsValue(page, 'cmi.suspend_data')).lessons)).toEqual(['handling-a-complaint']);
	expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
});

test('the browser’s own progress joins the LMS record only when the learner confirms it is theirs', async () => {
	await launch({ id: 'learner-c', name: 'Sea, Cy', suspendData: '' });
	const launchPage = page.frameLocator('#sco');
	await expect(
		launchPage.getByText('This browser also holds progress made outside your LMS (4 lessons done, 4 role-plays played, 1 drill done).'),
	).toBeVisible();
	expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
	const axe = await new AxeBuilder({ page }).withTags(wcagTags).include('#sco').exclude(['#sco', 'iframe.lms-frame']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

	await launchPage.getByRole('button', { name: 'It is mine: add it to my LMS record' }).click();
	await expect(launchPage.getByRole('status')).toContainText('Reporting to your LMS for Sea, Cy: Course passed');
	expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('passed');
	await expect(launchPage.getByRole('button', { name: 'It is mine: add it to my LMS record' })).toHaveCount(0);
});
