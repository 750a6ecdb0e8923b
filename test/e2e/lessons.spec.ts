import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessibleInBothThemes, hydrated } from './fixtures.ts';
import { loadLessons, loadQuizzes } from '../unit/content/load-content.ts';

// The lessons as a learner uses them in a browser: the knowledge check in every state (axe,
// light and dark) and by keyboard alone; a glossary link by keyboard. (Without JavaScript:
// no-javascript.spec.ts.)
// What the pages say is compared with the content files in test/dist/lessons.test.ts.

const lessons = loadLessons().sort((a, b) => a.data.order - b.data.order);
const quizzes = new Map(loadQuizzes().map(({ quiz }) => [quiz.id, quiz]));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 150) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

const questionBox = (page: Page, index: number) => page.locator('.kc-question').nth(index);

test('a lesson’s knowledge check in every state passes axe, light and dark, and reflows at 320 px', async ({ page, consoleErrors }) => {
	const lesson = lessons.find((l) => l.id === 'stopping-service')!;
	const quiz = quizzes.get(lesson.id)!;
	await page.setViewportSize({ width: 320, height: 700 });
	await page.goto(`lessons/${lesson.id}/`);
	await hydrated(page);
	await expect(page.locator('.kc-question')).toHaveCount(quiz.questions.length);
	// Nothing of the answer key is on the page before an answer is checked.
	for (const option of quiz.questions.flatMap((q) => q.options)) await expect(page.getByText(squash(option.feedback))).toHaveCount(0);
	await expectAccessibleInBothThemes(page, `${lesson.id}, knowledge check unanswered`);
	for (const [index, question] of quiz.questions.entries()) {
		const option = index === 0 ? question.options.find((o) => !o.correct)! : question.options.find((o) => o.correct)!;
		await questionBox(page, index)
			.getByRole('radio', { name: squash(option.text) })
			.check();
		await questionBox(page, index).getByRole('button', { name: 'Check answer' }).click();
		await expect(questionBox(page, index).locator('[aria-live="polite"]')).toContainText(squash(option.feedback));
	}
	await expect(page.locator('.kc-summary')).toContainText(`Passed: ${quiz.questions.length - 1} of ${quiz.questions.length} right first time.`);
	await expectAccessibleInBothThemes(page, `${lesson.id}, knowledge check passed`);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	expect(consoleErrors).toEqual([]);
});

test.describe('the knowledge check by keyboard alone', () => {
	const lesson = lessons.find((l) => l.id === 'handling-a-complaint')!;
	const quiz = quizzes.get(lesson.id)!;

	test('answer with arrow keys, check with Enter, hear the feedback, follow the link back to the step', async ({ page }) => {
		await page.goto(`lessons/${lesson.id}/`);
		await hydrated(page);
		const question = quiz.questions[0]!;
		const box = questionBox(page, 0);
		const radios = box.getByRole('radio');
		await tabTo(page, radios.first());
		await expect(radios.first()).toBeFocused();

		// Space chooses the focused answer; arrow keys move through the answers, choosing as
		// they go. A wrong answer first.
		const wrongIndex = question.options.findIndex((o) => !o.correct);
		const rightIndex = question.options.findIndex((o) => o.correct);
		await page.keyboard.press('Space');
		await expect(radios.first()).toBeChecked();
		for (let i = 0; i < wrongIndex; i++) await page.keyboard.press('ArrowDown');
		await expect(radios.nth(wrongIndex)).toBeChecked();
		await page.keyboard.press('Tab');
		const check = box.getByRole('button', { name: 'Check answer' });
		await expect(check).toBeFocused();
		await page.keyboard.press('Enter');
		const live = box.locator('[aria-live="polite"]');
		await expect(live).toContainText(`Not quite. ${squash(question.options[wrongIndex]!.feedback)}`);
		await expect(check).toBeFocused();

		// Back to the answers (Shift+Tab), choose the right one, check with Space this time.
		await page.keyboard.press('Shift+Tab');
		await expect(radios.nth(wrongIndex)).toBeFocused();
		const steps = rightIndex - wrongIndex;
		for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
		await expect(radios.nth(rightIndex)).toBeChecked();
		await expect(live).toBeEmpty(); // the old feedback was about another answer
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(live).toContainText(`Correct. ${squash(question.options[rightIndex]!.feedback)}`);

		// The feedback links to the step it tests, in the lesson above.
		const revisit = live.getByRole('link');
		await expect(revisit).toHaveText(/^step 1: Listen and empathise$/);
		await page.keyboard.press('Tab');
		await expect(revisit).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#issue-resolution-steps-listen-and-empathise$/);
		await expect(page.locator('#issue-resolution-steps-listen-and-empathise')).toBeInViewport();
	});
});

test.describe('glossary', () => {
	test('a key term in a lesson leads to its entry by keyboard', async ({ page }) => {
		await page.goto('lessons/handling-a-complaint/');
		const link = page.locator('.prose a.term[href$="#term-open-question"]').first();
		await expect(link).toHaveAccessibleName('open question (glossary)');
		await tabTo(page, link);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/glossary\/#term-open-question$/);
		const entry = page.locator('#term-open-question');
		await expect(entry).toBeInViewport();
		await expect(entry.locator('dt')).toHaveText('open question');
		// The keyboard carries on from the entry: the next Tab reaches its own lesson link.
		await page.keyboard.press('Tab');
		await expect(entry.getByRole('link', { name: 'Handling a complaint' })).toBeFocused();
	});
});
