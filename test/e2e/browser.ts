import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the browser tests drive: Playwright's own when it is installed
 * (a developer's machine), else a system one. Of the system ones, Debian's headless shell
 * (package chromium-headless-shell, the build Playwright's own headless runs use) comes first:
 * the whole browser level takes about half the time it takes with the full /usr/bin/chromium
 * (docs/decisions/test-speed.md). Returns undefined to mean "Playwright's own"; throws with the
 * fix when none exists.
 */
export function chromiumExecutable(): string | undefined {
	const own = safePath(() => chromium.executablePath());
	if (own && existsSync(own)) return undefined;
	const candidates = [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium-headless-shell',
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
	];
	const found = candidates.find((candidate) => candidate && existsSync(candidate));
	if (found) return found;
	throw new Error(
		'No Chromium found for the browser tests.\n' +
			'Fix: run `npx playwright install chromium`, or install a system Chromium (Debian: `sudo apt-get install chromium-headless-shell`, or `chromium`), ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
	);
}

function safePath(get: () => string): string | undefined {
	try {
		return get();
	} catch {
		return undefined;
	}
}

/** Flags that keep a system Chromium quiet on a closed network (no background calls home). */
export const systemChromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
