/**
 * The part of an MQTT.js client the room uses, so the unit tests can hand the stores an
 * in-memory broker instead (test/unit/stores/fake-broker.ts).
 */
export interface MqttLike {
	on(event: 'connect' | 'close' | 'offline' | 'reconnect', listener: () => void): unknown;
	on(event: 'error', listener: (error: Error) => void): unknown;
	on(event: 'message', listener: (topic: string, payload: Uint8Array) => void): unknown;
	subscribe(topics: string[], options: { qos: 0 | 1 }): unknown;
	publish(topic: string, payload: string, options: { qos: 0 | 1; retain: boolean }, callback?: (error?: Error) => void): unknown;
	end(force?: boolean): unknown;
}

export type Connect = (url: string, options: { clientId: string }) => MqttLike;

/** The real client, loaded only when a room is opened or joined (it is the heaviest part of room mode). */
export const mqttConnect = async (): Promise<Connect> => {
	// The browser build of MQTT.js has only a default export; Node's has named ones too.
	const mqtt = await import('mqtt');
	const connect = mqtt.connect ?? (mqtt.default as unknown as typeof mqtt).connect;
	// A short reconnect period: a broker restarted mid-vote is back in a second or two. Native
	// timers: MQTT.js's default starts its timers in a Worker made from a blob: address, which the
	// site's Content-Security-Policy refuses (a console error on every phone).
	return (url, options) =>
		connect(url, { ...options, reconnectPeriod: 1000, connectTimeout: 8000, clean: true, timerVariant: 'native' }) as unknown as MqttLike;
};

/** A random id for the client's connection (MQTT needs one; it says nothing about the person). */
export function randomClientId(prefix: string): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return prefix + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
