import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { loadGlossary, loadLessons, loadProcedures, loadQuizzes, loadScenarios } from '../unit/content/load-content.ts';
import { courseMap, formatMinutes } from '../../src/engine/course.ts';
import { alphabetical } from '../../src/engine/glossary.ts';
import { sourced } from '../../src/engine/provenance.ts';

// The lessons, their knowledge checks, the glossary and the course map, as a learner meets
// them: read from the built site and compared with the content files; every state checked
// with axe in light and dark; the knowledge check and glossary links used by keyboard alone.

const lessons = loadLessons().sort((a, b) => a.data.order - b.data.order);
const procedures = loadProcedures();
const scenarios = loadScenarios();
const glossary = loadGlossary();
const quizzes = new Map(loadQuizzes().map(({ quiz }) => [quiz.id, quiz]));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function expectAccessibleBothThemes(page: Page, expectAccessible: (label?: string) => Promise<void>, label: string) {
	await page.emulateMedia({ colorScheme: 'light' });
	await expectAccessible(`${label} (light)`);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectAccessible(`${label} (dark)`);
}

/** Astro drops the island's `ssr` attribute once it has hydrated: before that, buttons do nothing. */
async function hydrated(page: Page) {
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, limit = 150) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${target}`);
}

const questionBox = (page: Page, index: number) => page.locator('.kc-question').nth(index);

for (const lesson of lessons) {
	const quiz = quizzes.get(lesson.id);
	const procedure = procedures.find((p) => p.id === lesson.data.procedure);

	test.describe(`lesson “${lesson.data.title}”`, () => {
		test('shows its objectives, its steps from the data, and its key terms', async ({ page }) => {
			await page.goto(`lessons/${lesson.id}/`);
			await expect(page.locator('h1')).toHaveText(lesson.data.title);
			await expect(page.locator('section[aria-labelledby="objectives"] li')).toHaveText(lesson.data.objectives);
			if (procedure) {
				const titles = async (part: string) =>
					(await page.locator(`ol.steps[data-procedure="${procedure.id}"][data-part="${part}"] .step :is(h3, h4)`).allTextContents()).map((t) =>
						squash(t).replace(/^(Check|Step) \d+: /, '').replace(/ Added guidance$/, ''),
					);
				expect(await titles('steps')).toEqual(procedure.steps.map((s) => s.title));
				expect(await titles('checks')).toEqual(procedure.checks.map((s) => s.title));
			}
			const terms = alphabetical(glossary.filter((t) => t.lesson === lesson.id));
			await expect(page.locator('.key-terms li')).toHaveText(terms.map((t) => t.term));
		});

		test('worked examples label both columns in words', async ({ page }) => {
			await page.goto(`lessons/${lesson.id}/`);
			const pairs = page.locator('figure.pair');
			expect(await pairs.count()).toBeGreaterThan(0);
			for (const pair of await pairs.all()) {
				await expect(pair.locator('.pair-poor .pair-label')).toHaveText(/Poor/);
				await expect(pair.locator('.pair-better .pair-label')).toHaveText(/Better/);
			}
		});

		test('“Practise it” lists its role-plays, marking those the certificate requires', async ({ page }) => {
			await page.goto(`lessons/${lesson.id}/`);
			const practise = page.locator('section.practise');
			const listed = lesson.data.relatedScenarios.map((id) => scenarios.find((s) => s.id === id)!);
			if (listed.length === 0) {
				await expect(practise).toContainText('No role-play or drill practises this lesson yet.');
				await expect(practise.getByRole('link', { name: 'role-plays' })).toHaveAttribute('href', /scenarios\/$/);
			}
			await expect(practise.locator('.card')).toHaveCount(listed.length);
			for (const scenario of listed) {
				const card = practise.locator('.card', { has: page.getByRole('link', { name: scenario.title }) });
				await expect(card).toContainText(`${scenario.minutes} min`);
				await expect(card.getByText('Required for the certificate')).toHaveCount(lesson.data.assessedBy.includes(scenario.id) ? 1 : 0);
			}
		});

		if (quiz) {
			test('the knowledge check gives feedback per answer and passes axe in every state, light and dark', async ({ page, consoleErrors, expectAccessible }) => {
				await page.goto(`lessons/${lesson.id}/`);
				await hydrated(page);
				await expect(page.locator('.kc-question')).toHaveCount(quiz.questions.length);
				// Nothing of the answer key is on the page before an answer is checked.
				for (const option of quiz.questions.flatMap((q) => q.options)) await expect(page.getByText(squash(option.feedback))).toHaveCount(0);
				await expectAccessibleBothThemes(page, expectAccessible, `${lesson.id}, knowledge check unanswered`);

				// One wrong answer, one right, one checked with nothing chosen.
				const [first, second] = quiz.questions;
				const wrong = first!.options.find((o) => !o.correct)!;
				await questionBox(page, 0).getByRole('radio', { name: squash(wrong.text) }).check();
				await questionBox(page, 0).getByRole('button', { name: 'Check answer' }).click();
				await expect(questionBox(page, 0).locator('[aria-live="polite"]')).toContainText(`Not quite. ${squash(wrong.feedback)}`);
				const right = second!.options.find((o) => o.correct)!;
				await questionBox(page, 1).getByRole('radio', { name: squash(right.text) }).check();
				await questionBox(page, 1).getByRole('button', { name: 'Check answer' }).click();
				await expect(questionBox(page, 1).locator('[aria-live="polite"]')).toContainText(`Correct. ${squash(right.feedback)}`);
				await questionBox(page, 2).getByRole('button', { name: 'Check answer' }).click();
				await expect(questionBox(page, 2).locator('[aria-live="polite"]')).toContainText('No answer chosen.');
				await expect(questionBox(page, 2).getByRole('radio').first()).toBeFocused();
				await expect(page.locator('.kc-progress')).toHaveText(`Answered correctly so far: 1 of ${quiz.questions.length}.`);
				await expectAccessibleBothThemes(page, expectAccessible, `${lesson.id}, knowledge check with feedback`);
				expect(consoleErrors).toEqual([]);
			});
		}

		test('passes axe at 320 px wide, light and dark, without sideways scrolling', async ({ page, expectAccessible }) => {
			await page.setViewportSize({ width: 320, height: 700 });
			await page.goto(`lessons/${lesson.id}/`);
			await expectAccessibleBothThemes(page, expectAccessible, `${lesson.id} at 320 px`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		});
	});
}

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

	test('without JavaScript, the page says the knowledge check needs it', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto(`lessons/${lesson.id}/`);
		// Playwright's text and role engines skip <noscript>, so the notice is found by its class.
		const notice = page.locator('.knowledge-check-section .needs-js');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('The knowledge check needs JavaScript.');
		await expect(page.locator('.knowledge-check')).toBeHidden();
		await context.close();
	});
});

test.describe('glossary', () => {
	test('lists every term A to Z, each at its own anchor, and passes axe light and dark', async ({ page, expectAccessible }) => {
		await page.goto('glossary/');
		await expect(page.locator('h1')).toHaveText('Glossary');
		await expect(page.locator('.glossary dt')).toHaveText(alphabetical(glossary).map((t) => t.term));
		for (const term of glossary) await expect(page.locator(`#term-${term.id} dd`)).toContainText(squash(sourced(term.definition).text));
		await expectAccessibleBothThemes(page, expectAccessible, 'glossary');
	});

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

test.describe('course map', () => {
	const map = courseMap(
		lessons.map((l) => ({ id: l.id, ...l.data })),
		scenarios.map((s) => ({ id: s.id, title: s.title, minutes: s.minutes })),
	);

	test('shows the lessons in order with minutes, role-plays and the total time, and passes axe light and dark', async ({ page, expectAccessible }) => {
		await page.goto('course/');
		await expect(page.locator('h1')).toHaveText('Course map');
		await expect(page.locator('#totals')).toHaveText(`The whole course: about ${formatMinutes(map.totalMinutes)}`);
		const stops = page.locator('.course-stop');
		await expect(stops.locator('h2')).toHaveText(map.stops.map((s) => s.lesson.title));
		for (const [index, stop] of map.stops.entries()) {
			const box = stops.nth(index);
			await expect(box.locator('.eyebrow')).toHaveText(`Lesson ${stop.lesson.order} · ${stop.lesson.minutes} min`);
			for (const rolePlay of stop.rolePlays) {
				const item = box.locator('li', { has: page.getByRole('link', { name: rolePlay.title }) });
				await expect(item).toContainText(`(${rolePlay.minutes} min)`);
				await expect(item.getByText('Required for the certificate')).toHaveCount(rolePlay.required ? 1 : 0);
			}
			if (stop.rolePlays.length === 0) await expect(box).toContainText('None yet.');
		}
		await expectAccessibleBothThemes(page, expectAccessible, 'course map');
	});

	test('every lesson title leads to its lesson', async ({ page }) => {
		await page.goto('course/');
		await page.getByRole('link', { name: map.stops.at(-1)!.lesson.title }).click();
		await expect(page.locator('h1')).toHaveText(map.stops.at(-1)!.lesson.title);
	});
});

// The knowledge-check tests above run only for lessons with a quiz: make sure that is all of them.
test('every lesson has a knowledge check', () => {
	expect(lessons.filter((l) => !quizzes.has(l.id)).map((l) => l.id)).toEqual([]);
});
