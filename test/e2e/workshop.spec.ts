import { readFileSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectAccessibleInBothThemes, hydrated, watchErrors } from './fixtures.ts';
import { parseYaml } from '../../src/schemas/friendly-errors.ts';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { procedureSchema, type Procedure } from '../../src/schemas/procedure.ts';
import { allPaths, idealPath } from '../../src/engine/ideal-path.ts';
import { replay, type PathStep } from '../../src/engine/runner.ts';
import { score } from '../../src/engine/scoring.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';
import { verdictMark, verdictText } from '../../src/engine/words.ts';

// Workshop mode as a trainer meets it: a presenter window and an audience window in one
// browser (two pages in one context share BroadcastChannel, as two windows do), driven by
// the keyboard shortcuts; the printables under print media; axe on every view, light and dark.

function load<T>(schema: unknown, file: string): T {
	const result = parseYaml(schema as never, readFileSync(file, 'utf8'), file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data as T;
}

const scenarios = readdirSync('content/scenarios')
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.map((f) => load<Scenario>(scenarioSchema, `content/scenarios/${f}`));
const procedureOf = (scenario: Scenario) => load<Procedure>(procedureSchema, `content/procedures/${scenario.procedure}.yaml`);
const broadband = scenarios.find((s) => s.id === 'broadband-outage')!;

const nodeOf = (scenario: Scenario, id: string) => scenario.nodes.find((n) => n.id === id)!;
const choiceOf = (scenario: Scenario, step: PathStep) => nodeOf(scenario, step.nodeId).choices.find((c) => c.id === step.choiceId)!;
/** 0 for A, 1 for B, …: where the room sees a choice. */
const shownIndex = (scenario: Scenario, step: PathStep) =>
	displayOrder(scenario.id, step.nodeId, nodeOf(scenario, step.nodeId).choices).findIndex((c) => c.id === step.choiceId);
const letter = (index: number) => String.fromCharCode(65 + index);
const squash = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The shortest path to any ending. */
function shortestPath(scenario: Scenario): PathStep[] {
	return allPaths(scenario).sort((a, b) => a.length - b.length)[0]!;
}

/** An audience window opened by hand first, then the presenter, as a trainer setting up might. */
async function openWindows(context: BrowserContext, scenario: Scenario) {
	const audience = await context.newPage();
	await audience.goto(`workshop/${scenario.id}/audience/`);
	await hydrated(audience);
	const presenter = await context.newPage();
	const errors: string[] = [];
	for (const page of [audience, presenter]) watchErrors(errors, page);
	await presenter.goto(`workshop/${scenario.id}/`);
	await hydrated(presenter);
	return { audience, presenter, errors };
}

async function start(presenter: Page) {
	await presenter.getByRole('button', { name: 'Start the session' }).click();
	await expect(presenter.locator('.ws-panel h2')).toHaveText(/Decision 1/);
}

const voteBox = (page: Page, index: number) => page.getByRole('spinbutton', { name: `Votes for ${letter(index)}` });

test('the workshop page lists every role-play with its objectives, timing and facilitator notes', async ({ page }) => {
	await page.goto('workshop/');
	await expect(page.locator('h1')).toHaveText('Workshop');
	for (const scenario of scenarios) {
		const card = page.locator('.ws-index > li', { has: page.getByRole('heading', { name: scenario.title }) });
		await expect(card).toContainText(`About ${scenario.minutes} minutes`);
		for (const objective of scenario.objectives) await expect(card).toContainText(objective);
		await card.getByText('Facilitator notes').click();
		await expect(card.locator('.ws-notes')).toContainText(squash(scenario.facilitatorNotes).slice(0, 60));
		await expect(card.getByRole('link', { name: `Present “${scenario.title}”` })).toBeVisible();
		await expect(card.getByRole('link', { name: `Role-play cards for “${scenario.title}”` })).toBeVisible();
		await expect(card.getByRole('link', { name: `Answer key for “${scenario.title}”` })).toBeVisible();
	}
	await expectAccessibleInBothThemes(page, 'workshop index');
	await page.getByRole('link', { name: `Present “${broadband.title}”` }).click();
	await expect(page.locator('h1')).toHaveText(broadband.title);
	await expect(page.locator('.ws-notes')).toContainText(broadband.objectives[0]!);
});

test('the audience follows the presenter through a whole role-play, driven by the keyboard, to the debrief', async ({ context }) => {
	// A dozen decisions, each checked on both screens, plus axe on eight views: more than the default 30 s.
	test.setTimeout(120_000);
	const scenario = broadband;
	const procedure = procedureOf(scenario);
	const path = idealPath(procedure, scenario);
	const { audience, presenter, errors } = await openWindows(context, scenario);
	// Opened before the presenter, the audience asked for the state and got the lobby.
	await expect(audience.locator('.stage')).toContainText('Ready when you are');
	await expect(presenter.getByText('Audience screen: connected')).toBeVisible();
	await expectAccessibleInBothThemes(presenter, 'presenter before the start');

	await start(presenter);
	for (const [i, step] of path.entries()) {
		const index = shownIndex(scenario, step);
		const other = (index + 1) % nodeOf(scenario, step.nodeId).choices.length;
		const choice = choiceOf(scenario, step);
		await expect(audience.locator('.stage h2')).toContainText(`Decision ${i + 1}`);
		await expect(audience.locator('.stage')).toContainText(squash(nodeOf(scenario, step.nodeId).text).slice(0, 50));
		await expect(audience.locator('.stage-choices li')).toHaveCount(nodeOf(scenario, step.nodeId).choices.length);

		// Three for the room's pick, one for another, then that one taken back: 3–0.
		for (let k = 0; k < 3; k++) await presenter.keyboard.press(String(index + 1));
		await presenter.keyboard.press(String(other + 1));
		await presenter.keyboard.press(`Shift+Digit${other + 1}`);
		await expect(voteBox(presenter, index)).toHaveValue('3');
		await expect(voteBox(presenter, other)).toHaveValue('0');
		if (i === 0) {
			// The back row: at 1280×720 a question with its choices is set larger than the 3 %-of-height base (21.3 px), and still fits.
			const stage = await audience
				.locator('.stage')
				.evaluate((el) => ({ px: parseFloat(getComputedStyle(el).fontSize), fits: el.scrollHeight <= el.clientHeight + 1 }));
			expect(stage.fits).toBe(true);
			expect(stage.px).toBeGreaterThan(24);
			await expectAccessibleInBothThemes(audience, 'audience with choices');
			await expectAccessibleInBothThemes(presenter, 'presenter at the first decision');
		}

		await presenter.keyboard.press('n');
		await expect(audience.locator('.stage-choices li.chosen')).toContainText(letter(index));
		await expect(audience.locator('.stage')).not.toContainText(squash(choice.feedback).slice(0, 40));
		await expect(audience.locator('.stage')).not.toContainText('Trust');
		await presenter.keyboard.press('r');
		await expect(audience.locator('.stage-reveal')).toContainText(squash(choice.feedback).slice(0, 40));
		await expect(audience.locator('.stage-votes')).toContainText(`${letter(index)}: 3 votes (100%)`);
		if (i === 0) {
			await expect(presenter.getByText('On the audience screen: revealed')).toBeVisible();
			await expectAccessibleInBothThemes(audience, 'audience with the consequence revealed');
			await expectAccessibleInBothThemes(presenter, 'presenter after the reveal');
		}
		await presenter.keyboard.press('n');
	}

	const expected = score(procedure, scenario, path);
	const ending = scenario.endings.find((e) => e.id === replay(scenario, path).endingId)!;
	await expect(audience.locator('.stage h2')).toHaveText(ending.title);
	await expect(audience.locator('.stage')).not.toContainText('Score');
	const debrief = presenter.locator('.ws-debrief');
	await expect(debrief).toBeVisible();
	await expect(presenter.locator('.ws-panel')).toBeFocused();
	await expect(debrief.locator('.eyebrow')).toHaveText('Group debrief · Recovered');
	await expect(debrief.locator('h2')).toHaveText(ending.title);
	await expect(debrief.locator('.total strong')).toHaveText(String(expected.total));
	await expect(debrief.locator('.ws-path > li')).toHaveCount(path.length);
	await expect(debrief.locator('.ws-path > li').first().locator('tr.played')).toContainText(`${letter(shownIndex(scenario, path[0]!))} (played)`);
	await expect(debrief.locator('.ws-path > li').first().locator('tr.played')).toContainText('3');
	const verdicts = await debrief
		.locator('.verdicts li')
		.evaluateAll((items) => items.map((li) => [li.querySelector('strong')!.textContent, li.querySelector('.verdict')!.textContent]));
	expect(verdicts).toEqual(expected.steps.map((s) => [s.title, `${verdictMark[s.verdict]} ${verdictText[s.verdict]}`]));
	expect(expected.steps.every((s) => s.verdict === 'performed')).toBe(true);
	await expect(debrief.locator('.pitfall-results li')).toHaveCount(expected.pitfalls.length);
	await expectAccessibleInBothThemes(presenter, 'presenter debrief');
	await expectAccessibleInBothThemes(audience, 'audience at the ending');

	await presenter.keyboard.press('r');
	await expect(audience.locator('.stage-reveal h3').first()).toHaveText(`Score: ${expected.total} out of 100 · Recovered`);
	await expect(audience.locator('.stage-steps li')).toHaveCount(expected.steps.length);
	await expectAccessibleInBothThemes(audience, 'audience with the debrief revealed');

	// The session as a file: Blob + download link.
	const [download] = await Promise.all([presenter.waitForEvent('download'), presenter.getByRole('link', { name: 'Download the session (JSON)' }).click()]);
	expect(download.suggestedFilename()).toMatch(new RegExp(`^make-good-${scenario.id}-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.json$`));
	const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(saved).toMatchObject({
		format: 'make-good/workshop-session',
		version: 1,
		scenario: { id: scenario.id },
		roomPath: { endingId: ending.id, score: { total: expected.total } },
		branches: [],
	});
	expect(saved.roomPath.decisions.map((d: { nodeId: string; choiceId: string }) => ({ nodeId: d.nodeId, choiceId: d.choiceId }))).toEqual(path);
	expect(saved.roomPath.decisions[0].votes).toContainEqual({ letter: letter(shownIndex(scenario, path[0]!)), choiceId: path[0]!.choiceId, votes: 3 });

	// Ended, then loaded back from the file: the same debrief, and the room follows again.
	await presenter.getByRole('button', { name: 'End and start afresh' }).click();
	await expect(audience.locator('.stage')).toContainText('Ready when you are');
	await presenter.getByLabel('Load a downloaded session (.json)').setInputFiles((await download.path())!);
	await expect(debrief.locator('.total strong')).toHaveText(String(expected.total));
	await expect(audience.locator('.stage h2')).toHaveText(ending.title);

	// Printed, the debrief stands alone: no controls, no trainer's notes.
	await presenter.emulateMedia({ media: 'print' });
	await expect(debrief.locator('.ws-path')).toBeVisible();
	await expect(presenter.locator('.ws-toolbar')).toBeHidden();
	await expect(presenter.locator('.ws-side')).toBeHidden();
	await expect(presenter.locator('.ws-notes')).toBeHidden();
	await expect(presenter.getByRole('button', { name: 'Print the debrief' })).toBeHidden();
	expect(errors).toEqual([]);
});

test('after the ending the trainer explores “what if”, and the debrief keeps both paths', async ({ context }) => {
	const scenario = broadband;
	const path = shortestPath(scenario);
	const { audience, presenter } = await openWindows(context, scenario);
	await start(presenter);
	for (const step of path) {
		await presenter.keyboard.press(String(shownIndex(scenario, step) + 1));
		await presenter.keyboard.press('n');
		await presenter.keyboard.press('n');
	}
	await expect(presenter.locator('.ws-debrief')).toBeVisible();

	// Back from the ending: the last decision opens again with the room's vote restored.
	await presenter.keyboard.press('b');
	const last = path.at(-1)!;
	const lastIndex = shownIndex(scenario, last);
	await expect(presenter.locator('.ws-panel h2')).toHaveText(new RegExp(`What if….*Decision ${path.length}`));
	await expect(voteBox(presenter, lastIndex)).toHaveValue('1');
	await expect(audience.locator('.stage-whatif')).toBeVisible();
	await expectAccessibleInBothThemes(presenter, 'presenter exploring what if');

	// The trainer plays another choice over the vote.
	const otherIndex = (lastIndex + 1) % nodeOf(scenario, last.nodeId).choices.length;
	await presenter.getByRole('button', { name: `Play ${letter(otherIndex)}` }).click();
	await expect(presenter.locator('.ws-result')).toContainText("The trainer's pick, over the vote");
	await presenter.getByRole('button', { name: 'Return to the room’s debrief' }).click();
	const branches = presenter.locator('.ws-branches li');
	await expect(branches).toHaveCount(1);
	await expect(branches).toContainText(`At decision ${path.length}, ${letter(otherIndex)}`);
	await expect(presenter.locator('.ws-path > li')).toHaveCount(path.length);
	await expect(audience.locator('.stage-whatif')).toHaveCount(0);
	await presenter.setViewportSize({ width: 320, height: 640 });
	expect(
		await presenter.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
		'sideways scroll at 320 px',
	).toBeLessThanOrEqual(0);
});

test('a presenter page reloaded mid-session offers to resume it, and the audience follows again', async ({ context }) => {
	const scenario = broadband;
	const { audience, presenter } = await openWindows(context, scenario);
	await start(presenter);
	await presenter.keyboard.press('1');
	await presenter.keyboard.press('n');
	await presenter.keyboard.press('n');
	await expect(audience.locator('.stage h2')).toContainText('Decision 2');
	await presenter.reload();
	await hydrated(presenter);
	await presenter.getByRole('button', { name: 'Resume the session in progress (decision 2)' }).click();
	await expect(presenter.locator('.ws-panel h2')).toHaveText('Decision 2');
	await expect(audience.locator('.stage h2')).toContainText('Decision 2');
	await presenter.keyboard.press('b');
	await expect(audience.locator('.stage h2')).toContainText('Decision 1');
});

test('a tie is the trainer’s to break, and shortcuts leave a vote box alone while typing', async ({ page }) => {
	const scenario = broadband;
	await page.goto(`workshop/${scenario.id}/`);
	await hydrated(page);
	await start(page);
	// Typing into A's box: digits are the count, not shortcuts for B or C, and N does not play.
	await voteBox(page, 0).focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('2');
	await page.keyboard.press('n');
	await expect(voteBox(page, 0)).toHaveValue('2');
	await expect(voteBox(page, 1)).toHaveValue('0');
	await expect(page.locator('.ws-panel h2')).toHaveText('Decision 1');
	// Outside the box, the + and − buttons and the keys agree.
	await page.getByRole('button', { name: 'Add a vote for B' }).click();
	await page.keyboard.press('2');
	await expect(voteBox(page, 1)).toHaveValue('2');
	await expect(page.getByRole('button', { name: 'Add a vote for B' })).toHaveAttribute('aria-keyshortcuts', '2');
	await expect(page.getByRole('button', { name: 'Take a vote from B' })).toHaveAttribute('aria-keyshortcuts', 'Shift+2');
	await expect(page.locator('.ws-legend')).toContainText('Shift+1–4');

	// 2–2: N does not pick for the room.
	await expect(page.locator('.ws-lead')).toContainText('Tie: A and B have 2 each');
	await expect(page.getByRole('button', { name: 'Play the choice with most votes (N)' })).toBeDisabled();
	await page.keyboard.press('n');
	await expect(page.locator('[aria-live="polite"]').last()).toContainText('Tie: A and B have the most votes');
	await expect(page.locator('.ws-panel h2')).toHaveText('Decision 1');
	await page.getByRole('button', { name: 'Play B' }).click();
	await expect(page.locator('.ws-panel h2')).toHaveText('Decision 1: B played');
	await expect(page.locator('.ws-result')).toContainText('A tie for most votes, broken by the trainer');
	// Before the ending, Back is an undo with the votes kept.
	await page.getByRole('button', { name: 'Back one decision (B)' }).click();
	await expect(voteBox(page, 0)).toHaveValue('2');
	await expect(voteBox(page, 1)).toHaveValue('2');
});

test('the decision timer starts, pauses and resets, and says the minutes sparingly', async ({ page }) => {
	await page.clock.install({ time: new Date('2025-03-14T09:00:00Z') });
	await page.goto(`workshop/${broadband.id}/`);
	await hydrated(page);
	await start(page);
	// From here the page's clock moves only when the test moves it.
	await page.clock.pauseAt(new Date('2025-03-14T10:00:00Z'));
	const clock = page.locator('.ws-clock');
	await expect(clock).toHaveText('00:00 stopped');
	await page.keyboard.press('t');
	await expect(page.getByRole('button', { name: 'Pause (T)' })).toHaveAttribute('aria-keyshortcuts', 'T');
	await page.clock.runFor(65_000);
	await expect(clock).toHaveText('01:05 running');
	await expect(page.locator('.ws-timer [aria-live]')).toHaveText('1 minute on this decision.');
	await page.keyboard.press('t');
	await expect(clock).toHaveText('01:05 paused');
	await page.clock.runFor(30_000);
	await expect(clock).toHaveText('01:05 paused');
	// Let time run again: a reset timer shows 00:00 however much passes.
	await page.clock.resume();
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(clock).toHaveText('00:00 stopped');
});

test('single screen that cannot load (offline, not saved) says so on screen and leaves the session as it was', async ({ page }) => {
	await page.goto(`workshop/${broadband.id}/`);
	await hydrated(page);
	await start(page);
	await page.route(/\/SingleScreen\.[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
	await page.getByRole('button', { name: 'Single screen' }).click();
	await expect(page.getByRole('alert')).toContainText('The single screen could not be loaded');
	await expect(page.getByRole('button', { name: 'Single screen' })).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('.ws-panel .vote-table, .ws-panel h2').first()).toBeVisible();
});

test('a debrief that cannot load (offline, not saved) says so, keeps the session, and loads on "Try again"', async ({ page }) => {
	const debriefCode = /\/GroupDebrief\.[\w-]+\.js$/;
	await page.route(debriefCode, (route) => route.abort('internetdisconnected'));
	await page.goto(`workshop/${broadband.id}/`);
	await hydrated(page);
	await start(page);
	for (const step of shortestPath(broadband)) {
		await page.getByRole('button', { name: `Play ${letter(shownIndex(broadband, step))}` }).click();
		await page.getByRole('button', { name: 'Reveal to the room (R)' }).click();
		await page.getByRole('button', { name: /^(Next decision|Show the ending) \(N\)$/ }).click();
	}
	await expect(page.getByRole('alert')).toContainText('The debrief could not be loaded');
	await page.unroute(debriefCode);
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('.ws-debrief .eyebrow')).toHaveText(/^Group debrief · /);
	// The button it pressed is gone: focus is back on the panel, now titled by the ending.
	await expect(page.locator('.ws-panel')).toBeFocused();
	await expect(page.locator('.ws-panel')).toHaveAccessibleName(await page.locator('.ws-debrief h2').innerText());
});

test('single screen: the room’s view with the trainer’s controls, and no answers on show', async ({ page }) => {
	const scenario = broadband;
	const path = shortestPath(scenario);
	const [step] = path as [PathStep];
	await page.goto(`workshop/${scenario.id}/`);
	await hydrated(page);
	await start(page);
	await page.getByRole('button', { name: 'Single screen' }).click();
	await expect(page.getByRole('button', { name: 'Single screen' })).toHaveAttribute('aria-pressed', 'true');
	const panel = page.locator('.ws-panel');
	await expect(panel.locator('.stage-choices li')).toHaveCount(nodeOf(scenario, step.nodeId).choices.length);
	await expect(panel).not.toContainText('Step:');
	await expect(panel).not.toContainText('Pitfall:');
	await expect(page.locator('.ws-notes')).toBeHidden();
	await expect(page.locator('.ws-side')).not.toContainText('trust');
	await expectAccessibleInBothThemes(page, 'single screen, voting');
	await page.keyboard.press(String(shownIndex(scenario, step) + 1));
	await page.keyboard.press('n');
	await expect(panel).not.toContainText(squash(choiceOf(scenario, step).feedback).slice(0, 40));
	await page.keyboard.press('r');
	await expect(panel.locator('.stage-reveal')).toContainText(squash(choiceOf(scenario, step).feedback).slice(0, 40));
	await expectAccessibleInBothThemes(page, 'single screen, revealed');
	await page.keyboard.press('n');

	// On to the ending: the score waits for the reveal, then the group debrief follows the room's summary.
	for (const next of path.slice(1)) {
		await page.keyboard.press(String(shownIndex(scenario, next) + 1));
		await page.keyboard.press('n');
		await page.keyboard.press('n');
	}
	await expect(panel.locator('.stage-ending')).toBeVisible();
	await expect(panel).not.toContainText('Score:');
	await page.keyboard.press('r');
	await expect(panel.locator('.stage-reveal h3').first()).toContainText('Score:');
	await expect(panel.locator('.ws-debrief')).toBeVisible();
	await expectAccessibleInBothThemes(page, 'single screen, debrief');
	await page.setViewportSize({ width: 320, height: 640 });
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
		'sideways scroll at 320 px',
	).toBeLessThanOrEqual(0);
});

test('the presenter’s button opens the audience screen, which shows the decision under way', async ({ page }) => {
	await page.goto(`workshop/${broadband.id}/`);
	await hydrated(page);
	await start(page);
	const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open the audience screen' }).click()]);
	await expect(popup.locator('.stage h2')).toContainText('Decision 1');
	await expect(page.getByText('Audience screen: connected')).toBeVisible();
	await popup.close({ runBeforeUnload: true });
	await expect(page.getByText('Audience screen: not connected yet')).toBeVisible();
	const waiting = await page.context().newPage();
	await page.close();
	await waiting.goto(`workshop/${broadband.id}/audience/`);
	await hydrated(waiting);
	await expect(waiting.locator('.stage')).toContainText('Waiting for the presenter…');
	await expectAccessibleInBothThemes(waiting, 'audience waiting');
});

// What each role-play's cards and answer key say is read from the built pages for every
// role-play (test/dist/workshop-printables.test.ts), and axe checks both in light and dark
// (pages.spec.ts); what only a browser shows is how one set of cards prints.
test('the role-play cards print without JavaScript, each card on a sheet of its own', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const paper = await context.newPage();
	await paper.emulateMedia({ media: 'print' });
	await paper.goto(`workshop/${broadband.id}/cards/`);
	const [customer, agent, observer] = ['#customer-brief', '#agent-brief', '#observer-checklist'].map((id) => paper.locator(id));
	for (const card of [customer!, agent!, observer!]) await expect(card).toBeVisible();
	await expect(observer!.getByRole('checkbox').first()).toBeVisible();
	expect(await agent!.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
	expect(await observer!.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
	// The site's navigation stays off the paper.
	for (const nav of await paper.locator('.site-header nav').all()) await expect(nav).toBeHidden();
	await expect(paper.locator('.site-footer')).toBeHidden();
	await context.close();
});
