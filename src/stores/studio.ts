import { atom, onMount } from 'nanostores';
import { persistentAtom, persistentMap } from '@nanostores/persistent';
import { decodeDraft, encodeDraft, idInText, newDraftKey, type Draft } from '../engine/studio/drafts.ts';

/**
 * The studio's drafts, kept in this browser (localStorage), one key per draft so a large
 * draft never endangers the others. Like progress.ts, nothing is lost silently:
 *
 *   - Storage off: drafts live in memory and $draftStorage says so, so the studio can
 *     ask the author to download before leaving (and the page warns on leaving).
 *   - A write refused (storage full): the change stays in memory, $draftStorage says so,
 *     and the next change tries again.
 *   - A stored value that cannot be read is shown as a draft of its raw text; it is only
 *     replaced when the author edits it, by a draft holding that same text.
 *   - Two tabs: a draft changed in another tab is followed in the list; the one open here
 *     is not swapped under the author's cursor: $changedElsewhere offers to load it.
 */

export const DRAFT_PREFIX = 'make-good:studio:draft:';
export const CURRENT_KEY = 'make-good:studio:current';

export type DraftStorage = { kind: 'saved' } | { kind: 'unavailable' } | { kind: 'failing' };

/** Raw stored values by draft key; follows other tabs. */
const $stored = persistentMap<Record<string, string | undefined>>(DRAFT_PREFIX, {});
const $currentKey = persistentAtom<string | undefined>(CURRENT_KEY, undefined);

/** Every draft, most recently changed first. */
export const $drafts = atom<Draft[]>([]);
/** The draft open in the editor. */
export const $current = atom<Draft | null>(null);
export const $draftStorage = atom<DraftStorage>({ kind: 'saved' });
/** The open draft was changed in another tab since this tab last saved it. */
export const $changedElsewhere = atom(false);

/** Changes storage has not taken yet, by key. */
const unsaved = new Map<string, Draft>();
/** What this tab last wrote or read, by key, to tell another tab's writes from its own. */
const known = new Map<string, string | undefined>();

const now = () => new Date().toISOString();
const newest = (a: Draft, b: Draft) => b.updatedAt.localeCompare(a.updatedAt);

function storageWorks(): boolean {
	try {
		const probe = persistentAtom<string | undefined>('make-good:storage-check', undefined, { listen: false });
		probe.set('ok');
		probe.set(undefined);
		return typeof window === 'undefined' || Boolean(window.localStorage);
	} catch {
		return false;
	}
}

function readAll(stored: Record<string, string | undefined>): void {
	const drafts = new Map<string, Draft>();
	for (const [key, raw] of Object.entries(stored)) if (raw !== undefined) drafts.set(key, decodeDraft(key, raw));
	for (const [key, draft] of unsaved) drafts.set(key, draft);
	$drafts.set([...drafts.values()].sort(newest));
	const current = $current.get();
	if (current && stored[current.key] !== known.get(current.key) && !unsaved.has(current.key)) $changedElsewhere.set(true);
	for (const [key, raw] of Object.entries(stored)) if (key !== current?.key) known.set(key, raw);
}

onMount($drafts, () => {
	if (!storageWorks()) $draftStorage.set({ kind: 'unavailable' });
	const stop = $stored.subscribe(readAll);
	const open = $currentKey.get();
	const draft = $drafts.get().find((d) => d.key === open);
	if (draft && !$current.get()) {
		known.set(draft.key, $stored.get()[draft.key]);
		$current.set(draft);
	}
	return stop;
});

function write(draft: Draft): void {
	const raw = encodeDraft(draft);
	try {
		known.set(draft.key, raw);
		$stored.setKey(draft.key, raw);
		unsaved.delete(draft.key);
		if ($draftStorage.get().kind === 'failing' && unsaved.size === 0) $draftStorage.set({ kind: 'saved' });
	} catch {
		unsaved.set(draft.key, draft);
		if ($draftStorage.get().kind !== 'unavailable') $draftStorage.set({ kind: 'failing' });
	}
}

function remember(draft: Draft): void {
	$current.set(draft);
	$drafts.set([draft, ...$drafts.get().filter((d) => d.key !== draft.key)].sort(newest));
	write(draft);
}

function setCurrentKey(key: string | undefined): void {
	try {
		$currentKey.set(key);
	} catch {
		// Only the choice of draft to reopen is lost; the drafts themselves are reported by write().
	}
}

/** Starts a new draft from text (the template, a site role-play, a file) and opens it. */
export function createDraft(text: string, origin: string): Draft {
	const key = newDraftKey(Date.now(), $drafts.get().map((d) => d.key));
	const draft: Draft = { key, name: idInText(text) ?? 'new-role-play', text, updatedAt: now(), origin };
	$changedElsewhere.set(false);
	remember(draft);
	setCurrentKey(key);
	return draft;
}

export function openDraft(key: string): void {
	const draft = $drafts.get().find((d) => d.key === key);
	if (!draft) return;
	known.set(key, $stored.get()[key]);
	$changedElsewhere.set(false);
	$current.set(draft);
	setCurrentKey(key);
}

/** Every keystroke: kept in memory at once, and in storage unless the browser refuses. */
export function editCurrent(text: string): void {
	const current = $current.get();
	if (!current || current.text === text) return;
	const { unreadable: _, ...rest } = current;
	remember({ ...rest, text, name: idInText(text) ?? current.name, updatedAt: now(), origin: current.unreadable ? 'kept-from-unreadable' : current.origin });
}

/** Tries again to save changes storage refused. */
export function retrySaving(): void {
	for (const draft of [...unsaved.values()]) write(draft);
}

export function deleteDraft(key: string): void {
	unsaved.delete(key);
	try {
		$stored.setKey(key, undefined);
	} catch {
		// Removing cannot run out of space; a blocked storage has nothing to remove.
	}
	$drafts.set($drafts.get().filter((d) => d.key !== key));
	if ($current.get()?.key === key) {
		$current.set(null);
		setCurrentKey(undefined);
	}
}

/** True while some change exists only in this tab: leaving would lose it. */
export function hasUnsavedWork(): boolean {
	return unsaved.size > 0 || ($draftStorage.get().kind === 'unavailable' && $drafts.get().length > 0);
}
