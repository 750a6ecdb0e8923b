import { atom } from 'nanostores';
import type { AudienceView } from '../engine/workshop/audience-view.ts';
import type { Connect } from './mqtt-like.ts';
import type { KeyValueStorage } from './workshop.ts';

/**
 * Room mode, the phone's side: join a room, see what the room sees, vote. This file is the
 * light part the join page loads; the client and the protocol (room-phone-link.ts) come
 * only when the phone joins.
 */

export type PhoneStatus = 'idle' | 'connecting' | 'waiting' | 'live' | 'reconnecting' | 'failed';

export interface PhoneRoom {
	status: PhoneStatus;
	/** "K7P2Q-9XQMR", once joining. */
	code: string;
	/** The room's screen as the presenter last sent it (checked and signed). */
	view: AudienceView | null;
	/** The letters on offer while a vote is open. */
	letters: string[];
	/** This phone's vote at the open decision, if it has voted. */
	myVote: string | null;
	/** True once the broker has the phone's latest vote. */
	voteDelivered: boolean;
	problem: string;
}

export const IDLE: PhoneRoom = { status: 'idle', code: '', view: null, letters: [], myVote: null, voteDelivered: false, problem: '' };
export const $phoneRoom = atom<PhoneRoom>(IDLE);

export interface JoinOptions {
	room: string;
	fingerprint: string;
	broker: string;
	storage: KeyValueStorage | null;
	connect?: Connect;
}

let link: { vote(letter: string): void; leave(): void } | null = null;

export async function joinRoom(options: JoinOptions): Promise<void> {
	leaveRoom();
	$phoneRoom.set({ ...IDLE, status: 'connecting' });
	const module = await import('./room-phone-link.ts');
	const connect = options.connect ?? (await (await import('./mqtt-like.ts')).mqttConnect());
	link = module.startPhone({ ...options, connect });
}

/** Votes for a letter of the open decision (again to change it, until the trainer plays a choice). */
export function vote(letter: string): void {
	link?.vote(letter);
}

export function leaveRoom(): void {
	link?.leave();
	link = null;
	$phoneRoom.set(IDLE);
}
