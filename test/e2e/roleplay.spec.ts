import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { parseYaml } from '../../src/schemas/friendly-errors.ts';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { procedureSchema, type Procedure } from '../../src/schemas/procedure.ts';
import { idealPath, shortestPathsToEndings } from '../../src/engine/ideal-path.ts';
import type { PathStep } from '../../src/engine/runner.ts';
import { score } from '../../src/engine/scoring.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';

// Every shipped role-play is played to every one of its endings, by keyboard alone, and
// the debrief on screen is compared with what the (unit-tested) engine says about that path.

function load<T>(schema: { safeParse: unknown }, file: string): T {
	const result = parseYaml(schema as never, readFileSync(file, 'utf8'), file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data as T;
}

const scenarios = readdirSync('content/scenarios')
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.map((f) => load<Scenario>(scenarioSchema, `content/scenarios/${f}`));
const procedureOf = (scenario: Scenario) => load<Procedure>(procedureSchema, `content/procedures/${scenario.procedure}.yaml`);

/** The shortest path to each ending (exact: a breadth-first search over the simulation's states). */
const pathsToEveryEnding = shortestPathsToEndings;

const verdictLabel = { performed: 'Performed', late: 'Performed late', 'out-of-order': 'Out of order', skipped: 'Skipped' } as const;

/** Makes one choice with the keyboard: Tab from the focused turn to the button, then Enter. */
async function chooseByKeyboard(page: Page, scenario: Scenario, step: PathStep) {
	const node = scenario.nodes.find((n) => n.id === step.nodeId)!;
	const shown = displayOrder(scenario.id, node.id, node.choices);
	const index = shown.findIndex((c) => c.id === step.choiceId);
	await expect(page.locator('.turn.current')).toBeFocused();
	for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText(shown[index]!.text.trim().replace(/\s+/g, ' '));
	await page.keyboard.press('Enter');
}

/** Astro drops the island's `ssr` attribute once it has hydrated: before that, clicks do nothing. */
async function hydrated(page: Page) {
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function startByKeyboard(page: Page, mode: 'Practice' | 'Assessment') {
	await hydrated(page);
	await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).focus();
	await page.keyboard.press('Space');
	await page.getByRole('button', { name: 'Start the role-play' }).focus();
	await page.keyboard.press('Enter');
}

test('the role-play list shows every scenario with its procedure, difficulty and minutes', async ({ page, expectAccessible }) => {
	await page.goto('scenarios/');
	for (const scenario of scenarios) {
		const card = page.locator('.card', { has: page.getByRole('link', { name: scenario.title }) });
		await expect(card).toContainText(`${scenario.minutes} min`);
		await expect(card).toContainText(new RegExp(scenario.difficulty, 'i'));
	}
	await expectAccessible('scenarios list');
});

for (const scenario of scenarios) {
	const procedure = procedureOf(scenario);
	const paths = pathsToEveryEnding(scenario);

	test(`${scenario.id}: there is a path to every ending`, () => {
		expect([...paths.keys()].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
	});

	for (const [endingId, path] of paths) {
		test(`${scenario.id}: plays to the "${endingId}" ending by keyboard, and the debrief matches the engine`, async ({ page, consoleErrors, expectAccessible }) => {
			await page.goto(`scenarios/${scenario.id}/`);
			await expectAccessible('start');
			await startByKeyboard(page, 'Practice');
			for (const [index, step] of path.entries()) {
				await chooseByKeyboard(page, scenario, step);
				if (index === 0 && path.length > 1) {
					await expect(page.locator('.transcript .feedback').first()).toBeVisible();
					await expect(page.locator('[aria-live="polite"]')).toContainText(scenario.nodes.find((n) => n.id === step.nodeId)!.choices.find((c) => c.id === step.choiceId)!.feedback.slice(0, 40));
					await expectAccessible('mid-play with feedback');
				}
			}
			const expected = score(procedure, scenario, path);
			const debrief = page.locator('.debrief');
			await expect(debrief).toBeFocused();
			await expect(debrief.locator('h2')).toHaveText(`Debrief: ${scenario.endings.find((e) => e.id === endingId)!.title}`);
			await expect(debrief.locator('.total strong')).toHaveText(String(expected.total));
			const shown = await debrief.locator('.verdicts li').evaluateAll((items) =>
				items.map((li) => [li.querySelector('strong')!.textContent, li.querySelector('.verdict')!.textContent!.replace(/^\W+/, '').trim()]),
			);
			expect(shown).toEqual(expected.steps.map((s) => [s.title, verdictLabel[s.verdict]]));
			await expect(debrief.locator('.pitfall-results li')).toHaveCount(expected.pitfalls.length);
			await expectAccessible('debrief');
			expect(consoleErrors).toEqual([]);
		});
	}

	test(`${scenario.id}: assessment mode holds feedback back until the debrief, and the ideal path scores 100`, async ({ page, expectAccessible }) => {
		const ideal = idealPath(procedure, scenario);
		await page.goto(`scenarios/${scenario.id}/`);
		await startByKeyboard(page, 'Assessment');
		for (const step of ideal) {
			await chooseByKeyboard(page, scenario, step);
			await expect(page.locator('.transcript .feedback')).toHaveCount(0);
		}
		await expect(page.locator('.debrief .total strong')).toHaveText('100');
		const verdicts = await page.locator('.verdicts li .verdict').allTextContents();
		expect(verdicts).toEqual(procedure.steps.concat(procedure.checks).filter((s) => s.status === 'documented').map(() => '✓ Performed'));
		await page.getByText('What each of your choices led to').click();
		await expect(page.locator('.your-path li')).toHaveCount(ideal.length);
		await page.getByRole('button', { name: 'Show the ideal path' }).click();
		await expect(page.locator('#ideal-path li')).toHaveCount(ideal.length);
		await expectAccessible('debrief with ideal path');
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('.turn.current')).toBeFocused();
		await expect(page.locator('.transcript li')).toHaveCount(0);
	});
}

test('the chosen mode is remembered on the next visit', async ({ page }) => {
	const scenario = scenarios[0]!;
	await page.goto(`scenarios/${scenario.id}/`);
	await hydrated(page);
	await page.getByRole('radio', { name: /^Assessment/ }).check();
	await page.reload();
	await hydrated(page);
	await expect(page.getByRole('radio', { name: /^Assessment/ })).toBeChecked();
});

test('a missed step links to where it is taught', async ({ page }) => {
	const scenario = scenarios.find((s) => s.procedure === 'issue-resolution')!;
	const procedure = procedureOf(scenario);
	// The quickest way out: the shortest path to any ending skips steps.
	const shortest = [...pathsToEveryEnding(scenario).values()].sort((a, b) => a.length - b.length)[0]!;
	const skipped = score(procedure, scenario, shortest).steps.find((s) => s.verdict === 'skipped')!;
	await page.goto(`scenarios/${scenario.id}/`);
	await startByKeyboard(page, 'Practice');
	for (const step of shortest) await chooseByKeyboard(page, scenario, step);
	const link = page.locator('.verdicts li', { hasText: skipped.title }).getByRole('link');
	await link.click();
	await expect(page.locator(`[id$="-${skipped.stepId}"]`)).toBeInViewport();
});

test('without JavaScript the page shows the customer and says the role-play needs JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	await page.goto(`scenarios/${scenarios[0]!.id}/`);
	// Playwright's text and role engines skip <noscript>, so the notice is found by its class.
	const notice = page.locator('.needs-js');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('This role-play needs JavaScript.');
	await expect(page.getByRole('heading', { name: scenarios[0]!.persona.name })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start the role-play' })).toBeHidden();
	await context.close();
});
