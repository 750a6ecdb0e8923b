/**
 * Drill results finished on a page that could not load the progress store (a newer deploy
 * replaced its code while the page was open). They wait here, in whichever storage takes
 * them, until the next page that opens the progress store records them (progress.ts).
 * No imports: the drill pages load this up front and must stay small.
 */

export const PENDING_KEY = 'make-good:pending-results';

export interface PendingDrill {
	drillId: string;
	correct: number;
	total: number;
	/** When the drill was finished (ISO 8601). */
	at: string;
}

type Area = 'localStorage' | 'sessionStorage';

function read(name: Area): PendingDrill[] {
	try {
		const list: unknown = JSON.parse(window[name]?.getItem(PENDING_KEY) ?? '[]');
		return Array.isArray(list) ? list : [];
	} catch {
		return [];
	}
}

/** Keeps a result for later; false when the browser keeps nothing at all. */
export function keepPending(entry: PendingDrill): boolean {
	for (const name of ['localStorage', 'sessionStorage'] as const) {
		try {
			window[name]!.setItem(PENDING_KEY, JSON.stringify([...read(name), entry]));
			return true;
		} catch {
			// Try the next place.
		}
	}
	return false;
}

/** Every result waiting, removed from storage as it is handed over. The caller checks each one. */
export function takePending(): unknown[] {
	if (typeof window === 'undefined') return [];
	const all: unknown[] = [];
	for (const name of ['localStorage', 'sessionStorage'] as const) {
		const list = read(name);
		if (list.length === 0) continue;
		all.push(...list);
		try {
			window[name]!.removeItem(PENDING_KEY);
		} catch {
			// Could not remove: it would be recorded again, which changes nothing (same result, same date).
		}
	}
	return all;
}
