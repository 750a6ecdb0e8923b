import { atom } from 'nanostores';
import type { AudienceView } from '../engine/workshop/audience-view.ts';

/**
 * The BroadcastChannel plumbing shared by the presenter and the audience window, and
 * the audience's store. Kept apart from the presenter's store (workshop.ts) on purpose:
 * it imports no engine code, so the audience page downloads none.
 */

/**
 * hello: an audience window opened (or answers "who"), and wants the current screen.
 * who:   a presenter opened, and asks which audience windows are there.
 * bye:   an audience window is closing.
 * view:  the presenter's screen for the room.
 */
export type WorkshopMessage = { type: 'hello' } | { type: 'who' } | { type: 'bye' } | { type: 'view'; view: AudienceView };

export interface WorkshopChannel {
	post(message: WorkshopMessage): void;
	/** Calls `handler` with each message from other windows; returns a function that stops listening. */
	listen(handler: (message: unknown) => void): () => void;
	close(): void;
}

export type ChannelFactory = (name: string) => WorkshopChannel;

/** One channel per role-play, so two role-plays presented side by side do not cross. */
export function channelName(scenarioId: string): string {
	return `make-good:workshop:${scenarioId}`;
}

/** The real thing. Browsers without BroadcastChannel get a silent channel: single-screen mode still works. */
export const broadcastChannel: ChannelFactory = (name) => {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, listen: () => () => {}, close() {} };
	const channel = new BroadcastChannel(name);
	return {
		post: (message) => channel.postMessage(message),
		listen: (handler) => {
			const onMessage = (event: MessageEvent) => handler(event.data);
			channel.addEventListener('message', onMessage);
			return () => channel.removeEventListener('message', onMessage);
		},
		close: () => channel.close(),
	};
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The type of a message from another window, if it is one of ours. */
export function messageType(message: unknown): WorkshopMessage['type'] | undefined {
	const type = isRecord(message) ? message.type : undefined;
	return type === 'hello' || type === 'who' || type === 'bye' || type === 'view' ? type : undefined;
}

function viewIn(message: unknown): AudienceView | undefined {
	if (!isRecord(message) || message.type !== 'view' || !isRecord(message.view)) return undefined;
	const kind = message.view.kind;
	return kind === 'lobby' || kind === 'decision' || kind === 'ending' ? (message.view as AudienceView) : undefined;
}

/** What the audience window shows; null until the presenter has said anything. */
export const $audienceView = atom<AudienceView | null>(null);

/** Listens for the presenter and asks it for the current screen. Returns the disconnect. */
export function connectAudience(scenarioId: string, factory: ChannelFactory = broadcastChannel): () => void {
	const channel = factory(channelName(scenarioId));
	const stop = channel.listen((message) => {
		if (messageType(message) === 'who') channel.post({ type: 'hello' });
		const view = viewIn(message);
		if (view) $audienceView.set(view);
	});
	channel.post({ type: 'hello' });
	// Closing the window does not run effect clean-ups, so say goodbye on the way out.
	const leave = () => channel.post({ type: 'bye' });
	globalThis.addEventListener?.('pagehide', leave);
	return () => {
		globalThis.removeEventListener?.('pagehide', leave);
		leave();
		stop();
		channel.close();
		$audienceView.set(null);
	};
}
