import type { Page } from '@playwright/test';
import { test, expect, expectAccessibleInBothThemes } from './fixtures.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { hydrated, load, procedureOf } from './roleplay-helpers.ts';
import { watchViolations } from './studio-helpers.ts';

// A trainer runs a role-play that is not part of the site: a YAML file loaded on the local
// workshop page, checked as the build would, with the audience in a second window (two
// pages of one context share BroadcastChannel, as two windows do).

async function loadFile(presenter: Page, file: string) {
	await presenter.goto('workshop/local/');
	await hydrated(presenter);
	await chooseFile(presenter, file);
	await checked(presenter);
}

/**
 * The file picker stays disabled until the procedures to check against have loaded; Playwright
 * sets files on a disabled input all the same, and a file chosen then was checked against nothing
 * and never answered. A trainer cannot choose one before: wait, as they do.
 */
async function chooseFile(presenter: Page, file: Parameters<Page['setInputFiles']>[1]) {
	const input = presenter.locator('#local-file');
	await expect(input).toBeEnabled();
	await input.setInputFiles(file);
}

/**
 * The page checks a file as the build would, in a worker that starts on the first file: on a busy
 * 2-core machine that can take a few seconds. Wait until it says the file passed or lists what is wrong.
 */
async function checked(presenter: Page) {
	await expect(presenter.locator('.local-title, [role="alert"]').first()).toBeVisible({ timeout: 20_000 });
}

async function openAudience(presenter: Page) {
	const [audience] = await Promise.all([presenter.context().waitForEvent('page'), presenter.getByRole('button', { name: 'Open the audience screen' }).click()]);
	await hydrated(audience);
	await expect(presenter.getByText('Audience screen: connected')).toBeVisible();
	return audience;
}

const template = load<Scenario>(scenarioSchema, 'docs/scenario-template.yaml');

/** The room plays the template's ideal path: play each choice, reveal it, move on, to the ending's debrief. */
async function runToDebrief(presenter: Page) {
	await presenter.getByRole('button', { name: 'Start the session' }).click();
	for (const step of idealPath(procedureOf(template), template)) {
		const node = template.nodes.find((n) => n.id === step.nodeId)!;
		const letter = String.fromCharCode(65 + displayOrder(template.id, node.id, node.choices).findIndex((c) => c.id === step.choiceId));
		await playAndMoveOn(presenter, letter);
	}
	await expect(presenter.locator('.eyebrow', { hasText: /^Group debrief/ })).toBeVisible();
}

async function playAndMoveOn(presenter: Page, letter: string) {
	await presenter.getByRole('button', { name: `Play ${letter}` }).click();
	await presenter.getByRole('button', { name: 'Reveal to the room (R)' }).click();
	await presenter.getByRole('button', { name: /^(Next decision|Show the ending) \(N\)$/ }).click();
}

test('the presenter loads a YAML file and runs it with an audience window to the group debrief', async ({ page, expectAccessible }) => {
	test.setTimeout(120_000);
	const violations = await watchViolations(page);
	await page.goto('workshop/local/');
	await hydrated(page);
	await expectAccessible('local workshop, nothing loaded');
	await loadFile(page, 'docs/scenario-template.yaml');
	await expect(page.locator('.local-status')).toHaveText('“scenario-template.yaml” passed the checks.');
	await expect(page.locator('.local-title')).toHaveText('Charged twice at the gym');
	const audience = await openAudience(page);
	expect(new URL(audience.url()).pathname).toMatch(/workshop\/local\/audience\/$/);
	await expect(audience.locator('.stage')).toContainText('Ready when you are');
	await expect(audience.locator('.stage')).toContainText('Charged twice at the gym');
	await expectAccessibleInBothThemes(page, 'local workshop, lobby');
	await runToDebrief(page);
	await expect(audience.locator('.stage[data-kind="ending"]')).toBeVisible();
	expect(violations).toEqual([]);
});

test('a file the build would refuse is not run: its errors are listed, as the linter words them', async ({ page }) => {
	await page.goto('workshop/local/');
	await hydrated(page);
	await chooseFile(page, {
		name: 'broken.yaml',
		mimeType: 'text/yaml',
		buffer: Buffer.from((await import('node:fs')).readFileSync('docs/scenario-template.yaml', 'utf8').replace('step: reiterate\n', 'step: reiterrate\n')),
	});
	await checked(page);
	await expect(page.getByRole('alert')).toContainText('“broken.yaml” cannot be run');
	await expect(page.getByRole('alert')).toContainText('error [unknown-step]: content/scenarios/scenario-template.yaml, line');
	await expect(page.getByRole('button', { name: 'Start the session' })).toHaveCount(0);
});

test('a file with warnings runs, and its warnings are there to read, as the linter words them', async ({ page }) => {
	await page.goto('workshop/local/');
	await hydrated(page);
	const template = (await import('node:fs')).readFileSync('docs/scenario-template.yaml', 'utf8');
	await chooseFile(page, { name: 'no-prompts.yaml', mimeType: 'text/yaml', buffer: Buffer.from(template.replace(/^ +facilitatorPrompt: .*\n/m, '')) });
	await checked(page);
	const warnings = page.locator('details.local-warnings');
	await expect(warnings.locator('summary')).toHaveText(/^The checker has \d+ warnings? about it; they do not stop the session$/);
	await warnings.locator('summary').click();
	await expect(warnings.getByRole('listitem').first()).toContainText('warning [');
	await expect(page.getByRole('button', { name: 'Start the session' })).toBeEnabled();
});

test('a hostile file renders as inert text on both screens, with no CSP violation', async ({ page }) => {
	test.setTimeout(120_000);
	page.on('dialog', (dialog) => {
		throw new Error(`content ran code: a dialog said "${dialog.message()}"`);
	});
	const violations = await watchViolations(page);
	await loadFile(page, 'test/fixtures/hostile-site/scenarios/hostile-text.yaml');
	await expect(page.locator('.local-title')).toHaveText('<script>alert("title")</script> Charged twice &amp; ignored');
	const audience = await openAudience(page);
	audience.on('dialog', (dialog) => {
		throw new Error(`content ran code on the audience screen: "${dialog.message()}"`);
	});
	await page.getByRole('button', { name: 'Start the session' }).click();
	await expect(audience.locator('.stage-text')).toContainText("<iframe src=javascript:alert('node')></iframe>");
	await runToDebriefFromStarted(page);
	for (const screen of [page, audience]) {
		const injected = await screen.evaluate(() => ({
			handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
			contentElements: document.querySelectorAll('main img, main iframe, main b').length,
			contentScripts: [...document.scripts].filter((script) => (script.textContent ?? '').includes('alert(')).length,
		}));
		expect(injected).toEqual({ handlers: 0, contentElements: 0, contentScripts: 0 });
	}
	expect(violations).toEqual([]);
});

/** The room always votes A (the hostile file has no loop): play it, reveal it, move on, until the ending's debrief. */
async function runToDebriefFromStarted(presenter: Page) {
	for (let decision = 0; decision < 40 && (await presenter.getByRole('button', { name: 'Play A' }).count()) > 0; decision++)
		await playAndMoveOn(presenter, 'A');
	await expect(presenter.locator('.eyebrow', { hasText: /^Group debrief/ })).toBeVisible();
}
