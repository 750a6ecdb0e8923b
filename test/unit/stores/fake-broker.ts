import type { Connect, MqttLike } from '../../../src/stores/mqtt-like.ts';

/**
 * An in-memory MQTT broker for the room's unit tests: retained messages, `+` wildcards,
 * delivery to every subscriber (the sender too, as MQTT does), and a restart that drops
 * every connection, subscription and retained message (a broker without a store), then
 * lets the clients reconnect. Events are delivered on the next microtask, as over a socket:
 * tests `await settle()`.
 */

type Handler = (...args: any[]) => void;

interface FakeClient extends MqttLike {
	id: string;
	handlers: Map<string, Handler[]>;
	subscriptions: Set<string>;
	connected: boolean;
	ended: boolean;
	/** Publishes made while offline, sent after reconnecting (as MQTT.js does). */
	queue: (() => void)[];
}

const matches = (filter: string, topic: string) => {
	const f = filter.split('/');
	const t = topic.split('/');
	return f.length === t.length && f.every((part, i) => part === '+' || part === t[i]);
};

export function fakeBroker() {
	const clients: FakeClient[] = [];
	const retained = new Map<string, string>();
	const log: { topic: string; payload: string; retain: boolean }[] = [];
	const later = (fn: () => void) => queueMicrotask(fn);
	const emit = (client: FakeClient, event: string, ...args: unknown[]) => {
		for (const handler of client.handlers.get(event) ?? []) handler(...args);
	};
	const deliver = (topic: string, payload: string) => {
		for (const client of clients) {
			if (!client.connected || ![...client.subscriptions].some((f) => matches(f, topic))) continue;
			later(() => client.connected && emit(client, 'message', topic, new TextEncoder().encode(payload)));
		}
	};
	const publish = (topic: string, payload: string, retain: boolean) => {
		log.push({ topic, payload, retain });
		if (retain) {
			if (payload === '') retained.delete(topic);
			else retained.set(topic, payload);
		}
		deliver(topic, payload);
	};
	let up = true;
	const bringUp = (client: FakeClient) => {
		if (client.ended) return;
		client.connected = true;
		emit(client, 'connect');
		for (const send of client.queue.splice(0)) send();
	};

	const connect: Connect = (_url, { clientId }) => {
		const client: FakeClient = {
			id: clientId,
			handlers: new Map(),
			subscriptions: new Set(),
			connected: false,
			ended: false,
			queue: [],
			on(event: string, listener: Handler) {
				client.handlers.set(event, [...(client.handlers.get(event) ?? []), listener]);
				return client;
			},
			subscribe(topics: string[]) {
				for (const filter of topics) {
					client.subscriptions.add(filter);
					for (const [topic, payload] of retained) if (matches(filter, topic)) later(() => emit(client, 'message', topic, new TextEncoder().encode(payload)));
				}
				return client;
			},
			publish(topic: string, payload: string, options: { retain: boolean }, callback?: (error?: Error) => void) {
				// Offline: MQTT.js queues the message and sends it on reconnect.
				const send = () => {
					publish(topic, payload, options.retain);
					if (callback) later(() => callback());
				};
				if (client.connected) send();
				else client.queue.push(send);
				return client;
			},
			end() {
				client.ended = true;
				client.connected = false;
				return client;
			},
		} as FakeClient;
		clients.push(client);
		if (up) later(() => bringUp(client));
		return client;
	};

	return {
		connect,
		log,
		retained,
		/** Publishes as a plain client with no rules of its own (a hostile one, say). */
		publishRaw: (topic: string, payload: string, retain = false) => publish(topic, payload, retain),
		/** The broker goes down: connections close, retained messages and subscriptions are lost. */
		stop() {
			up = false;
			retained.clear();
			for (const client of clients.filter((c) => !c.ended)) {
				client.connected = false;
				client.subscriptions.clear();
				emit(client, 'close');
			}
		},
		/** The broker is back: every client still running reconnects. */
		start() {
			up = true;
			for (const client of clients) bringUp(client);
		},
	};
}

/** Lets every queued delivery run (deliveries can queue more), and the presenter's count of a burst of votes (20 ms). */
export async function settle(): Promise<void> {
	for (let round = 0; round < 2; round++) {
		for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
		await new Promise<void>((resolve) => setTimeout(resolve, 30));
	}
}
