import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import mqtt from 'mqtt';
import { startBroker } from '../test/e2e/broker.ts';
import { encodeVote, phoneIdOf, stateTopic, voteTopic } from '../src/engine/workshop/room/protocol.ts';
import { readJoinLink } from '../src/engine/workshop/room/join-link.ts';
import { newKeyPair } from '../src/engine/workshop/room/signing.ts';

/**
 * Room mode, for npm run bench:
 *   - the weight of the room client: the JavaScript a presenter page and a join page load
 *     before a room is opened, and what opening (or joining) one adds;
 *   - 200 simulated phones (Node clients on the same MQTT.js) voting on one decision through
 *     a real Mosquitto: the time from the last vote sent to the presenter's tally on screen
 *     showing all 200, over several rounds (each round every phone changes its vote).
 */

export interface RoomBench {
	weight: Record<string, string | number>[];
	tally: { phones: number; rounds: number; medianMs: number; p95Ms: number; samplesMs: number[] };
}

/** JS bytes (raw, gzipped) a page loads while `during` runs. */
async function scriptBytes(page: Page, during: () => Promise<void>): Promise<{ raw: number; gz: number }> {
	const total = { raw: 0, gz: 0 };
	const reads: Promise<void>[] = [];
	const onResponse = (response: Response) => {
		if (response.request().resourceType() !== 'script') return;
		reads.push(
			response.body().then((body) => {
				total.raw += body.length;
				total.gz += gzipSync(body).length;
			}),
		);
	};
	page.on('response', onResponse);
	await during();
	await page.waitForLoadState('networkidle');
	page.off('response', onResponse);
	await Promise.all(reads);
	return total;
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export async function benchRoom(browser: Browser, base: string, phones = 200, rounds = 15): Promise<RoomBench> {
	const broker = await startBroker();
	const clients: mqtt.MqttClient[] = [];
	try {
		const page = await browser.newPage();
		const presenterInitial = await scriptBytes(page, async () => {
			await page.goto(`${base}workshop/broadband-outage/`);
		});
		await page.waitForSelector('astro-island:not([ssr])');
		const roomAdded = await scriptBytes(page, async () => {
			await page.getByLabel('Message broker (WebSocket address)').fill(broker.wsUrl);
			await page.getByRole('button', { name: 'Open a room for phones' }).click();
			await page.locator('.ws-room .label', { hasText: ': open' }).waitFor();
		});
		const joinUrl = (await page.getByRole('link', { name: /Join link/ }).getAttribute('href'))!;
		await page.getByRole('button', { name: 'Start the session' }).click();

		const phonePage = await browser.newPage();
		const joinInitial = await scriptBytes(phonePage, async () => {
			await phonePage.goto(`${base}workshop/join/`);
		});
		const joinAdded = await scriptBytes(phonePage, async () => {
			await phonePage.goto(joinUrl);
			await phonePage.locator('.phone-status', { hasText: 'Connected' }).waitFor();
		});
		await phonePage.close();
		const kb = (n: number) => (n / 1024).toFixed(1);
		const weight = [
			{ page: 'presenter', when: 'on load (no room)', 'JS KB': kb(presenterInitial.raw), 'JS gz KB': kb(presenterInitial.gz) },
			{ page: 'presenter', when: 'added by opening a room', 'JS KB': kb(roomAdded.raw), 'JS gz KB': kb(roomAdded.gz) },
			{ page: 'join (phone)', when: 'on load', 'JS KB': kb(joinInitial.raw), 'JS gz KB': kb(joinInitial.gz) },
			{ page: 'join (phone)', when: 'added by joining', 'JS KB': kb(joinAdded.raw), 'JS gz KB': kb(joinAdded.gz) },
		];

		// The open decision's key, from the presenter's retained (signed) state.
		const room = readJoinLink(new URL(joinUrl).hash)!.room;
		const watcher = await mqtt.connectAsync(broker.mqttUrl);
		clients.push(watcher);
		const state = await new Promise<string>((resolve) => {
			watcher.on('message', (topic, payload) => topic === stateTopic(room) && resolve(payload.toString()));
			void watcher.subscribeAsync(stateTopic(room));
		});
		const decision: string = JSON.parse(JSON.parse(state).state).ballot.decision;

		const devices = Array.from({ length: phones }, () => ({ key: newKeyPair() }));
		for (let i = 0; i < devices.length; i++) clients.push(await mqtt.connectAsync(broker.wsUrl));
		const samples: number[] = [];
		for (let round = 1; round <= rounds; round++) {
			const letter = round % 2 === 1 ? 'A' : 'B';
			// The presenter's page notes the moment its tally first shows every phone.
			const seen = page.evaluate(
				({ letter, phones }) =>
					new Promise<number>((resolve) => {
						const check = () => {
							const cell = document.querySelector(`.ws-phone-count[data-letter="${letter}"]`);
							if (cell?.textContent?.startsWith(`${phones} by phone`)) {
								observer.disconnect();
								resolve(Date.now());
							}
						};
						const observer = new MutationObserver(check);
						observer.observe(document.body, { subtree: true, childList: true, characterData: true });
						check();
					}),
				{ letter, phones },
			);
			const payloads = devices.map(({ key }) => {
				const phone = phoneIdOf(key.publicKey);
				return { topic: voteTopic(room, phone), payload: encodeVote({ room, phone, decision, letter, n: round }, key) };
			});
			await Promise.all(payloads.map(({ topic, payload }, i) => clients[i + 1]!.publishAsync(topic, payload, { qos: 1, retain: true })));
			const lastSent = Date.now();
			samples.push((await seen) - lastSent);
		}
		await page.close();
		return { weight, tally: { phones, rounds, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), samplesMs: samples } };
	} finally {
		await Promise.all(clients.map((c) => c.endAsync()));
		await broker.stop();
	}
}
