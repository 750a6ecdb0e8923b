import { describe, expect, test } from 'vitest';
import { formatRoomCode, readRoomCode } from '../../../../../src/engine/workshop/room/room-code.ts';
import { fingerprint, keyMatches, roomCodeOf } from '../../../../../src/engine/workshop/room/fingerprint.ts';
import {
	decodeState,
	decodeVote,
	encodeState,
	encodeVote,
	phoneIdOf,
	phoneView,
	stateTopic,
	voteTopic,
} from '../../../../../src/engine/workshop/room/protocol.ts';
import { newKeyPair, publicKeyBytes, sign } from '../../../../../src/engine/workshop/room/signing.ts';
import { MAX_STATE_BYTES, type RoomState, type Vote } from '../../../../../src/engine/workshop/room/messages.ts';
import type { AudienceView } from '../../../../../src/engine/workshop/audience-view.ts';

const presenter = newKeyPair();
const room = roomCodeOf(publicKeyBytes(presenter.publicKey));
const longPrint = fingerprint(publicKeyBytes(presenter.publicKey)).slice(0, 26);

const view: AudienceView = {
	kind: 'decision',
	scenarioTitle: 'Broadband outage',
	join: null,
	votesIn: null,
	live: null,
	exploring: false,
	number: 1,
	speaker: 'Dana (customer)',
	text: 'My internet has been down for three days.',
	choices: [
		{ letter: 'A', text: 'Say “I’m sorry, tell me more.”' },
		{ letter: 'B', text: 'Read out the outage policy.' },
	],
	chosen: null,
	reveal: null,
};
const state = (seq: number, over: Partial<RoomState> = {}): RoomState => ({ room, seq, view, ballot: { decision: 'd1', letters: ['A', 'B'] }, ...over });

describe('room codes', () => {
	test('a code is ten characters of the key’s fingerprint, shown in two fives and read back forgivingly', () => {
		expect(room).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
		expect(formatRoomCode(room)).toBe(`${room.slice(0, 5)}-${room.slice(5)}`);
		expect(readRoomCode(` ${formatRoomCode(room).toLowerCase()} `)).toBe(room);
		expect(readRoomCode('O1LI0-abcde')).toBe('01110ABCDE');
		expect(readRoomCode('ABCD')).toBeNull();
		expect(readRoomCode('ABCDE-FGHIU')).toBeNull(); // U is not in the alphabet
	});

	test('only the presenter’s key matches its code; another key does not', () => {
		expect(keyMatches(publicKeyBytes(presenter.publicKey), room)).toBe(true);
		expect(keyMatches(publicKeyBytes(presenter.publicKey), longPrint)).toBe(true);
		expect(keyMatches(publicKeyBytes(newKeyPair().publicKey), room)).toBe(false);
		expect(keyMatches(publicKeyBytes(presenter.publicKey), room.slice(0, 4))).toBe(false); // too short to mean anything
	});
});

describe('the presenter’s state, as a phone reads it', () => {
	test('a signed state for this room is read, whether the phone typed the code or scanned the link', () => {
		for (const expected of [room, longPrint]) expect(decodeState(encodeState(state(1), presenter), room, expected, 0)).toEqual({ ok: true, value: state(1) });
	});

	test('a forged presenter (its own key, or the real key with a changed body) is refused', () => {
		const forger = newKeyPair();
		expect(decodeState(encodeState(state(2), forger), room, room, 0)).toEqual({ ok: false, reason: 'signed by a key that is not this room’s' });
		const real = JSON.parse(encodeState(state(2), presenter));
		const tampered = JSON.stringify({ ...real, state: real.state.replace('"chosen":null', '"chosen":"B"') });
		expect(decodeState(tampered, room, room, 0)).toEqual({ ok: false, reason: 'bad signature' });
		// The real key with a signature by another key.
		const wrongSig = JSON.stringify({ ...real, sig: sign(real.state, forger.secretKey) });
		expect(decodeState(wrongSig, room, room, 0)).toEqual({ ok: false, reason: 'bad signature' });
	});

	test('an old state played back, a state for another room, oversized or malformed messages are refused', () => {
		expect(decodeState(encodeState(state(3), presenter), room, room, 4)).toEqual({ ok: false, reason: 'older than the state already shown' });
		expect(decodeState(encodeState(state(3), presenter), room, room, 3)).toMatchObject({ ok: true }); // the same state read again after a reload
		expect(decodeState(encodeState(state(4, { room: 'ZZZZZZZZZZ' }), presenter), room, room, 0)).toEqual({ ok: false, reason: 'state for another room' });
		expect(decodeState('x'.repeat(MAX_STATE_BYTES * 2 + 1), room, room, 0)).toEqual({ ok: false, reason: `larger than ${MAX_STATE_BYTES * 2} bytes` });
		expect(decodeState('{"key":', room, room, 0)).toEqual({ ok: false, reason: 'not JSON' });
		expect(decodeState('{"hello":"world"}', room, room, 0)).toEqual({ ok: false, reason: 'not a signed state' });
		// Signed by the real key but not a state the phone can show (a script where a letter goes).
		const odd = { ...state(5), view: { ...view, chosen: '<script>' } } as unknown as RoomState;
		expect(decodeState(encodeState(odd, presenter), room, room, 0)).toEqual({ ok: false, reason: 'state does not match the schema' });
	});

	test('phones get the room’s view without the join details or the live split', () => {
		const projected: AudienceView = {
			...view,
			join: { code: 'K', url: 'u', broker: null, qr: ['1'] },
			votesIn: 4,
			live: { votes: [{ letter: 'A', votes: 4, percent: 100 }], total: 4 },
		};
		expect(phoneView(projected)).toEqual(view);
	});
});

describe('phones’ votes, as the presenter reads them', () => {
	const phone = newKeyPair();
	const id = phoneIdOf(phone.publicKey);
	const vote = (over: Partial<Vote> = {}): Vote => ({ room, phone: id, decision: 'd1', letter: 'A', n: 1, ...over });

	test('a signed vote on the phone’s own topic is read', () => {
		expect(id).toHaveLength(26);
		expect(decodeVote(voteTopic(room, id), encodeVote(vote(), phone), room)).toEqual({ ok: true, value: vote() });
	});

	test('a vote sent as another phone, for another room, tampered, oversized or malformed is refused', () => {
		const other = newKeyPair();
		// Signed by another key but claiming this phone's id, or on this phone's topic.
		expect(decodeVote(voteTopic(room, id), encodeVote(vote(), other), room)).toEqual({ ok: false, reason: 'sent for another phone' });
		expect(decodeVote(voteTopic(room, id), encodeVote(vote({ phone: phoneIdOf(other.publicKey) }), other), room)).toEqual({
			ok: false,
			reason: 'sent for another phone',
		});
		expect(decodeVote(voteTopic(room, id), encodeVote(vote({ room: 'ZZZZZZZZZZ' }), phone), room)).toEqual({ ok: false, reason: 'vote for another room' });
		expect(decodeVote(stateTopic(room), encodeVote(vote(), phone), room)).toEqual({ ok: false, reason: 'not a vote topic of this room' });
		const real = JSON.parse(encodeVote(vote(), phone));
		expect(decodeVote(voteTopic(room, id), JSON.stringify({ ...real, vote: real.vote.replace('"A"', '"B"') }), room)).toEqual({
			ok: false,
			reason: 'bad signature',
		});
		expect(decodeVote(voteTopic(room, id), 'x'.repeat(5000), room)).toEqual({ ok: false, reason: 'larger than 2000 bytes' });
		expect(decodeVote(voteTopic(room, id), encodeVote(vote({ letter: 'E' }), phone), room)).toEqual({ ok: false, reason: 'vote does not match the schema' });
		expect(decodeVote(voteTopic(room, id), new Uint8Array([0xff, 0xfe]), room)).toEqual({ ok: false, reason: 'not JSON' });
	});
});
