import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessibleInBothThemes, hydrated } from './fixtures.ts';
import { parseYaml } from '../../src/schemas/friendly-errors.ts';
import { parseDrill, type Drill } from '../../src/schemas/drill.ts';
import { procedureSchema, type Procedure } from '../../src/schemas/procedure.ts';
import { failureKindListSchema, type FailureKind } from '../../src/schemas/failure-kind.ts';
import { classifyChoiceDrill, openOrClosedChoiceDrill, orderItems, routeChoiceDrill, type OrderItem } from '../../src/engine/drills/build.ts';
import { startingOrder } from '../../src/engine/drills/order.ts';
import type { ChoiceDrill } from '../../src/engine/drills/choice.ts';
import { ADDED_GUIDANCE } from '../../src/engine/provenance.ts';

// A drill of each kind is played to its summary by keyboard alone, and what the page says is
// compared with what the (unit-tested) engine expects: the shuffled start, the options,
// the score. Feedback must be announced (aria-live) and focus must follow the action.

function load<T>(schema: unknown, file: string): T {
	const result = parseYaml(schema as never, readFileSync(file, 'utf8'), file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data as T;
}
const drills: Drill[] = readdirSync('content/drills')
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.map((f) => {
		const result = parseDrill(readFileSync(`content/drills/${f}`, 'utf8'), f);
		if (!result.ok) throw new Error(`${f} does not parse`);
		return result.data;
	})
	.sort((a, b) => a.order - b.order);
const procedure = (id: string) => load<Procedure>(procedureSchema, `content/procedures/${id}.yaml`);
const kinds = load<FailureKind[]>(failureKindListSchema, 'content/failure-kinds.yaml');

function choiceDrillFor(drill: Drill): ChoiceDrill {
	if (drill.kind === 'classify') return classifyChoiceDrill(drill, kinds);
	if (drill.kind === 'open-or-closed') return openOrClosedChoiceDrill(drill);
	if (drill.kind === 'route') return routeChoiceDrill(drill, procedure(drill.procedure).steps.find((s) => s.id === drill.step)!.routes!);
	throw new Error(`${drill.id} is not a one-answer drill`);
}

const live = (page: Page) => page.locator('.drill [aria-live="polite"]');

async function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Presses a button by keyboard: it takes focus (as Tab would bring it there), then Enter. */
async function press(page: Page, name: string | RegExp) {
	const button = page.getByRole('button', { name, exact: typeof name === 'string' });
	await button.focus();
	await page.keyboard.press('Enter');
}

test('the drill list shows every drill with what it practises and where it is taught, and passes axe', async ({ page, consoleErrors }) => {
	await page.goto('drills/');
	await expect(page.locator('h1')).toHaveText('Practice drills');
	const cards = page.locator('.drill-cards > li');
	await expect(cards).toHaveCount(drills.length);
	for (const [index, drill] of drills.entries()) {
		const card = cards.nth(index);
		await expect(card.getByRole('link', { name: drill.title })).toHaveAttribute('href', new RegExp(`drills/${drill.id}/$`));
		await expect(card).toContainText(drill.practises);
		if (drill.procedure)
			await expect(card.getByRole('link', { name: procedure(drill.procedure).shortTitle, exact: true })).toHaveAttribute(
				'href',
				new RegExp(`procedures/${drill.procedure}/$`),
			);
		else await expect(card.locator('a[href*="/lessons/"]')).toHaveCount(1);
	}
	await expectAccessibleInBothThemes(page, 'drill list');
	await page.setViewportSize({ width: 320, height: 640 });
	expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	await cards.first().getByRole('link').first().focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('h1')).toHaveText(drills[0]!.title);
	expect(consoleErrors).toEqual([]);
});

// One order drill by keyboard: the three share one widget and differ only in their data, whose
// shuffled start and marking test/unit/engine/drills/order.test.ts checks for every procedure.
for (const drill of drills.filter((d) => d.kind === 'order').slice(0, 1)) {
	const items: OrderItem[] = orderItems(drill, procedure(drill.procedure));
	const solution = items.map((item) => item.id);
	const title = (id: string) => items.find((item) => item.id === id)!.title;
	const shown = (page: Page) => page.locator('.order-item .order-title').allTextContents();

	/** Moves one step up to `target` with Enter on its "Move up" button; focus must stay on that button throughout. */
	async function moveUpTo(page: Page, id: string, target: number) {
		const from = (await shown(page)).indexOf(title(id));
		const button = page.getByRole('button', { name: `Move “${title(id)}” up` });
		await button.focus();
		for (let at = from; at > target; at--) {
			await page.keyboard.press('Enter');
			await expect(button).toBeFocused();
			await expect(live(page)).toHaveText(`${title(id)} moved to position ${at} of ${items.length}`);
		}
	}

	test(`${drill.id}: put in order by keyboard alone, with moves announced, marks, the answer and the summary`, async ({
		page,

		consoleErrors,
	}) => {
		await page.goto(`drills/${drill.id}/`);
		await hydrated(page);
		await expect(page.locator('h1')).toHaveText(drill.title);
		await expect(page.locator('.page-head')).toContainText(drill.intro);
		const start = startingOrder(drill.id, solution);
		expect(await shown(page)).toEqual(start.map(title));
		await expectAccessibleInBothThemes(page, 'order drill at the start');

		// Only the first step in place, then check: the marks say which positions are wrong, in words.
		await moveUpTo(page, solution[0]!, 0);
		const partly = (await shown(page)).map((t, i) => t === title(solution[i]!)).filter(Boolean).length;
		await press(page, 'Check order');
		const summary = page.locator('.drill-summary');
		await expect(summary).toBeFocused();
		await expect(summary.locator('h2')).toHaveText(`Your score: ${partly} of ${items.length} right`);
		await expect(live(page)).toHaveText(`${partly} of ${items.length} right. Each step is now marked right or wrong.`);
		await expect(page.locator('.order-item .mark-wrong')).toHaveCount(items.length - partly);
		const firstItem = page.locator('.order-item').first();
		await expect(firstItem.locator('.mark')).toHaveText('✓ Right: this is step 1');
		await expect(firstItem.locator('.order-explain')).toHaveText(items[0]!.summary.replace(/\s+/g, ' '));
		await expect(page.getByRole('button', { name: /^Move/ })).toHaveCount(0);
		await expectAccessibleInBothThemes(page, 'order drill with marks');

		await press(page, 'Show the answer');
		const answer = page.locator('.order-answer');
		await expect(answer).toBeFocused();
		expect(await answer.locator('li').allTextContents()).toEqual(items.map((item) => item.title));

		// "Try again" keeps the arrangement and returns focus to the list; finish the job.
		const arranged = await shown(page);
		await press(page, 'Try again');
		await expect(page.locator('.order-list')).toBeFocused();
		expect(await shown(page)).toEqual(arranged);
		await expect(page.locator('.order-answer')).toHaveCount(0);
		for (const [target, id] of solution.entries()) await moveUpTo(page, id, target);

		// Already at the top: pressing "up" again says so and keeps focus where it was.
		const top = page.getByRole('button', { name: `Move “${title(solution[0]!)}” up` });
		await expect(top).toHaveAttribute('aria-disabled', 'true');
		await top.focus();
		await page.keyboard.press('Enter');
		await expect(top).toBeFocused();
		await expect(live(page)).toHaveText(`${title(solution[0]!)} is already first`);

		await press(page, 'Check order');
		await expect(summary).toBeFocused();
		await expect(summary.locator('h2')).toHaveText(`Your score: ${items.length} of ${items.length} right`);
		await expect(page.locator('.order-item .mark-right')).toHaveCount(items.length);
		expect(await page.locator('.order-item .mark').allTextContents()).toEqual(items.map((_, i) => `✓ Right: this is step ${i + 1}`));
		await expect(page.getByRole('button', { name: 'Show the answer' })).toHaveCount(0);
		await expectAccessibleInBothThemes(page, 'order drill summary');

		// All right: "Try again" starts over from the shuffle.
		await press(page, 'Try again');
		await expect(page.locator('.order-list')).toBeFocused();
		expect(await shown(page)).toEqual(start.map(title));
		expect(consoleErrors).toEqual([]);
	});
}

test('order drill: Tab reaches each step’s Up and Down buttons in reading order, then "Check order"', async ({ page }) => {
	const drill = drills.find((d) => d.kind === 'order')!;
	const items = orderItems(drill as Extract<Drill, { kind: 'order' }>, procedure(drill.procedure!));
	const start = startingOrder(
		drill.id,
		items.map((i) => i.id),
	).map((id) => items.find((i) => i.id === id)!.title);
	await page.goto(`drills/${drill.id}/`);
	await hydrated(page);
	await page.locator('.order-list').focus();
	const names: string[] = [];
	for (let i = 0; i < start.length * 2 + 1; i++) {
		await page.keyboard.press('Tab');
		names.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)) ?? '');
	}
	expect(names).toEqual([...start.flatMap((t) => [`Move “${t}” up`, `Move “${t}” down`]), 'Check order']);
});

for (const drill of drills.filter((d) => d.kind !== 'order')) {
	const choice = choiceDrillFor(drill);
	const count = choice.items.length;
	// Answer every third item wrongly, so both kinds of feedback and a partial score are seen.
	const wrongly = (index: number) => index % 3 === 1;
	const expectedRight = choice.items.filter((_, i) => !wrongly(i)).length;

	/** Tab into the radio group (focus lands on the first option), then Space or arrow keys to pick. */
	async function pickByKeyboard(page: Page, optionIndex: number) {
		await page.keyboard.press('Tab');
		await expect(page.getByRole('radio').first()).toBeFocused();
		if (optionIndex === 0) await page.keyboard.press('Space');
		else for (let i = 0; i < optionIndex; i++) await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio').nth(optionIndex)).toBeChecked();
	}

	test(`${drill.id}: answered by keyboard alone, with feedback announced, focus following, and a summary`, async ({
		page,

		consoleErrors,
	}) => {
		await page.goto(`drills/${drill.id}/`);
		await hydrated(page);
		await expect(page.locator('h1')).toHaveText(drill.title);
		await expect(page.locator('.drill-options legend')).toHaveText(choice.question);
		expect(await page.locator('.drill-option strong').allTextContents()).toEqual(choice.options.map((o) => o.label));
		await expectAccessibleInBothThemes(page, `${drill.id} at the start`);

		// Checking with nothing picked says so, and puts focus on the first option.
		await press(page, 'Check answer');
		await expect(page.locator('.drill-error')).toHaveText('Choose an answer first.');
		await expect(live(page)).toHaveText('Choose an answer first.');
		await expect(page.getByRole('radio').first()).toBeFocused();
		await page.locator('.drill-item h2').focus();

		for (const [index, item] of choice.items.entries()) {
			const heading = page.locator('.drill-item h2');
			await expect(heading).toHaveText(`${choice.itemLabel} ${index + 1} of ${count}`);
			if (index > 0) await expect(heading).toBeFocused();
			await expect(page.locator('.drill-text')).toHaveText(item.spoken ? `“${item.prompt}”` : item.prompt);
			const right = choice.options.findIndex((o) => o.id === item.answer);
			const pick = wrongly(index) ? (right + 1) % choice.options.length : right;
			await pickByKeyboard(page, pick);
			await page.keyboard.press('Tab');
			await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
			await page.keyboard.press('Enter');

			const next = page.getByRole('button', { name: index + 1 < count ? `Next ${choice.itemLabel.toLowerCase()}` : 'See your score' });
			await expect(next).toBeFocused();
			const feedback = page.locator('.drill-feedback');
			const explanation = item.explanation.replace(/\s+/g, ' ');
			await expect(feedback).toContainText(explanation);
			if (wrongly(index)) {
				await expect(feedback.locator('.mark')).toHaveText('✗ Not quite');
				await expect(feedback).toContainText(`The answer: ${choice.options[right]!.label}`);
				await expect(live(page)).toContainText(`Not quite. The answer: ${choice.options[right]!.label}.`);
			} else {
				await expect(feedback.locator('.mark')).toHaveText('✓ Right');
				await expect(live(page)).toContainText('Right.');
			}
			await expect(live(page)).toContainText(explanation);
			for (const extra of item.extras) {
				await expect(feedback).toContainText(`${extra.label}: ${extra.text.replace(/\s+/g, ' ')}`);
				// Guidance the sources do not contain says so, in words, before it is read.
				const shown = feedback.locator('p', { hasText: extra.label });
				if (extra.added) await expect(shown.locator('.badge')).toHaveText(`${ADDED_GUIDANCE}:`);
				else await expect(shown.locator('.badge')).toHaveCount(0);
			}
			await expect(page.getByRole('radio').nth(right)).toBeDisabled();
			if (index === 1) await expectAccessibleInBothThemes(page, `${drill.id} with feedback`);
			await page.keyboard.press('Enter');
		}

		const summary = page.locator('.drill-summary');
		await expect(summary).toBeFocused();
		await expect(summary.locator('h2')).toHaveText(`Your score: ${expectedRight} of ${count} right`);
		await expect(live(page)).toHaveText(`Drill finished: ${expectedRight} of ${count} right.`);
		await expect(summary.locator('.drill-review > li')).toHaveCount(count);
		await expect(summary.locator('.drill-review .mark-wrong')).toHaveCount(count - expectedRight);
		await expectAccessibleInBothThemes(page, `${drill.id} summary`);

		await press(page, 'Try again');
		await expect(page.locator('.drill-item h2')).toBeFocused();
		await expect(page.locator('.drill-item h2')).toHaveText(`${choice.itemLabel} 1 of ${count}`);
		await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
		expect(consoleErrors).toEqual([]);
	});
}

test('route drill: the right people in the wrong order is marked wrong, and says why', async ({ page }) => {
	const drill = drills.find((d) => d.kind === 'route')!;
	const choice = choiceDrillFor(drill);
	const index = choice.items.findIndex((item) => choice.options.some((o) => o.id === `${item.answer}-reversed`));
	expect(index, 'a complaint whose route has an order').toBeGreaterThanOrEqual(0);
	await page.goto(`drills/${drill.id}/`);
	await hydrated(page);
	for (let i = 0; i < index; i++) {
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.getByRole('button', { name: /^Next/ }).click();
	}
	const reversed = choice.options.find((o) => o.id === `${choice.items[index]!.answer}-reversed`)!;
	await page.getByRole('radio', { name: new RegExp(`^${reversed.label}`) }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.drill-feedback .mark')).toHaveText('✗ Not quite');
	await expect(page.locator('.drill-feedback')).toContainText(reversed.mistake!.replace(/\s+/g, ' '));
	await expect(live(page)).toContainText(reversed.mistake!.replace(/\s+/g, ' '));
});

test('every drill page reflows at 320 px without sideways scrolling, before and after feedback', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const drill of drills) {
		await page.goto(`drills/${drill.id}/`);
		await hydrated(page);
		expect(await sidewaysScroll(page), `${drill.id} at the start`).toBeLessThanOrEqual(0);
		if (drill.kind === 'order') await page.getByRole('button', { name: 'Check order' }).click();
		else {
			await page.getByRole('radio').first().check();
			await page.getByRole('button', { name: 'Check answer' }).click();
		}
		await expect(page.locator('.mark').first()).toBeVisible();
		expect(await sidewaysScroll(page), `${drill.id} with feedback`).toBeLessThanOrEqual(0);
	}
});

test('every drill page has one h1, an intro, a way back to what it practises, and says when JavaScript is needed', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
	const page = await context.newPage();
	for (const drill of drills) {
		await page.goto(`drills/${drill.id}/`);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('.drill-intro')).toHaveText(drill.intro.replace(/\s+/g, ' '));
		// Playwright's text and role engines skip <noscript>, so the notice is found by its class.
		await expect(page.locator('.needs-js')).toBeVisible();
		await expect(page.locator('.needs-js')).toContainText('This drill needs JavaScript.');
		await expect(page.locator('.drill')).toBeHidden();
		const related = page.locator('.drill-related');
		// The lesson and the procedure card can share a title, so the card is found by its address.
		if (drill.procedure) await expect(related.locator(`a[href$="procedures/${drill.procedure}/"]`)).toHaveText(procedure(drill.procedure).title);
		// A lesson that lists the drill or teaches its procedure, else the lesson list.
		await expect(related.locator('a[href*="/lessons/"]')).toHaveCount(1);
	}
	await context.close();
});
