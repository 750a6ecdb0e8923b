import { formatRoomCode } from '../engine/workshop/room/room-code.ts';
import { decodeState, encodeVote, phoneIdOf, stateTopic, voteTopic } from '../engine/workshop/room/protocol.ts';
import type { RoomState, Vote } from '../engine/workshop/room/messages.ts';
import { keyPairFrom, newKeyPair, type KeyPair } from '../engine/workshop/room/signing.ts';
import { randomClientId, type Connect } from './mqtt-like.ts';
import type { WritableAtom } from 'nanostores';
import { $phoneRoom, type JoinOptions, type PhoneRoom } from './room-phone.ts';
import type { KeyValueStorage } from './workshop.ts';

/**
 * The phone's link to the room. The phone is a random key kept in its own storage (its
 * votes are signed with it, so nobody else can change them); its latest vote is kept too,
 * so a reload or a dropped connection sends the same vote again rather than a new one.
 */

const PHONE_KEY = 'make-good:phone';
const roomKey = (room: string) => `make-good:phone-room:${room}`;

interface PhoneKept {
	secretKey: string;
	/** The number of the last vote cast (votes count up, so an old one never replaces a newer). */
	n: number;
}

interface RoomKept {
	/** The newest state shown: an older one played back is refused. */
	seq: number;
	vote: Vote | null;
}

function read<T>(storage: KeyValueStorage | null, key: string): T | null {
	try {
		return JSON.parse(storage?.getItem(key) ?? 'null') as T | null;
	} catch {
		return null;
	}
}

function write(storage: KeyValueStorage | null, key: string, value: unknown): void {
	try {
		storage?.setItem(key, JSON.stringify(value));
	} catch {
		// Blocked storage: the vote still goes; only a reload forgets it.
	}
}

/** `into`: the store the phone's room goes in (tests run several phones side by side). */
export function startPhone(
	options: JoinOptions & { connect: Connect },
	into: WritableAtom<PhoneRoom> = $phoneRoom,
): { vote(letter: string): void; leave(): void } {
	const { room, storage } = options;
	const stored = read<PhoneKept>(storage, PHONE_KEY);
	const pair: KeyPair = keyPairFrom(stored?.secretKey) ?? newKeyPair();
	const phone: PhoneKept = { secretKey: pair.secretKey, n: Number.isInteger(stored?.n) ? stored!.n : 0 };
	write(storage, PHONE_KEY, phone);
	const phoneId = phoneIdOf(pair.publicKey);
	const kept: RoomKept = { seq: 0, vote: null, ...read<RoomKept>(storage, roomKey(room)) };
	let state: RoomState | null = null;

	const set = (patch: Partial<PhoneRoom>) => into.set({ ...into.get(), ...patch });
	set({ code: formatRoomCode(room) });

	/** The phone's vote at the open decision, if it has one. */
	const myVote = () => (state?.ballot && kept.vote?.decision === state.ballot.decision ? kept.vote.letter : null);
	const show = () => set({ view: state?.view ?? null, letters: state?.ballot?.letters ?? [], myVote: myVote() });

	const client = options.connect(options.broker, { clientId: randomClientId('mg-phone-') });
	const send = (vote: Vote) => {
		set({ voteDelivered: false });
		client.publish(voteTopic(room, phoneId), encodeVote(vote, pair), { qos: 1, retain: true }, (error) => {
			if (!error && kept.vote === vote) set({ voteDelivered: true });
		});
	};

	client.on('connect', () => {
		set({ status: state ? 'live' : 'waiting', problem: '' });
		client.subscribe([stateTopic(room)], { qos: 1 });
		// After a reload, a dropped connection or a broker restart: the same vote again (the presenter counts it once).
		if (kept.vote) send(kept.vote);
	});
	const down = () => set({ status: 'reconnecting' });
	client.on('close', down);
	client.on('offline', down);
	client.on('error', (error) => set({ problem: error.message }));
	client.on('message', (topic, payload) => {
		if (topic !== stateTopic(room)) return;
		const read = decodeState(payload, room, options.fingerprint, kept.seq);
		if (!read.ok) return;
		state = read.value;
		kept.seq = state.seq;
		write(storage, roomKey(room), kept);
		set({ status: 'live' });
		show();
	});

	return {
		vote(letter) {
			if (!state?.ballot || !state.ballot.letters.includes(letter)) return;
			phone.n += 1;
			write(storage, PHONE_KEY, phone);
			kept.vote = { room, phone: phoneId, decision: state.ballot.decision, letter, n: phone.n };
			write(storage, roomKey(room), kept);
			show();
			send(kept.vote);
		},
		leave() {
			client.end(true);
		},
	};
}
