import { atom } from 'nanostores';
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
 *
 * It talks to localStorage itself rather than through @nanostores/persistent, so the
 * library stays in the chunk every other page already loads with the progress store.
 */

export const DRAFT_PREFIX = 'make-good:studio:draft:';
export const CURRENT_KEY = 'make-good:studio:current';

/** The part of storage the drafts use; injectable so the unit tests can misbehave like a browser. */
export interface DraftStorageEngine {
	keys(): string[];
	get(key: string): string | null;
	/** Throws when the browser refuses (storage full). */
	set(key: string, value: string): void;
	remove(key: string): void;
	/** Calls back when another tab changes a key (null: storage was cleared). Returns the stop. */
	listen(onChange: (key: string | null) => void): () => void;
}

function browserEngine(): DraftStorageEngine | null {
	try {
		const storage = globalThis.localStorage;
		if (!storage) return null;
		storage.setItem('make-good:storage-check', 'ok');
		storage.removeItem('make-good:storage-check');
		return {
			keys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key !== null),
			get: (key) => storage.getItem(key),
			set: (key, value) => storage.setItem(key, value),
			remove: (key) => storage.removeItem(key),
			listen: (onChange) => {
				const handler = (event: StorageEvent) => onChange(event.key);
				addEventListener('storage', handler);
				return () => removeEventListener('storage', handler);
			},
		};
	} catch {
		return null; // storage blocked by the browser's privacy settings
	}
}

let engine: DraftStorageEngine | null | undefined;
export function setDraftStorageEngine(next: DraftStorageEngine | null): void {
	engine = next;
}

export type DraftStorage = { kind: 'saved' } | { kind: 'unavailable' } | { kind: 'failing' };

/** Every draft, most recently changed first. */
export const $drafts = atom<Draft[]>([]);
/** The draft open in the editor. */
export const $current = atom<Draft | null>(null);
export const $draftStorage = atom<DraftStorage>({ kind: 'saved' });
/** The open draft was changed in another tab since this tab last saved it. */
export const $changedElsewhere = atom(false);

/** Changes storage has not taken yet, by key. */
const unsaved = new Map<string, Draft>();
/** What this tab last wrote or read for each draft, to tell another tab's writes from its own. */
const known = new Map<string, string | null>();

const now = () => new Date().toISOString();
const newest = (a: Draft, b: Draft) => b.updatedAt.localeCompare(a.updatedAt);
const storageKey = (key: string) => `${DRAFT_PREFIX}${key}`;

function readAll(): void {
	const drafts = new Map<string, Draft>();
	for (const key of engine?.keys() ?? []) {
		if (!key.startsWith(DRAFT_PREFIX)) continue;
		const raw = engine!.get(key);
		if (raw !== null) drafts.set(key.slice(DRAFT_PREFIX.length), decodeDraft(key.slice(DRAFT_PREFIX.length), raw));
	}
	// Without storage, the drafts made in this tab are all there is.
	if (!engine) for (const draft of $drafts.get()) drafts.set(draft.key, draft);
	for (const [key, draft] of unsaved) drafts.set(key, draft);
	$drafts.set([...drafts.values()].sort(newest));
}

function otherTabChanged(storageKeyChanged: string | null): void {
	readAll();
	const current = $current.get();
	if (!current || unsaved.has(current.key)) return;
	if (storageKeyChanged !== null && storageKeyChanged !== storageKey(current.key)) return;
	if (engine?.get(storageKey(current.key)) !== known.get(current.key)) $changedElsewhere.set(true);
}

let stopListening: (() => void) | undefined;

/**
 * Reads the drafts and follows other tabs; the studio and the local workshop call it when
 * they mount. (Not nanostores' onMount: that would split the library's lifecycle code out
 * of the chunk every page shares, for a few hundred bytes on every page.) Returns the stop.
 */
export function startDrafts(): () => void {
	stopListening?.();
	if (engine === undefined) engine = browserEngine();
	if (!engine) $draftStorage.set({ kind: 'unavailable' });
	readAll();
	const open = engine?.get(CURRENT_KEY);
	const draft = $drafts.get().find((d) => d.key === open);
	if (draft && !$current.get()) {
		known.set(draft.key, engine!.get(storageKey(draft.key)));
		$current.set(draft);
	}
	stopListening = engine?.listen(otherTabChanged);
	return () => {
		stopListening?.();
		stopListening = undefined;
	};
}

function write(draft: Draft): void {
	if (!engine) return;
	const raw = encodeDraft(draft);
	try {
		engine.set(storageKey(draft.key), raw);
		known.set(draft.key, raw);
		unsaved.delete(draft.key);
		if ($draftStorage.get().kind === 'failing' && unsaved.size === 0) $draftStorage.set({ kind: 'saved' });
	} catch {
		unsaved.set(draft.key, draft);
		$draftStorage.set({ kind: 'failing' });
	}
}

function remember(draft: Draft): void {
	$current.set(draft);
	$drafts.set([draft, ...$drafts.get().filter((d) => d.key !== draft.key)].sort(newest));
	write(draft);
}

function setCurrentKey(key: string | undefined): void {
	try {
		if (key === undefined) engine?.remove(CURRENT_KEY);
		else engine?.set(CURRENT_KEY, key);
	} catch {
		// Only the choice of draft to reopen is lost; the drafts themselves are reported by write().
	}
}

/** Starts a new draft from text (the template, a site role-play, a file) and opens it. */
export function createDraft(text: string, origin: string): Draft {
	const key = newDraftKey(
		Date.now(),
		$drafts.get().map((d) => d.key),
	);
	const draft: Draft = { key, name: idInText(text) ?? 'new-role-play', text, updatedAt: now(), origin };
	$changedElsewhere.set(false);
	remember(draft);
	setCurrentKey(key);
	return draft;
}

export function openDraft(key: string): void {
	readAll();
	const draft = $drafts.get().find((d) => d.key === key);
	if (!draft) return;
	known.set(key, engine?.get(storageKey(key)) ?? null);
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
	engine?.remove(storageKey(key));
	$drafts.set($drafts.get().filter((d) => d.key !== key));
	if ($current.get()?.key === key) {
		$current.set(null);
		setCurrentKey(undefined);
	}
}

/** True while some change exists only in this tab: leaving would lose it. */
export function hasUnsavedWork(): boolean {
	return unsaved.size > 0 || (!engine && $drafts.get().length > 0);
}
