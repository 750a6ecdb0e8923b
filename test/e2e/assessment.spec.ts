import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';
import { playByStrategy, SURFACE_STRATEGIES } from '../../src/engine/surface.ts';
import { score } from '../../src/engine/scoring.ts';
import { PARTLY_RECOVERED_FROM } from '../../src/engine/scoring-weights.ts';
import { quizSchema, type Quiz } from '../../src/schemas/quiz.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { hydrated, load, procedureOf, scenarios } from './roleplay-helpers.ts';
import { attempt, lessons, seed } from './progress-helpers.ts';

/**
 * Assessment you can trust, as a learner meets it: picking by the look of an option fails,
 * assessment mode is what it says from the first moment, and the certificate needs
 * knowledge checks and assessment passes, not clicks on "mark as done" or practice runs.
 */

async function startAssessment(page: Page, scenario: Scenario) {
	await page.goto(`scenarios/${scenario.id}/`);
	await page.getByRole('radio', { name: /^Assessment/ }).check();
	await page.getByRole('button', { name: /^Start/ }).click();
	await expect(page.locator('.rp-status .meta')).toContainText('Assessment mode');
}

/** Plays to the end, picking by what the options look like; returns the debrief's score. */
async function playBySurface(page: Page, pick: (texts: string[]) => number): Promise<number> {
	for (let guard = 0; guard < 200; guard++) {
		const turn = page.locator('.turn-now');
		if ((await turn.count()) === 0) break;
		const texts = await turn.locator('.choice-text').allTextContents();
		await turn.locator('.choice').nth(pick(texts)).click();
	}
	return Number(await page.locator('.debrief .total strong').textContent());
}

const indexOfMax = (values: number[]) => values.indexOf(Math.max(...values));
/**
 * Every surface strategy (longest, shortest, first, last, most apologetic) is scored over every
 * role-play by the engine, choosing among options in the order the page shows them
 * (test/unit/content/surface-balance.test.ts); every keyboard play in the browser picks by that
 * same order. Here the strategy the issue found passing plays in the browser: the page scores
 * each play as the engine does, so what the unit test finds is what a learner gets.
 */
const strategies: [id: string, pick: (texts: string[]) => number][] = [['longest', (texts) => indexOfMax(texts.map((t) => t.length))]];

for (const [id, pick] of strategies) {
	const strategy = SURFACE_STRATEGIES.find((s) => s.id === id)!;
	test(`picking ${strategy.label} in assessment mode scores what the engine gives, and passes at most one role-play in ten`, async ({ page }) => {
		test.setTimeout(180_000);
		const scores: string[] = [];
		let passed = 0;
		for (const scenario of scenarios) {
			await startAssessment(page, scenario);
			const total = await playBySurface(page, pick);
			expect(total, scenario.id).toBe(score(procedureOf(scenario), scenario, playByStrategy(scenario, strategy)).total);
			scores.push(`${scenario.id} ${total}`);
			if (total >= PARTLY_RECOVERED_FROM) passed += 1;
		}
		expect(passed, `${strategy.label}: ${scores.join(', ')}`).toBeLessThanOrEqual(Math.floor(scenarios.length / 10));
	});
}

test('assessment mode is assessment mode, even when Start is pressed the moment the page allows it', async ({ page }) => {
	for (const scenario of scenarios.slice(0, 4)) {
		await page.goto(`scenarios/${scenario.id}/`);
		// No waiting for hydration: the controls themselves wait until the stored mode has been read.
		await page.getByRole('radio', { name: /^Assessment/ }).check();
		await page.getByRole('button', { name: /^Start/ }).click();
		await expect(page.locator('.rp-status .meta')).toContainText('Assessment mode');
		// And the choice stays: the next visit offers assessment.
		await page.goto(`scenarios/${scenario.id}/`);
		await hydrated(page);
		await page.getByRole('radio', { name: /^Practice/ }).check();
	}
});

test.describe('the certificate', () => {
	const assessed = [...new Set(lessons.flatMap((lesson) => lesson.assessedBy))].map((id) => scenarios.find((s) => s.id === id)!);

	test('lessons marked done and practice-mode passes give no certificate', async ({ page }) => {
		const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10)).toISOString();
		await seed(
			page,
			{
				version: 3,
				resetAt: null,
				lessons: Object.fromEntries(lessons.map((lesson, i) => [lesson.id, { readAt: day(1 + i) }])),
				drills: {},
				quizzes: {},
				attempts: assessed.map((scenario) => attempt(scenario, { mode: 'practice', score: 90, band: 'recovered', date: day(6) })),
				inProgress: {},
			},
			'certificate/',
		);
		await expect(page.getByRole('heading', { name: /^Not yet/ })).toBeVisible();
		await expect(page.locator('.checklist')).toContainText('does not count');
		await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toHaveCount(0);
	});

	test('knowledge checks passed and assessment-mode passes give a certificate that lists them', async ({ page, expectAccessible }) => {
		test.setTimeout(180_000);
		for (const lesson of lessons) {
			const quiz = load<Quiz>(quizSchema, `content/quizzes/${lesson.id}.yaml`);
			await page.goto(`lessons/${lesson.id}/`);
			await hydrated(page);
			for (const question of quiz.questions) {
				const item = page.locator('.kc-question', { has: page.locator(`input[name="kc-${question.id}"]`) });
				await item.locator(`input[value="${question.options.find((o) => o.correct)!.id}"]`).check();
				await item.getByRole('button', { name: 'Check answer' }).click();
			}
			await expect(page.locator('.kc-summary')).toContainText(`Passed: ${quiz.questions.length} of ${quiz.questions.length} right first time.`);
		}
		for (const scenario of assessed) {
			await startAssessment(page, scenario);
			for (const step of idealPath(procedureOf(scenario), scenario)) {
				const node = scenario.nodes.find((n) => n.id === step.nodeId)!;
				const index = displayOrder(scenario.id, node.id, node.choices).findIndex((c) => c.id === step.choiceId);
				await page.locator('.turn-now .choice').nth(index).click();
			}
			await expect(page.locator('.debrief .total strong')).toHaveText('100');
		}
		await page.goto('certificate/');
		await hydrated(page);
		await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
		const table = page.getByRole('table', { name: 'What was checked' });
		for (const lesson of lessons) await expect(table).toContainText(`Knowledge check: ${lesson.title}`);
		for (const scenario of assessed)
			await expect(table.getByRole('row', { name: new RegExp(`Role-play \\(assessment\\): ${scenario.title}.*100 / 100`) })).toBeVisible();
		await expectAccessible('certificate');
	});
});
