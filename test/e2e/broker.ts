import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A Mosquitto broker for the room's tests, started and stopped by the tests themselves:
 * a generated config on free ports (MQTT for the test's own plain client, WebSockets for
 * the browsers), no store, so a restart loses every retained message, as the worst case.
 * `.ci/run` installs Debian's mosquitto when it is missing.
 */

const candidates = [process.env.MOSQUITTO_PATH, '/usr/sbin/mosquitto', '/usr/bin/mosquitto', '/usr/local/sbin/mosquitto'].filter(Boolean) as string[];

export function mosquittoPath(): string {
	const found = candidates.find((p) => existsSync(p));
	if (!found) throw new Error('The room tests need Mosquitto. Fix: sudo apt-get install mosquitto (or set MOSQUITTO_PATH); .ci/run installs it.');
	return found;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

function portOpen(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`mosquitto: ${what} within 5 s`);
}

export interface Broker {
	/** For browsers: ws://127.0.0.1:<port>/ */
	wsUrl: string;
	/** For the test's own plain client: mqtt://127.0.0.1:<port> */
	mqttUrl: string;
	/** Stops the broker and starts it again on the same ports (retained messages are lost). */
	restart(): Promise<void>;
	stop(): Promise<void>;
}

export async function startBroker(): Promise<Broker> {
	const executable = mosquittoPath();
	const dir = mkdtempSync(path.join(tmpdir(), 'make-good-mosquitto-'));
	const [mqttPort, wsPort] = [await freePort(), await freePort()];
	const config = path.join(dir, 'mosquitto.conf');
	writeFileSync(
		config,
		[
			'per_listener_settings false',
			'allow_anonymous true',
			'persistence false',
			'max_packet_size 65536',
			`listener ${mqttPort} 127.0.0.1`,
			'protocol mqtt',
			`listener ${wsPort} 127.0.0.1`,
			'protocol websockets',
			'',
		].join('\n'),
	);
	let child: ChildProcess | null = null;
	let output = '';
	const launch = async () => {
		child = spawn(executable, ['-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout!.on('data', (c) => (output += c));
		child.stderr!.on('data', (c) => (output += c));
		await until(async () => (await portOpen(wsPort)) && (await portOpen(mqttPort)), `did not open its ports (${output.trim()})`);
	};
	const halt = async () => {
		const running = child;
		child = null;
		if (!running || running.exitCode !== null) return;
		const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
		running.kill('SIGTERM');
		await exited;
		await until(async () => !(await portOpen(wsPort)), 'did not free its ports');
	};
	await launch();
	return {
		wsUrl: `ws://127.0.0.1:${wsPort}/`,
		mqttUrl: `mqtt://127.0.0.1:${mqttPort}`,
		restart: async () => {
			await halt();
			await launch();
		},
		stop: async () => {
			await halt();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
