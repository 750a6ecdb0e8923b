import { test, expect } from './fixtures.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { score } from '../../src/engine/scoring.ts';
import { chooseByKeyboard, hydrated, pathsToEveryEnding, procedureOf, scenarios, startByKeyboard } from './roleplay-helpers.ts';

// The role-play pages: the list, the remembered mode, links from the debrief. The debrief of
// every ending of every role-play is compared with the engine in test/component/role-play/;
// the page without JavaScript is in no-javascript.spec.ts.

test('the role-play list shows every scenario with its procedure, difficulty and minutes', async ({ page, expectAccessible }) => {
	await page.goto('scenarios/');
	for (const scenario of scenarios) {
		const card = page.locator('.card', { has: page.getByRole('link', { name: scenario.title }) });
		await expect(card).toContainText(`${scenario.minutes} min`);
		await expect(card).toContainText(new RegExp(scenario.difficulty, 'i'));
	}
	await expectAccessible('scenarios list');
});

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
	// The quickest way out: the shortest path to any ending misses steps (skipped, or never reached).
	const shortest = [...pathsToEveryEnding(scenario).values()].sort((a, b) => a.length - b.length)[0]!;
	const skipped = score(procedure, scenario, shortest).steps.find((s) => s.verdict !== 'performed')!;
	await page.goto(`scenarios/${scenario.id}/`);
	await startByKeyboard(page, 'Practice');
	for (const step of shortest) await chooseByKeyboard(page, scenario, step);
	const link = page.locator('.verdicts li', { hasText: skipped.title }).getByRole('link');
	await link.click();
	await expect(page.locator(`[id$="-${skipped.stepId}"]`)).toBeInViewport();
});

test('one role-play plays to its ideal ending by keyboard, with the debrief scoring 100', async ({ page }) => {
	const scenario = scenarios[0]!;
	const ideal = idealPath(procedureOf(scenario), scenario);
	await page.goto(`scenarios/${scenario.id}/`);
	await startByKeyboard(page, 'Practice');
	for (const step of ideal) await chooseByKeyboard(page, scenario, step);
	await expect(page.locator('.debrief')).toBeFocused();
	await expect(page.locator('.debrief .total strong')).toHaveText(String(score(procedureOf(scenario), scenario, ideal).total));
	await expect(page.locator('.debrief .total strong')).toHaveText('100');
});
