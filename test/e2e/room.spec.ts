import type { Browser, Page } from '@playwright/test';
import mqtt from 'mqtt';
import { test as base, expect, expectAccessibleOn, watchErrors } from './fixtures.ts';
import { startBroker, type Broker } from './broker.ts';
import { hydrated, procedureOf, scenarios } from './roleplay-helpers.ts';
import { allPaths } from '../../src/engine/ideal-path.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';
import { score } from '../../src/engine/scoring.ts';
import type { PathStep } from '../../src/engine/runner.ts';
import { bandText } from '../../src/engine/words.ts';
import { encodeState, encodeVote, phoneIdOf, stateTopic, voteTopic } from '../../src/engine/workshop/room/protocol.ts';
import { newKeyPair } from '../../src/engine/workshop/room/signing.ts';
import { readJoinLink } from '../../src/engine/workshop/room/join-link.ts';

// Room mode with a real broker (Mosquitto, started by the test): a presenter, its projector
// window and phones, each phone a separate browser context as a separate device would be.

const test = base.extend<object, { broker: Broker }>({
	broker: [
		async ({}, use) => {
			const broker = await startBroker();
			await use(broker);
			await broker.stop();
		},
		{ scope: 'worker' },
	],
});

const scenario = scenarios.find((s) => s.id === 'broadband-outage')!;
const procedure = procedureOf(scenario);
const path = allPaths(scenario).sort((a, b) => a.length - b.length)[0]!;
const letterOf = (step: PathStep) => {
	const node = scenario.nodes.find((n) => n.id === step.nodeId)!;
	return String.fromCharCode(65 + displayOrder(scenario.id, node.id, node.choices).findIndex((c) => c.id === step.choiceId));
};
const otherLetter = (letter: string) => (letter === 'A' ? 'B' : 'A');

const axe = expectAccessibleOn;

/** The presenter opens a room on the test's broker; returns the presenter, the projector and the phones' join link. */
async function openRoom(browser: Browser, baseURL: string, broker: Broker) {
	const trainer = await browser.newContext({ baseURL });
	const presenter = watch(await trainer.newPage());
	await presenter.goto(`workshop/${scenario.id}/`);
	await hydrated(presenter);
	const audience = watch(await trainer.newPage());
	await audience.setViewportSize({ width: 1280, height: 720 });
	await audience.goto(`workshop/${scenario.id}/audience/`);
	await hydrated(audience);
	await presenter.getByLabel('Message broker (WebSocket address)').fill(broker.wsUrl);
	await presenter.getByRole('button', { name: 'Open a room for phones' }).click();
	await expect(presenter.locator('.ws-room .label')).toContainText(': open');
	const joinUrl = (await presenter.getByRole('link', { name: /Join link/ }).getAttribute('href'))!;
	const code = (await presenter.locator('.ws-room-code').textContent())!;
	await expect(audience.locator('.room-code')).toHaveText(code);
	return { trainer, presenter, audience, joinUrl, code };
}

/** Console errors on any page of the room: a phone, the presenter or the projector. */
const consoleErrors: string[] = [];
const watch = (page: Page) => watchErrors(consoleErrors, page);

async function phone(browser: Browser, joinUrl: string) {
	const device = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = watch(await device.newPage());
	await page.goto(joinUrl);
	// Twelve phones joining at once on a loaded 2-core machine: a join can take several seconds.
	await expect(page.locator('.phone-status')).toContainText('Connected', { timeout: 20_000 });
	return page;
}

const phoneCount = (presenter: Page, letter: string) => presenter.locator(`.ws-phone-count[data-letter="${letter}"]`);
const inView = async (page: Page, selector: string) => {
	const box = (await page.locator(selector).first().boundingBox())!;
	const viewport = page.viewportSize()!;
	return box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
};

test('a presenter and 12 phones run a role-play to its group debrief; votes reach the tally within a second; the projector fits at 720 p', async ({
	browser,
	baseURL,
	broker,
}) => {
	test.setTimeout(180_000);
	consoleErrors.length = 0;
	const { trainer, presenter, audience, joinUrl } = await openRoom(browser, baseURL!, broker);
	await axe(audience, 'projector lobby with the QR code');
	// The room joins at once, as it does when the code goes up on the projector.
	const phones = await Promise.all(Array.from({ length: 12 }, () => phone(browser, joinUrl)));
	await expect(phones[0]!.locator('.stage')).toContainText('Ready when you are');
	await axe(phones[0]!, 'join page, joined');

	await presenter.getByRole('button', { name: 'Live tally on the projector' }).click();
	await presenter.getByRole('button', { name: 'Start the session' }).click();
	for (const [i, step] of path.entries()) {
		const pick = letterOf(step);
		// 8 phones for the room's pick, 4 for another: every vote on the presenter's tally within a second of the last.
		await expect(phones[11]!.locator('#ballot-heading')).toContainText(`Decision ${i + 1}`);
		for (const [p, page] of phones.entries()) await page.getByRole('button', { name: new RegExp(`^${p < 8 ? pick : otherLetter(pick)}:`) }).click();
		await expect(phoneCount(presenter, pick)).toContainText('8 by phone', { timeout: 1000 });
		await expect(phoneCount(presenter, otherLetter(pick))).toContainText('4 by phone', { timeout: 1000 });
		await expect(audience.locator('.stage-count')).toHaveText('12 votes in');
		await expect(audience.locator('.stage-choices .live').first()).toBeVisible();
		if (i === 0) {
			await expect(phones[0]!.getByRole('button', { name: new RegExp(`^${pick}:`) })).toHaveAttribute('aria-pressed', 'true');
			await axe(phones[0]!, 'phone voting');
			await axe(audience, 'projector voting');
			expect(await inView(audience, '.stage-choices li:last-child'), 'every choice in view at 720 p').toBe(true);
		}
		await presenter.keyboard.press('n');
		await expect(phones[0]!.locator('.stage-wait')).toContainText(`${pick} is played`);
		await presenter.keyboard.press('r');
		await expect(audience.locator('.stage-reveal .consequence')).toBeVisible();
		await expect(audience.locator('.stage-choices')).toHaveCount(0); // the reveal replaces the options
		await expect(audience.locator('.stage-votes')).toContainText(`${pick}: 8 votes (67%)`);
		await expect(phones[5]!.locator('.stage-votes')).toContainText(`${otherLetter(pick)}: 4 votes (33%)`);
		if (i === 0) {
			for (const part of ['.consequence', '.stage-facts', '.stage-votes li:last-child'])
				expect(await inView(audience, `.stage-reveal ${part}`), `${part} in view at 720 p`).toBe(true);
			await axe(phones[0]!, 'phone after the reveal');
			await axe(audience, 'projector reveal');
		}
		await presenter.keyboard.press('n');
	}

	const expected = score(procedure, scenario, path);
	await expect(presenter.locator('.ws-debrief .total strong')).toHaveText(String(expected.total));
	await expect(presenter.locator('.ws-path > li').first().locator('tr.played td').first()).toHaveText('8');
	await presenter.keyboard.press('r');
	await expect(phones[3]!.locator('.stage-reveal h3').first()).toHaveText(`Score: ${expected.total} out of 100 · ${bandText[expected.band]}`);
	await expect(audience.locator('.stage-steps li')).toHaveCount(expected.steps.length);
	expect(await inView(audience, '.stage-debrief h3'), 'the score in view at 720 p').toBe(true);
	expect(consoleErrors).toEqual([]);
	for (const page of phones) await page.context().close();
	await trainer.close();
});

test('a phone that reloads keeps its vote, and a broker restart mid-vote loses and doubles no vote', async ({ browser, baseURL, broker }) => {
	test.setTimeout(120_000);
	const { trainer, presenter, joinUrl } = await openRoom(browser, baseURL!, broker);
	await presenter.getByRole('button', { name: 'Start the session' }).click();
	const phones = [await phone(browser, joinUrl), await phone(browser, joinUrl), await phone(browser, joinUrl)];
	for (const page of phones) await page.getByRole('button', { name: /^A:/ }).click();
	await expect(phoneCount(presenter, 'A')).toContainText('3 by phone', { timeout: 1000 });

	await phones[0]!.reload();
	await expect(phones[0]!.getByRole('button', { name: /^A:/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(phones[0]!.locator('.phone-voted')).toContainText('Your vote: A');

	await broker.restart();
	await expect(presenter.locator('.ws-room .label')).toContainText(': open', { timeout: 10_000 });
	// A change of mind during the restart arrives once the phone is back.
	await phones[1]!.getByRole('button', { name: /^B:/ }).click();
	await expect(phoneCount(presenter, 'A')).toContainText('2 by phone', { timeout: 10_000 });
	await expect(phoneCount(presenter, 'B')).toContainText('1 by phone');
	await expect(presenter.locator('.ws-lead')).toContainText('3 votes.');
	// A phone joining after the restart gets the screen the broker lost.
	const late = await phone(browser, joinUrl);
	await expect(late.locator('#ballot-heading')).toContainText('Decision 1');
	for (const page of [...phones, late]) await page.context().close();
	await trainer.close();
});

test('a hostile client’s forged presenter messages, oversized or malformed messages and repeated votes change nothing', async ({
	browser,
	baseURL,
	broker,
}) => {
	const { trainer, presenter, joinUrl } = await openRoom(browser, baseURL!, broker);
	await presenter.getByRole('button', { name: 'Start the session' }).click();
	const honest = await phone(browser, joinUrl);
	await honest.getByRole('button', { name: /^A:/ }).click();
	await expect(phoneCount(presenter, 'A')).toContainText('1 by phone', { timeout: 1000 });

	const room = readJoinLink(new URL(joinUrl).hash)!.room;
	const hostile = await mqtt.connectAsync(broker.mqttUrl);
	const forger = newKeyPair();
	const forged = {
		room,
		seq: 10_000,
		view: { kind: 'ending', scenarioTitle: 'x', join: null, exploring: false, title: 'Forged ending', text: 'Forged.', reveal: null },
		ballot: null,
	};
	await hostile.publishAsync(stateTopic(room), encodeState(forged as never, forger), { retain: true, qos: 1 });
	await hostile.publishAsync(stateTopic(room), 'x'.repeat(30_000), { retain: true, qos: 1 });
	await hostile.publishAsync(stateTopic(room), '{"key":1}', { qos: 1 });
	const me = newKeyPair();
	const id = phoneIdOf(me.publicKey);
	const decision = 'not-the-open-one';
	for (let i = 0; i < 3; i++) await hostile.publishAsync(voteTopic(room, id), encodeVote({ room, phone: id, decision, letter: 'B', n: 1 }, me), { qos: 1 });
	await hostile.publishAsync(voteTopic(room, id), 'y'.repeat(20_000), { qos: 1 });
	await hostile.publishAsync(voteTopic(room, 'someone-else'), '{"vote":"B"}', { qos: 1 });
	// The open decision's key, from the presenter's own (signed) state once it has put it back over
	// the forgeries (until then the topic may still hold one), and one vote sent five times: it counts once.
	const ballotOf = (text: string): { decision: string } | null => {
		try {
			return (JSON.parse(JSON.parse(text).state) as { ballot: { decision: string } | null }).ballot;
		} catch {
			return null;
		}
	};
	const open = await new Promise<string>((resolve) => {
		hostile.on('message', (topic, payload) => {
			const ballot = topic === stateTopic(room) ? ballotOf(payload.toString()) : null;
			if (ballot) resolve(ballot.decision);
		});
		void hostile.subscribeAsync(stateTopic(room));
	});
	for (let i = 0; i < 5; i++)
		await hostile.publishAsync(voteTopic(room, id), encodeVote({ room, phone: id, decision: open, letter: 'B', n: 1 }, me), { qos: 1 });
	await expect(phoneCount(presenter, 'B')).toContainText('1 by phone', { timeout: 1000 });
	await expect(phoneCount(presenter, 'A')).toContainText('1 by phone');
	await expect(honest.locator('#ballot-heading')).toContainText('Decision 1');
	await expect(honest.getByText('Forged ending')).toHaveCount(0);
	// A phone joining now sees the presenter's screen, which the presenter put back over the forgery.
	const late = await phone(browser, joinUrl);
	await expect(late.locator('#ballot-heading')).toContainText('Decision 1');
	await hostile.endAsync();
	await late.context().close();
	await honest.context().close();
	await trainer.close();
});
