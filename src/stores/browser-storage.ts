import type { KeyValueStorage } from './workshop.ts';

/** The browser's localStorage, or null where it is blocked (privacy settings) or absent (the build). */
export function browserStorage(): KeyValueStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
