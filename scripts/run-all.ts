/**
 * node scripts/run-all.ts check lint test:unit — runs npm scripts side by side and fails if any
 * fails. Each script's output is held back and printed whole when it ends, so the log reads as if
 * they had run one after another. `npm test` uses it for the checks that read the source: run
 * together on 2 cores they take 54 s instead of 86 s (astro check and the linters are mostly
 * single-threaded). The builds stay serial: `astro check` and `astro build` write the same .astro/.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
	console.error('Usage: node scripts/run-all.ts <npm script> [<npm script> …]');
	process.exit(2);
}

function run(name: string): Promise<{ name: string; code: number; seconds: number }> {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', name], { env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('close', (code) => {
			const seconds = (Date.now() - started) / 1000;
			process.stdout.write(`\n── npm run ${name} (${seconds.toFixed(0)} s) ──\n`);
			process.stdout.write(Buffer.concat(output));
			resolve({ name, code: code ?? 1, seconds });
		});
	});
}

const results = await Promise.all(names.map(run));
const failed = results.filter((result) => result.code !== 0);
if (failed.length > 0) {
	console.error(`\nFailed: ${failed.map((result) => `npm run ${result.name} (exit ${result.code})`).join(', ')}. Its output is above.`);
	process.exit(1);
}
