/**
 * Drill results finished on a page that could not load the progress store (a newer deploy
 * replaced its code while the page was open). They wait here, in whichever storage takes
 * them, until the next page that opens the progress store takes them (storage.ts, which
 * repeats the key so that neither page loads the other's code) and records them.
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
