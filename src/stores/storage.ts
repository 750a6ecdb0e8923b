import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';

/**
 * Where this browser lets the site keep things, and where progress goes when it cannot be
 * saved for good. The chain: localStorage (kept until cleared) → sessionStorage (kept while
 * this tab stays open, across pages) → the page's memory (kept while the page is open).
 * progress.ts decides what to save; this file only knows the places.
 */

/** Why progress is not being saved in localStorage. */
export type Problem = 'full' | 'blocked';
/** How long what is not saved lasts: this tab (sessionStorage) or only this page (memory). */
export type KeptFor = 'tab' | 'page';

/** The key written and removed to learn whether a storage takes writes. */
const CHECK = 'make-good:storage-check';

/** A storage area, or undefined when the browser refuses it (throws) or has none (null in some WebViews). */
function area(name: 'localStorage' | 'sessionStorage'): Storage | undefined {
	try {
		return (typeof window !== 'undefined' && window[name]) || undefined;
	} catch {
		return undefined;
	}
}

// @nanostores/persistent keeps whatever `localStorage` is when it loads: a null one (DOM storage
// off in a WebView) would crash every persistent store on its first read. Memory stands in, before
// any store is made (every store module imports this one first, through progress.ts).
if (typeof window !== 'undefined' && !area('localStorage')) {
	setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
}

/** "full" for a refused write that is about room; anything else means the browser refuses storage. */
export function problemOf(error: unknown): Problem {
	const name = (error as { name?: unknown } | null)?.name;
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
}

/** Whether localStorage takes a tiny write now (through the same engine as the stores): undefined if it does, else why not. */
export function localProblem(): Problem | undefined {
	if (typeof window !== 'undefined' && !area('localStorage')) return 'blocked';
	const probe = persistentAtom<string | undefined>(CHECK, undefined, { listen: false });
	try {
		probe.set('ok');
		probe.set(undefined);
		return undefined;
	} catch (error) {
		return problemOf(error);
	}
}

/** Keeps what could not be saved for the rest of the visit (`raw` undefined: only asks whether it could); says where. */
export function holdUnsaved(key: string, raw?: string): KeptFor {
	try {
		const session = area('sessionStorage');
		if (!session) return 'page';
		if (raw === undefined) {
			session.setItem(CHECK, 'ok');
			session.removeItem(CHECK);
		} else session.setItem(key, raw);
		return 'tab';
	} catch {
		return 'page';
	}
}

/** What an earlier page in this tab could not save. */
export function heldUnsaved(key: string): string | undefined {
	try {
		return area('sessionStorage')?.getItem(key) ?? undefined;
	} catch {
		return undefined;
	}
}

export function dropUnsaved(key: string): void {
	try {
		area('sessionStorage')?.removeItem(key);
	} catch {
		// Nothing was held there.
	}
}

const stay = (event: BeforeUnloadEvent) => event.preventDefault();

/** While something unsaved lives only in this page, the browser asks before the learner leaves it. */
export function warnBeforeLeaving(on: boolean): void {
	if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
	if (on) window.addEventListener('beforeunload', stay);
	else window.removeEventListener('beforeunload', stay);
}

/** The key pending.ts keeps drill results under (see there); a unit test keeps the two in step. */
const PENDING_KEY = 'make-good:pending-results';

/** Results a page could not record, taken out of storage as they are handed over. The caller checks each one. */
export function takePending(): unknown[] {
	const all: unknown[] = [];
	for (const name of ['localStorage', 'sessionStorage'] as const) {
		try {
			const storage = area(name);
			const list: unknown = JSON.parse(storage?.getItem(PENDING_KEY) ?? '[]');
			if (!Array.isArray(list) || list.length === 0) continue;
			all.push(...list);
			storage!.removeItem(PENDING_KEY);
		} catch {
			// Unreadable, or could not be removed (then it is recorded again, which changes nothing: same result, same date).
		}
	}
	return all;
}
