import { afterEach, expect, test, vi } from 'vitest';
import { $check, $checking, $coverage, checkNow, checkSoon, DEBOUNCE_MS, idealFrom, inPageChecker, startChecker } from '../../../src/stores/studio-check.ts';
import { realCatalogue, template } from './catalogue.ts';
import type { CheckReply, CheckRequest } from '../../../src/engine/studio/check-protocol.ts';

// The checker store with the in-page checker (the same handler the worker runs).

let stop = () => {};
afterEach(() => stop());

const settled = () => vi.waitFor(() => expect($checking.get()).toBe(false), { timeout: 10_000 });

test('an answer to older text that arrives after a newer one is dropped', () => {
	const requests: CheckRequest[] = [];
	let reply: (r: CheckReply) => void = () => {};
	stop = startChecker(realCatalogue(), (onReply) => {
		reply = onReply;
		return { post: (request) => requests.push(request), close: () => {} };
	});
	checkNow('id: old');
	checkNow('id: new');
	const [older, newer] = requests.filter((r) => r.type === 'check') as Extract<CheckRequest, { type: 'check' }>[];
	const answer = (seq: number, errors: number) => reply({ type: 'checked', seq, check: { messages: [], errors, warnings: 0, lint: [], lines: {} } });
	answer(newer!.seq, 0);
	answer(older!.seq, 7);
	expect($check.get()?.errors).toBe(0);
	expect($checking.get()).toBe(false);
});

test('a pause in typing checks the text as it is then, with coverage after', async () => {
	stop = startChecker(realCatalogue(), inPageChecker);
	const typo = template().replace('step: reiterate\n', 'step: reiterrate\n');
	checkNow(typo);
	checkSoon(template());
	expect($checking.get()).toBe(true);
	await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 50));
	await settled();
	expect($check.get()?.errors).toBe(0);
	await vi.waitFor(() => expect($coverage.get()?.ideal?.total).toBe(100), { timeout: 10_000 });
});

test('the best play from a node on, for a play-test started there', async () => {
	stop = startChecker(realCatalogue(), inPageChecker);
	const path = await idealFrom(template(), 'ask-accounts');
	expect(path.map((step) => step.choiceId)).toEqual(['hear-accounts', 'clear-outcome']);
	expect(await idealFrom(template(), 'no-such-node')).toEqual([]);
});
