import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, expectAccessibleInBothThemes } from './fixtures.ts';
import { hydrated } from './roleplay-helpers.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { parseYaml } from '../../src/schemas/friendly-errors.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';
import {
	editor,
	expectClean,
	inline,
	lineOf,
	procedureOf,
	selectInEditor,
	TEMPLATE,
	TEMPLATE_SUMMARY,
	templateScenario,
	watchViolations,
} from './studio-helpers.ts';

// The studio as a trainer uses it: the template, the five typical mistakes, each message on
// its line, a play-test to the debrief, and a download the project's own tools accept.

test('a trainer makes the five typical mistakes, sees each on its line, fixes them, play-tests to the debrief and downloads a file the linter accepts', async ({
	page,
	consoleErrors,
}) => {
	test.setTimeout(180_000);
	const violations = await watchViolations(page);
	await page.goto('studio/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Start from the template' }).click();
	await expect(editor(page)).toContainText('SCENARIO TEMPLATE');
	await expectClean(page);

	// 1. A misspelt step id: the message sits under the step: line, with the ids to copy.
	await selectInEditor(page, 'step: reiterate');
	await page.keyboard.type('step: reiterrate');
	await expect(inline(page, 'unknown-step')).toHaveAttribute('data-line', String(lineOf(TEMPLATE, 'step: reiterate')));
	await expect(inline(page, 'unknown-step')).toContainText(
		'choice "reiterate-all", step: is "reiterrate", which is not a step of procedure "issue-resolution".\nFix: did you mean "reiterate"? Set step: to one of: listen-and-empathise, reiterate,',
	);
	await expect(page.locator('.studio-summary')).toHaveText(/^\d+ errors?, \d+ warnings?$/);
	await selectInEditor(page, 'step: reiterrate');
	await page.keyboard.type('step: reiterate');
	await expectClean(page);

	// 2. A next: to nowhere: on the next: line.
	await selectInEditor(page, 'next: ask-accounts');
	await page.keyboard.type('next: ask-acounts');
	await expect(inline(page, 'dangling-next')).toHaveAttribute('data-line', String(lineOf(TEMPLATE, 'next: ask-accounts')));
	await expect(inline(page, 'dangling-next')).toContainText(
		'next: is "ask-acounts", which is neither a node nor an ending.\nFix: did you mean "ask-accounts"?',
	);
	await selectInEditor(page, 'ask-acounts');
	await page.keyboard.type('ask-accounts');
	await expectClean(page);

	// 3. An unreachable node: the story now starts later, so the first node is on no route.
	await selectInEditor(page, 'start: first-words');
	await page.keyboard.type('start: play-back');
	await expect(inline(page, 'unreachable-node')).toHaveAttribute('data-line', String(lineOf(TEMPLATE, '- id: first-words')));
	await expect(inline(page, 'unreachable-node')).toContainText('node "first-words": no route from the start node "play-back" leads here.');
	await page.getByRole('tab', { name: 'Map' }).click();
	const unreachable = page.locator('.map-box[data-key="node:first-words"]');
	await expect(unreachable).toHaveAccessibleName(/Unreachable: no route from the start/);
	await expect(unreachable).toHaveClass(/flagged/);
	// Choosing the box takes the author to its text.
	await unreachable.click();
	await expect(editor(page)).toBeFocused();
	await expect(page.locator('.cm-activeLine')).toHaveText('  - id: first-words');
	await selectInEditor(page, 'start: play-back');
	await page.keyboard.type('start: first-words');
	await expectClean(page);

	// 4. Bad indentation: one line of the second node out of step.
	await selectInEditor(page, 'speaker: customer', 2);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Backspace');
	await expect(inline(page, 'schema')).toHaveAttribute('data-line', String(lineOf(TEMPLATE, 'speaker: customer', 2)));
	await expect(inline(page, 'schema')).toContainText('the YAML cannot be read');
	await expect(inline(page, 'schema')).toContainText('Fix: check the indentation on this line and the one above');
	await page.keyboard.press('Control+z');
	await expectClean(page);

	// 5. A missing field: on the choice that lacks it, saying what to add.
	await selectInEditor(page, 'feedback: Mia nods. Hearing all of it back tells her you were listening.');
	await page.keyboard.press('Backspace');
	await expect(inline(page, 'schema')).toHaveAttribute('data-line', String(lineOf(TEMPLATE, '- id: reiterate-all')));
	await expect(inline(page, 'schema')).toContainText('node "play-back", choice "reiterate-all", feedback: is missing.\nFix: add "feedback:" to this choice');
	await page.keyboard.type('feedback: Mia nods. Hearing all of it back tells her you were listening.');
	await expectClean(page);

	// The problems list says the same, and a reload keeps the draft as typed.
	await page.getByRole('tab', { name: 'Problems' }).click();
	await expect(page.locator('.studio-problems li')).toHaveCount(4);
	await expect(page.locator('.studio-problems li.error')).toHaveCount(0);
	await page.reload();
	await hydrated(page);
	await expect(editor(page)).toContainText('SCENARIO TEMPLATE');
	await expectClean(page);

	// Play-test the ideal path in assessment mode, to the debrief.
	await page.getByRole('tab', { name: 'Play-test' }).click();
	await page.getByRole('button', { name: 'Play-test this version' }).click();
	await page.getByRole('radio', { name: /^Assessment/ }).check();
	await page.getByRole('button', { name: 'Start the role-play' }).click();
	for (const step of idealPath(procedureOf(templateScenario), templateScenario)) {
		const choice = templateScenario.nodes.find((n) => n.id === step.nodeId)!.choices.find((c) => c.id === step.choiceId)!;
		await page.locator('.turn-now .choice', { hasText: choice.text.replace(/\s+/g, ' ').slice(0, 40) }).click();
	}
	await expect(page.locator('.debrief h2')).toHaveText('Mia stays');
	await expect(page.locator('.debrief')).toContainText('100');

	// Download, then check the file with the project's own CLI and schema.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scenario-template.yaml' }).click()]);
	expect(download.suggestedFilename()).toBe('scenario-template.yaml');
	const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'studio-download-')), 'scenario-template.yaml');
	await download.saveAs(file);
	const text = readFileSync(file, 'utf8');
	expect(text).toBe(TEMPLATE);
	expect(parseYaml(scenarioSchema, text, file).ok).toBe(true);
	// The CLI runs the build's own loader checks (content-checks.ts): exit 0 means the build accepts it too.
	const output = execFileSync(process.execPath, ['scripts/lint-scenarios.ts', file], { encoding: 'utf8' });
	expect(output).toContain(`scenario-template.yaml: ${TEMPLATE_SUMMARY}`);
	expect(violations).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('the studio with the keyboard alone: open the template, reach the checks, choose a box on the map, read the list view', async ({ page }) => {
	await page.goto('studio/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Start from the template' }).focus();
	await page.keyboard.press('Enter');
	await expectClean(page);
	// Tab leaves the editor (YAML wants spaces, never a tab), on to the tabs; arrows move between them.
	await editor(page).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('tab', { name: 'Problems' })).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Map' })).toBeFocused();
	await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
	const box = page.locator('.map-box[data-key="choice:settle/vague-outcome"]');
	await box.focus();
	await page.keyboard.press('Enter');
	await expect(editor(page)).toBeFocused();
	await expect(page.locator('.cm-activeLine')).toHaveText('      - id: vague-outcome');
	await page.getByRole('tab', { name: 'Map' }).click();
	await page.getByRole('radio', { name: 'List' }).check();
	const list = page.locator('.studio-map-list');
	await expect(list).toContainText('B · vague-outcome Say "It should get sorted at some point, hopefully."');
	await expect(list).toContainText('Step, done poorly: Win/win outcome; Pitfall: A vague or wavering outcome');
	await expect(list).toContainText('Ending · walks-out Mia walks out (Written for: Lost; Ends at once when trust falls below 15)');
});

test('the studio is accessible in light and dark, and reflows at 320 px', async ({ page, expectAccessible }) => {
	test.setTimeout(120_000);
	await page.goto('studio/');
	await hydrated(page);
	await expectAccessible('studio, nothing open');
	await page.getByRole('button', { name: 'Start from the template' }).click();
	await selectInEditor(page, 'step: reiterate');
	await page.keyboard.type('step: reiterrate');
	await expect(inline(page, 'unknown-step')).toBeVisible();
	for (const tab of ['Problems', 'Map', 'Coverage', 'Play-test']) {
		await page.getByRole('tab', { name: tab }).click();
		await expect(page.locator('[role="tabpanel"] [aria-busy="true"]')).toHaveCount(0);
		await expectAccessibleInBothThemes(page, `studio, ${tab} tab`);
	}
	await page.setViewportSize({ width: 320, height: 700 });
	await page.getByRole('tab', { name: 'Problems' }).click();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });
	test('once visited, the studio opens, checks and maps a role-play with the network off', async ({ page, context }) => {
		await page.goto('studio/');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await expect(page.locator('.offline-notice')).toContainText('saved for offline use');
		await context.setOffline(true);
		await page.reload();
		await hydrated(page);
		await page.getByRole('button', { name: 'Open a copy' }).click();
		await expect(editor(page)).toContainText('id:');
		await expect(page.locator('.studio-summary')).toHaveText(/^\d+ errors?, \d+ warnings?$|^No errors, no warnings$/);
		await page.getByRole('tab', { name: 'Map' }).click();
		await expect(page.locator('.map-box').first()).toBeVisible();
		await context.setOffline(false);
	});
});
