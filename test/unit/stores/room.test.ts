import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { atom } from 'nanostores';
import { demoProcedure, linearScenario } from '../engine/builders.ts';
import { letterOf } from '../engine/workshop/session-helpers.ts';
import { fakeBroker, settle } from './fake-broker.ts';
import {
	$roomExtras,
	$session,
	connectPresenter,
	goBack,
	nextDecision,
	playChoice,
	revealToRoom,
	startWorkshop,
	type ChannelFactory,
} from '../../../src/stores/workshop.ts';
import { $room, closeRoom, openRoom, setShowTally } from '../../../src/stores/room.ts';
import { IDLE, type PhoneRoom } from '../../../src/stores/room-phone.ts';
import { startPhone } from '../../../src/stores/room-phone-link.ts';
import { readRoomCode } from '../../../src/engine/workshop/room/room-code.ts';
import { encodeState, encodeVote, phoneIdOf, stateTopic, voteTopic } from '../../../src/engine/workshop/room/protocol.ts';
import { newKeyPair } from '../../../src/engine/workshop/room/signing.ts';
import { readJoinLink } from '../../../src/engine/workshop/room/join-link.ts';
import { totalVotes } from '../../../src/engine/workshop/votes.ts';

// A presenter and phones through an in-memory broker: the room's rules end to end, without a browser.

const scenario = linearScenario();
/** A KeyValueStorage in memory: one per device. */
function memoryStorage() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k),
	};
}
const silent: ChannelFactory = () => ({ post() {}, listen: () => () => {}, close() {} });
const A = letterOf(scenario, 'n1', 'c1');
const B = letterOf(scenario, 'n1', 'c2');

let broker: ReturnType<typeof fakeBroker>;
let presenterStorage: ReturnType<typeof memoryStorage>;
const cleanups: (() => void)[] = [];

async function presenter() {
	cleanups.push(connectPresenter(scenario, demoProcedure, { channel: silent, storage: null }));
	await openRoom({
		scenario,
		procedure: demoProcedure,
		broker: 'ws://broker.test:9001/',
		joinPage: 'https://site.test/workshop/join/',
		brokerBuiltIn: true,
		storage: presenterStorage,
		connect: broker.connect,
	});
	cleanups.push(closeRoom);
	await settle();
}

/** A phone that joined by typing the room code; `storage` is its own (pass one to reload the same phone). */
function phone(storage = memoryStorage()) {
	const room = readRoomCode($room.get().code)!;
	const store = atom<PhoneRoom>(IDLE);
	const link = startPhone({ room, fingerprint: room, broker: 'ws://broker.test:9001/', storage, connect: broker.connect }, store);
	cleanups.push(link.leave);
	return { store, storage, vote: link.vote, leave: link.leave };
}

const phoneVotes = () => $session.get()?.phoneVotes;

beforeEach(() => {
	broker = fakeBroker();
	presenterStorage = memoryStorage();
});
afterEach(() => {
	while (cleanups.length) cleanups.pop()!();
});

describe('a room of phones voting through the broker', () => {
	test('phones see the decision, vote once each, change their minds, and the presenter’s tally follows', async () => {
		await presenter();
		expect($room.get()).toMatchObject({ status: 'open', code: expect.stringMatching(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/) });
		expect(readJoinLink(new URL($room.get().joinUrl).hash)?.room).toBe(readRoomCode($room.get().code));
		const phones = [phone(), phone(), phone()];
		await settle();
		expect(phones[0]!.store.get()).toMatchObject({ status: 'live', view: { kind: 'lobby' }, letters: [] });
		startWorkshop();
		await settle();
		expect(phones[0]!.store.get()).toMatchObject({ view: { kind: 'decision', number: 1 }, letters: ['A', 'B'], myVote: null });
		phones[0]!.vote(A);
		phones[1]!.vote(A);
		phones[2]!.vote(B);
		phones[2]!.vote(A); // a change of mind replaces the earlier vote
		await settle();
		expect(phoneVotes()).toEqual({ c1: 3, c2: 0 });
		expect(phones[2]!.store.get()).toMatchObject({ myVote: A, voteDelivered: true });
		expect($room.get().phones).toBe(3);

		// Played: the votes are recorded (phones apart from hands), voting closes, the phones see the letter, then the reveal.
		expect(playChoice()).toMatchObject({ kind: 'played', choiceId: 'c1' });
		await settle();
		expect($session.get()!.current[0]).toMatchObject({ votes: { c1: 3, c2: 0 }, byPhone: { c1: 3, c2: 0 } });
		expect(phones[1]!.store.get()).toMatchObject({ view: { chosen: A, reveal: null }, letters: [] });
		phones[1]!.vote(B); // too late: nothing open
		revealToRoom();
		await settle();
		expect(phones[1]!.store.get().view).toMatchObject({ reveal: { votes: expect.arrayContaining([{ letter: A, votes: 3, percent: 100 }]) } });

		// Back reopens the decision with the phones' votes counted again, not twice.
		goBack();
		await settle();
		expect(phoneVotes()).toEqual({ c1: 3, c2: 0 });
		expect(totalVotes($session.get()!.pending)).toBe(0);
		playChoice();
		nextDecision();
		await settle();
		expect(totalVotes(phoneVotes()!)).toBe(0);
		expect(phones[0]!.store.get()).toMatchObject({ view: { number: 2 }, myVote: null });
	});

	test('the projector gets the code, the QR code and, when the trainer switches it on, the live split', async () => {
		await presenter();
		expect($roomExtras.get()).toMatchObject({
			join: { code: $room.get().code, url: 'https://site.test/workshop/join/', broker: null },
			showTally: false,
			counting: true,
		});
		expect($roomExtras.get().join!.qr.length).toBeGreaterThan(20);
		setShowTally(true);
		expect($roomExtras.get().showTally).toBe(true);
		setShowTally(false);
	});

	test('a phone that reloads keeps its vote, which still counts once', async () => {
		await presenter();
		startWorkshop();
		const first = phone();
		const second = phone();
		await settle();
		second.vote(B);
		first.vote(A);
		await settle();
		first.leave();
		const again = phone(first.storage);
		await settle();
		expect(again.store.get()).toMatchObject({ myVote: A, letters: ['A', 'B'] });
		expect(phoneVotes()).toEqual({ c1: 1, c2: 1 });
	});

	test('a broker restart mid-vote loses no counted vote and counts none twice; a vote cast while it is down arrives after', async () => {
		await presenter();
		startWorkshop();
		const phones = [phone(), phone(), phone(), phone()];
		await settle();
		phones[0]!.vote(A);
		phones[1]!.vote(A);
		phones[2]!.vote(B);
		await settle();
		broker.stop();
		expect($room.get().status).toBe('reconnecting');
		phones[3]!.vote(B);
		broker.start();
		await settle();
		expect($room.get().status).toBe('open');
		expect(phoneVotes()).toEqual({ c1: 2, c2: 2 });
		// The retained state was lost with the broker; the presenter has put it back for phones joining now.
		const late = phone();
		await settle();
		expect(late.store.get()).toMatchObject({ status: 'live', letters: ['A', 'B'] });
	});

	test('a presenter that reloads reopens the same room, with the votes counted so far', async () => {
		await presenter();
		startWorkshop();
		const code = $room.get().code;
		const one = phone();
		await settle();
		one.vote(A);
		await settle();
		closeRoom();
		await presenter();
		expect($room.get().code).toBe(code);
		expect(phoneVotes()).toEqual({ c1: 1, c2: 0 });
	});
});

describe('a hostile client changes nothing', () => {
	test('forged presenter states are ignored by phones, and the presenter puts its own state back', async () => {
		await presenter();
		startWorkshop();
		const honest = phone();
		await settle();
		const room = readRoomCode($room.get().code)!;
		const forger = newKeyPair();
		const fake = {
			room,
			seq: 999,
			view: { kind: 'ending', scenarioTitle: 'x', join: null, exploring: false, title: 'You lose', text: 'Forged.', reveal: null },
			ballot: null,
		} as const;
		broker.publishRaw(stateTopic(room), encodeState(fake as never, forger), true);
		broker.publishRaw(stateTopic(room), 'x'.repeat(100_000), true);
		broker.publishRaw(stateTopic(room), '{"not":"a state"}', true);
		await settle();
		expect(honest.store.get().view).toMatchObject({ kind: 'decision', number: 1 });
		const late = phone();
		await settle();
		expect(late.store.get().view).toMatchObject({ kind: 'decision', number: 1 });
	});

	test('votes for another phone, oversized, malformed, replayed or repeated votes are not counted', async () => {
		await presenter();
		startWorkshop();
		const victim = phone();
		await settle();
		victim.vote(A);
		await settle();
		const room = readRoomCode($room.get().code)!;
		// The victim's own vote for A, as it went through the broker, to play back later.
		const before = broker.log.filter((m) => m.topic.includes('/vote/')).at(-1)!.payload;
		const decision = JSON.parse(JSON.parse(broker.retained.get(stateTopic(room))!).state).ballot.decision;
		const attacker = newKeyPair();
		const attackerId = phoneIdOf(attacker.publicKey);
		const victimTopic = [...broker.retained.keys()].find((t) => t.includes('/vote/'))!;
		const victimId = victimTopic.split('/').at(-1)!;
		// Posing as the victim: signed by the attacker's key.
		broker.publishRaw(victimTopic, encodeVote({ room, phone: victimId, decision, letter: B, n: 99 }, attacker), true);
		broker.publishRaw(victimTopic, 'x'.repeat(5000));
		broker.publishRaw(voteTopic(room, attackerId), '{"vote":');
		// One real vote, sent five times: it counts once.
		for (let i = 0; i < 5; i++) broker.publishRaw(voteTopic(room, attackerId), encodeVote({ room, phone: attackerId, decision, letter: B, n: 1 }, attacker));
		// The victim's own earlier vote played back after a change: ignored.
		victim.vote(B);
		await settle();
		broker.publishRaw(victimTopic, before);
		await settle();
		expect(phoneVotes()).toEqual({ c1: 0, c2: 2 });
	});
});
