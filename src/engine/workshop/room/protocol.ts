import type { AudienceView } from '../audience-view.ts';
import { fingerprint, keyMatches, LINK_FINGERPRINT_LENGTH } from './fingerprint.ts';
import { MAX_STATE_BYTES, MAX_VOTE_BYTES, roomStateSchema, signedStateSchema, signedVoteSchema, voteSchema, type RoomState, type Vote } from './messages.ts';
import { publicKeyBytes, sign, verify, type KeyPair } from './signing.ts';

/**
 * The room protocol over MQTT. Topics, under make-good/1/<room code>/:
 *   state          the presenter's signed state, retained (a phone that joins or reconnects
 *                  gets the current screen at once);
 *   vote/<phone>   each phone's latest signed vote, retained, one topic per phone (a
 *                  broker that restarts with its store, or a presenter that reloads, reads
 *                  every vote again; counting by phone makes a repeat harmless).
 * Nothing personal is sent: a phone is a random key, a vote is a letter.
 */

export const TOPIC_ROOT = 'make-good/1';

export const stateTopic = (room: string) => `${TOPIC_ROOT}/${room}/state`;
export const voteTopic = (room: string, phone: string) => `${TOPIC_ROOT}/${room}/vote/${phone}`;
/** What the presenter subscribes to for every phone's vote. */
export const votesTopic = (room: string) => `${TOPIC_ROOT}/${room}/vote/+`;

/** A phone's id: the start of its key's fingerprint (130 bits), so a vote's topic names the key that signed it. */
export const phoneIdOf = (publicKey: string) => fingerprint(publicKeyBytes(publicKey)).slice(0, LINK_FINGERPRINT_LENGTH);

export type Received<T> = { ok: true; value: T } | { ok: false; reason: string };

const decoder = new TextDecoder();

/** Size first, then JSON: nothing is parsed from a payload over the limit. */
function parseLimited(payload: Uint8Array | string, max: number): Received<unknown> {
	const bytes = typeof payload === 'string' ? payload.length : payload.byteLength;
	if (bytes > max) return { ok: false, reason: `larger than ${max} bytes` };
	try {
		return { ok: true, value: JSON.parse(typeof payload === 'string' ? payload : decoder.decode(payload)) };
	} catch {
		return { ok: false, reason: 'not JSON' };
	}
}

export function encodeState(state: RoomState, key: KeyPair): string {
	const body = JSON.stringify(state);
	return JSON.stringify({ key: key.publicKey, state: body, sig: sign(body, key.secretKey) });
}

/**
 * A phone reads the presenter's state: it must be signed by the key the room code (or the
 * join link's longer fingerprint) names, be for this room, and be no older than `lastSeq`.
 */
export function decodeState(payload: Uint8Array | string, room: string, expectedFingerprint: string, lastSeq: number): Received<RoomState> {
	const parsed = parseLimited(payload, MAX_STATE_BYTES * 2);
	if (!parsed.ok) return parsed;
	const envelope = signedStateSchema.safeParse(parsed.value);
	if (!envelope.success) return { ok: false, reason: 'not a signed state' };
	const { key, state, sig } = envelope.data;
	if (!keyMatches(publicKeyBytes(key), expectedFingerprint)) return { ok: false, reason: 'signed by a key that is not this room’s' };
	if (!verify(sig, state, key)) return { ok: false, reason: 'bad signature' };
	const body = parseLimited(state, MAX_STATE_BYTES);
	if (!body.ok) return body;
	const checked = roomStateSchema.safeParse(body.value);
	if (!checked.success) return { ok: false, reason: 'state does not match the schema' };
	if (checked.data.room !== room) return { ok: false, reason: 'state for another room' };
	// The same state again is fine (a phone reloads and reads the retained copy); an older one is not.
	if (checked.data.seq < lastSeq) return { ok: false, reason: 'older than the state already shown' };
	return { ok: true, value: checked.data as RoomState };
}

export function encodeVote(vote: Vote, key: KeyPair): string {
	const body = JSON.stringify(vote);
	return JSON.stringify({ key: key.publicKey, vote: body, sig: sign(body, key.secretKey) });
}

/** The presenter reads a vote: signed by the phone whose id is in the topic and the vote, for this room. */
export function decodeVote(topic: string, payload: Uint8Array | string, room: string): Received<Vote> {
	const prefix = `${TOPIC_ROOT}/${room}/vote/`;
	if (!topic.startsWith(prefix)) return { ok: false, reason: 'not a vote topic of this room' };
	const parsed = parseLimited(payload, MAX_VOTE_BYTES * 2);
	if (!parsed.ok) return parsed;
	const envelope = signedVoteSchema.safeParse(parsed.value);
	if (!envelope.success) return { ok: false, reason: 'not a signed vote' };
	const { key, vote, sig } = envelope.data;
	if (!verify(sig, vote, key)) return { ok: false, reason: 'bad signature' };
	const body = parseLimited(vote, MAX_VOTE_BYTES);
	if (!body.ok) return body;
	const checked = voteSchema.safeParse(body.value);
	if (!checked.success) return { ok: false, reason: 'vote does not match the schema' };
	const phone = phoneIdOf(key);
	if (checked.data.phone !== phone || topic !== prefix + phone) return { ok: false, reason: 'sent for another phone' };
	if (checked.data.room !== room) return { ok: false, reason: 'vote for another room' };
	return { ok: true, value: checked.data };
}

/** The view as phones get it: the projector's join details and live tally left out. */
export function phoneView(view: AudienceView): AudienceView {
	if (view.kind === 'decision') return { ...view, join: null, votesIn: null, live: null };
	return { ...view, join: null };
}
