import { test, expect } from './fixtures.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { score, scoredSteps } from '../../src/engine/scoring.ts';
import { chooseByKeyboard, pathsToEveryEnding, procedureOf, scenarios, startByKeyboard } from './roleplay-helpers.ts';

// One role-play per procedure, played by keyboard alone: to an early, losing ending in practice
// (consequences shown, focus following the conversation, axe clean mid-play and at the debrief),
// and along its ideal path in assessment (no feedback until the debrief, 100). That the debrief
// matches the engine for every ending of every role-play is checked in milliseconds by
// test/component/role-play/debrief.test.tsx.

const onePerProcedure = [...new Map(scenarios.map((scenario) => [scenario.procedure, scenario])).values()];

for (const scenario of onePerProcedure) {
	const procedure = procedureOf(scenario);

	test(`${scenario.id}: a losing play by keyboard in practice, consequences in turn, then a debrief that matches the engine`, async ({
		page,
		consoleErrors,
		expectAccessible,
	}) => {
		const [endingId, path] = [...pathsToEveryEnding(scenario)].find(
			([id]) => score(procedure, scenario, pathsToEveryEnding(scenario).get(id)!).band === 'lost',
		)!;
		await page.goto(`scenarios/${scenario.id}/`);
		await startByKeyboard(page, 'Practice');
		for (const [index, step] of path.entries()) {
			if (index === 1) await expectAccessible('mid-play');
			await chooseByKeyboard(page, scenario, step);
		}
		const expected = score(procedure, scenario, path);
		const debrief = page.locator('.debrief');
		await expect(debrief).toBeFocused();
		await expect(debrief.locator('h2')).toHaveText(expected.told!.title);
		expect(expected.endingId).toBe(endingId);
		await expect(debrief.locator('.total strong')).toHaveText(String(expected.total));
		await expectAccessible('debrief');
		expect(consoleErrors).toEqual([]);
	});

	test(`${scenario.id}: assessment holds feedback back until the debrief, and the ideal path scores 100`, async ({ page, expectAccessible }) => {
		const ideal = idealPath(procedure, scenario);
		await page.goto(`scenarios/${scenario.id}/`);
		await startByKeyboard(page, 'Assessment');
		for (const step of ideal) {
			await chooseByKeyboard(page, scenario, step);
			await expect(page.locator('.consequence')).toHaveCount(0);
		}
		await expect(page.locator('.debrief .total strong')).toHaveText('100');
		const verdicts = await page.locator('.verdicts li .verdict').allTextContents();
		expect(verdicts).toEqual(scoredSteps(procedure).map(() => '✓ Done well'));
		await page.getByText('What each of your choices led to').click();
		await expect(page.locator('.your-path li')).toHaveCount(ideal.length);
		await page.getByRole('button', { name: 'Show the ideal path' }).click();
		await expect(page.locator('#ideal-path li')).toHaveCount(ideal.length);
		await expectAccessible('debrief with ideal path');
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('.turn-now')).toBeFocused();
		await expect(page.locator('.conversation li')).toHaveCount(0);
	});
}
