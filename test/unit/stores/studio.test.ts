import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// The studio's drafts against a memory storage engine that can misbehave like a browser's.
// Each test loads the store afresh (vi.resetModules), as a page load would.

type Store = typeof import('../../../src/stores/studio.ts');
const PREFIX = 'make-good:studio:draft:';
const unmounts: (() => void)[] = [];

const storage = (() => {
	const data: Record<string, string> = {};
	const state = { refuseWrites: false };
	const listeners: ((key: string | null) => void)[] = [];
	return {
		data,
		state,
		engine: {
			keys: () => Object.keys(data),
			get: (key: string) => data[key] ?? null,
			set: (key: string, value: string) => {
				if (state.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				data[key] = value;
			},
			remove: (key: string) => void delete data[key],
			listen: (listener: (key: string | null) => void) => {
				listeners.push(listener);
				return () => void listeners.splice(listeners.indexOf(listener), 1);
			},
		},
		/** Another tab writes a key, and this tab hears of it. */
		otherTabWrites(key: string, value: string) {
			data[key] = value;
			for (const listener of [...listeners]) listener(key);
		},
		reset() {
			for (const key of Object.keys(data)) delete data[key];
			listeners.length = 0;
			state.refuseWrites = false;
		},
	};
})();

async function openTab(): Promise<Store> {
	vi.resetModules();
	const store: Store = await import('../../../src/stores/studio.ts');
	store.setDraftStorageEngine(storage.engine);
	unmounts.push(store.startDrafts());
	return store;
}

const storedDrafts = () => Object.entries(storage.data).filter(([key]) => key.startsWith(PREFIX));

test('without storage (blocked by the browser) drafts live in this tab, and leaving is flagged as losing them', async () => {
	vi.resetModules();
	const tab: Store = await import('../../../src/stores/studio.ts');
	tab.setDraftStorageEngine(null);
	unmounts.push(tab.startDrafts());
	expect(tab.$draftStorage.get()).toEqual({ kind: 'unavailable' });
	tab.createDraft(TEXT, 'template');
	expect(tab.$current.get()?.text).toBe(TEXT);
	expect(tab.hasUnsavedWork()).toBe(true);
});
const TEXT = 'id: double-charged\ntitle: Charged twice\n';

beforeEach(() => storage.reset());
afterEach(() => {
	while (unmounts.length > 0) unmounts.pop()!();
});

describe('drafts survive a reload', () => {
	test('a new draft and every edit are saved at once, and the same draft is open on the next visit', async () => {
		const tab = await openTab();
		tab.createDraft(TEXT, 'template');
		tab.editCurrent(`${TEXT}summary: Mia was charged twice.\n`);
		expect(storedDrafts()).toHaveLength(1);
		expect(JSON.parse(storedDrafts()[0]![1])).toMatchObject({ name: 'double-charged', origin: 'template', text: `${TEXT}summary: Mia was charged twice.\n` });

		const later = await openTab();
		expect(later.$current.get()).toMatchObject({ name: 'double-charged', text: `${TEXT}summary: Mia was charged twice.\n` });
		expect(later.$drafts.get()).toHaveLength(1);
	});

	test('a deleted draft is gone from storage and from the list', async () => {
		const tab = await openTab();
		const draft = tab.createDraft(TEXT, 'new');
		tab.deleteDraft(draft.key);
		expect(storedDrafts()).toEqual([]);
		expect(tab.$current.get()).toBeNull();
		expect((await openTab()).$drafts.get()).toEqual([]);
	});
});

describe('storage faults are reported, never silent', () => {
	test('a refused write keeps the edit in memory, says so, and is saved once storage takes it', async () => {
		const tab = await openTab();
		tab.createDraft(TEXT, 'template');
		storage.state.refuseWrites = true;
		tab.editCurrent(`${TEXT}# more\n`);
		expect(tab.$draftStorage.get()).toEqual({ kind: 'failing' });
		expect(tab.$current.get()?.text).toBe(`${TEXT}# more\n`);
		expect(tab.hasUnsavedWork()).toBe(true);
		expect(JSON.parse(storedDrafts()[0]![1]).text).toBe(TEXT);

		storage.state.refuseWrites = false;
		tab.retrySaving();
		expect(tab.$draftStorage.get()).toEqual({ kind: 'saved' });
		expect(tab.hasUnsavedWork()).toBe(false);
		expect(JSON.parse(storedDrafts()[0]![1]).text).toBe(`${TEXT}# more\n`);
	});

	test('an unreadable stored draft is listed with its raw text, left untouched, and kept in full when edited', async () => {
		storage.data[`${PREFIX}old`] = '{"v":1,"text":"id: half';
		const tab = await openTab();
		const [draft] = tab.$drafts.get();
		expect(draft).toMatchObject({ key: 'old', unreadable: true, text: '{"v":1,"text":"id: half' });
		expect(storage.data[`${PREFIX}old`]).toBe('{"v":1,"text":"id: half');
		tab.openDraft('old');
		tab.editCurrent('{"v":1,"text":"id: half\n# looked at');
		expect(JSON.parse(storage.data[`${PREFIX}old`]!)).toMatchObject({ text: '{"v":1,"text":"id: half\n# looked at', origin: 'kept-from-unreadable' });
	});

	test('the open draft changed in another tab is flagged, not swapped under the author', async () => {
		const tab = await openTab();
		const draft = tab.createDraft(TEXT, 'template');
		const theirs = JSON.stringify({ v: 1, name: 'double-charged', text: `${TEXT}# theirs\n`, updatedAt: '2030-01-01T00:00:00.000Z', origin: 'template' });
		storage.otherTabWrites(`${PREFIX}${draft.key}`, theirs);
		expect(tab.$changedElsewhere.get()).toBe(true);
		expect(tab.$current.get()?.text).toBe(TEXT);
		tab.openDraft(draft.key);
		expect(tab.$current.get()?.text).toBe(`${TEXT}# theirs\n`);
		expect(tab.$changedElsewhere.get()).toBe(false);
	});
});
