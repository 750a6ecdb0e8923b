import { test, expect } from './fixtures.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { score } from '../../src/engine/scoring.ts';
import { chooseByKeyboard, pathsToEveryEnding, procedureOf, scenarios, startByKeyboard, verdictLabel } from './roleplay-helpers.ts';

// Every shipped role-play is played to every one of its endings, by keyboard alone, and
// the debrief on screen is compared with what the (unit-tested) engine says about that path.
// (Run once, at the root: the sub-path project runs roleplay.spec.ts.)

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

