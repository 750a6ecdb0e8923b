import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';
import { messagesOf } from '../../src/engine/transcript.ts';
import { hydrated, procedureOf, scenarios } from './roleplay-helpers.ts';

/**
 * A conversation that looks like one, and a learner who can see what just happened:
 * on a phone the consequence of a choice is on screen without scrolling, and the header
 * leaves the screen to the conversation.
 */

const phone = { width: 390, height: 844 };

/** Whether the top of what focus scrolled to is clear of the sticky status bar (two lines on a phone). */
const belowStatusBar = (page: Page, selector: string) =>
	page.evaluate(
		(target) => document.querySelector(target)!.getBoundingClientRect().top >= document.querySelector('.rp-status')!.getBoundingClientRect().bottom,
		selector,
	);

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: phone });

	test('the header takes at most 15 % of the first screen', async ({ page }) => {
		await page.goto('');
		const header = await page.locator('.site-header').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(phone.height * 0.15);
	});

	test('after each choice in practice the consequence is in view, then the next turn', async ({ page, expectAccessible }) => {
		const scenario = scenarios.find((s) => s.setting.channel === 'chat') ?? scenarios[0]!;
		const path = idealPath(procedureOf(scenario), scenario);
		await page.goto(`scenarios/${scenario.id}/`);
		await page.getByRole('radio', { name: /^Practice/ }).check();
		await page.getByRole('button', { name: /^Start/ }).click();
		for (const [index, step] of path.entries()) {
			const node = scenario.nodes.find((n) => n.id === step.nodeId)!;
			const at = displayOrder(scenario.id, node.id, node.choices).findIndex((c) => c.id === step.choiceId);
			await page.locator('.turn-now .choice').nth(at).click();
			const consequence = page.locator('.consequence');
			await expect(consequence).toBeFocused();
			expect(await belowStatusBar(page, '.consequence')).toBe(true);
			await expect(consequence.locator('p').first()).toBeInViewport({ ratio: 1 });
			await expect(consequence.getByRole('button')).toBeInViewport({ ratio: 1 });
			if (index === 1) await expectAccessible('consequence on a phone');
			await consequence.getByRole('button').click();
			if (index < path.length - 1) await expect(page.locator('.turn-now .choice').first()).toBeInViewport();
		}
		await expect(page.locator('.debrief')).toBeFocused();
		expect(await belowStatusBar(page, '.debrief')).toBe(true);
		await expectAccessible('debrief on a phone');
	});

	test('the open menu offers every section and the search', async ({ page, expectAccessible }) => {
		await page.goto('');
		await page.getByText('Menu', { exact: true }).click();
		const menu = page.locator('.menu-panel');
		await expect(menu.getByRole('link', { name: 'Role-plays' })).toBeVisible();
		await expect(menu.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
		await expectAccessible('menu open');
	});
});

test('a chat shows each message on its own, with its time and the sender’s face', async ({ page }) => {
	const scenario = scenarios.find((s) => s.setting.channel === 'chat')!;
	await page.goto(`scenarios/${scenario.id}/`);
	await page.getByRole('radio', { name: /^Assessment/ }).check();
	await page.getByRole('button', { name: /^Start/ }).click();
	const first = scenario.nodes.find((n) => n.id === scenario.start)!;
	const bubbles = page.locator('.turn-now .msg-them .bubble');
	await expect(bubbles).toHaveText(messagesOf(first.text, 'chat'));
	await expect(page.locator('.turn-now .msg-who')).toContainText(`${scenario.persona.name} · ${scenario.setting.startsAt}`);
	await expect(page.locator('.turn-now svg.avatar')).toHaveCount(1);
	// The learner's reply joins the conversation as their own message.
	await page.locator('.turn-now .choice').first().click();
	await expect(page.locator('.conversation .msg-you .bubble')).toHaveCount(1);
});

test('an email role-play shows the customer’s email as a card with its subject', async ({ page }) => {
	const scenario = scenarios.find((s) => s.setting.channel === 'email' && s.nodes.find((n) => n.id === s.start)?.subject)!;
	await page.goto(`scenarios/${scenario.id}/`);
	await hydrated(page);
	await page.getByRole('button', { name: /^Start/ }).click();
	const card = page.getByRole('article', { name: `Email from ${scenario.persona.name}` });
	await expect(card.locator('.email-subject')).toHaveText(scenario.nodes.find((n) => n.id === scenario.start)!.subject!);
});

test('before play the page shows the situation and the customer, never the moves', async ({ page }) => {
	for (const scenario of scenarios) {
		await page.goto(`scenarios/${scenario.id}/`);
		const before = (await page.locator('main').innerText()).toLowerCase();
		for (const objective of scenario.objectives) expect(before).not.toContain(objective.toLowerCase());
	}
});
