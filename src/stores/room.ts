import { atom } from 'nanostores';
import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { NO_ROOM } from '../engine/workshop/audience-view.ts';
import type { Connect } from './mqtt-like.ts';
import { $roomExtras, type KeyValueStorage } from './workshop.ts';

/**
 * Room mode, the presenter's side: phones vote through a message broker (MQTT over
 * WebSockets). This file is the light part the presenter page always loads; the client,
 * the signing and the protocol are in room-link.ts, imported only when a room is opened.
 */

export type RoomStatus = 'closed' | 'connecting' | 'open' | 'reconnecting' | 'failed';

export interface RoomInfo {
	status: RoomStatus;
	/** "K7P2Q-9XQMR" once the room has a key. */
	code: string;
	joinUrl: string;
	broker: string;
	/** Phones that have voted at least once in this room. */
	phones: number;
	problem: string;
}

export const CLOSED: RoomInfo = { status: 'closed', code: '', joinUrl: '', broker: '', phones: 0, problem: '' };
export const $room = atom<RoomInfo>(CLOSED);
/** The presenter's switch: show the split on the projector while the room votes (off: only how many votes are in, against herding). */
export const $showTally = atom(false);

export interface OpenRoomOptions {
	scenario: Scenario;
	procedure: Procedure;
	broker: string;
	/** The join page's absolute URL. */
	joinPage: string;
	/** Built into the site: phones know the broker without the link saying it. */
	brokerBuiltIn: boolean;
	storage: KeyValueStorage | null;
	/** The MQTT client maker (tests pass an in-memory broker). */
	connect?: Connect;
}

let closeLink: (() => void) | null = null;

const BROKER_KEY = 'make-good:workshop-broker';

/** The broker address the trainer used last on this computer, if any. */
export function savedBroker(storage: KeyValueStorage | null): string {
	try {
		return storage?.getItem(BROKER_KEY) ?? '';
	} catch {
		return '';
	}
}

export async function openRoom(options: OpenRoomOptions): Promise<void> {
	closeRoom();
	try {
		options.storage?.setItem(BROKER_KEY, options.broker);
	} catch {
		// Blocked storage: the trainer types it again next time.
	}
	$room.set({ ...CLOSED, status: 'connecting', broker: options.broker });
	const link = await import('./room-link.ts');
	const connect = options.connect ?? (await (await import('./mqtt-like.ts')).mqttConnect());
	// Closed again while the client was loading: do not open after all.
	if ($room.get().status !== 'connecting') return;
	closeLink = link.startRoom({ ...options, connect });
}

export { browserStorage } from './browser-storage.ts';

/** Stops taking part in the room (the key is kept, so reopening brings the same phones back). */
export function closeRoom(): void {
	closeLink?.();
	closeLink = null;
	$room.set(CLOSED);
	$roomExtras.set(NO_ROOM);
}

export function setShowTally(on: boolean): void {
	$showTally.set(on);
	if ($room.get().status !== 'closed') $roomExtras.set({ ...$roomExtras.get(), showTally: on });
}

/** Where the presenter keeps its room (key, broker, ballots) for a role-play. */
export const roomStorageKey = (scenarioId: string) => `make-good:workshop-room:${scenarioId}`;

/** Forgets the room's key and ballots: the next room gets a new code. */
export function forgetRoom(scenarioId: string, storage: KeyValueStorage | null): void {
	closeRoom();
	try {
		storage?.removeItem(roomStorageKey(scenarioId));
	} catch {
		// Blocked storage: nothing was kept anyway.
	}
}
