import { spawn } from 'node:child_process';

export interface RunningServer {
	/** The site's address, base path included, e.g. http://localhost:41234/training/ */
	url: string;
	port: number;
	/** Stops the server and waits until its port is free again. */
	stop(): Promise<void>;
}

/**
 * Serves a folder with test/e2e/static-server.ts for one test. Port 0 (the default) takes any
 * free port, so tests running side by side never share one; pass a port to come back on the same
 * origin (a service worker only updates from its own origin). A server that cannot start fails
 * the test with its own error rather than letting the test talk to something else.
 */
export function serveFolder(folder: string, base = '/', port = 0): Promise<RunningServer> {
	const child = spawn(process.execPath, ['test/e2e/static-server.ts', folder, String(port), base], { stdio: ['ignore', 'pipe', 'pipe'] });
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`static server for ${folder} did not start in 10 s: ${output}`));
		}, 10_000);
		const read = (chunk: Buffer) => {
			output += chunk;
			const match = /at http:\/\/localhost:(\d+)\//.exec(output);
			if (!match) return;
			clearTimeout(timer);
			const actual = Number(match[1]);
			resolve({
				url: `http://localhost:${actual}${base}`,
				port: actual,
				stop: async () => {
					if (child.exitCode === null) child.kill();
					await exited;
				},
			});
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`static server for ${folder} exited (code ${code}): ${output.trim()}`));
		});
	});
}
