import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openTab as openTabWith } from './progress-tab.ts';
import { memorySession, memoryStorage } from './memory-storage.ts';
import { day, fullProgress, progress } from '../engine/progress/fixtures.ts';

// Where progress goes when localStorage will not take it, and getting out of a stuck state:
// the progress store against a misbehaving storage engine, with a stand-in window where the
// test needs sessionStorage or the page's "leave this page?" guard.

const storage = memoryStorage();
const KEY = 'make-good:progress';
const unmounts: (() => void)[] = [];
const openTab = () => openTabWith(unmounts);

const stored = () => JSON.parse(storage.data[KEY]!);

/** A window with sessionStorage, localStorage for the pending results, and beforeunload listeners the test can fire. */
function stubWindow({ refuseSession = false } = {}) {
	const session = memorySession(refuseSession);
	const local = memorySession();
	const leaving = new Set<(event: { preventDefault(): void; returnValue?: string }) => void>();
	vi.stubGlobal('window', {
		sessionStorage: session,
		localStorage: local,
		addEventListener: (type: string, listener: never) => type === 'beforeunload' && leaving.add(listener),
		removeEventListener: (type: string, listener: never) => type === 'beforeunload' && leaving.delete(listener),
	});
	/** True if leaving the page now would make the browser ask first. */
	const wouldAsk = () => {
		let asked = false;
		for (const listener of leaving) listener({ preventDefault: () => (asked = true) });
		return asked;
	};
	return { session, local, wouldAsk };
}

beforeEach(() => storage.reset());

afterEach(() => {
	while (unmounts.length > 0) unmounts.pop()!();
	vi.unstubAllGlobals();
});

describe('what is not saved is kept for the rest of the visit', () => {
	test('storage full: the change goes to this tab’s sessionStorage, and the next page in the tab takes it back and saves it once there is room', async () => {
		const { session } = stubWindow();
		const tab = await openTab();
		tab.markLessonRead('basics');
		storage.state.refuseWrites = true;
		tab.recordDrill('open-or-closed', 5, 6);
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'full', keptFor: 'tab' });
		expect(Object.keys(JSON.parse(session.data.get(KEY)!).drills)).toEqual(['open-or-closed']);

		// The learner follows a link: a new page in the same tab, storage still full.
		const next = await openTab();
		expect(Object.keys(next.$progress.get().drills)).toEqual(['open-or-closed']);
		expect(Object.keys(next.$progress.get().lessons)).toEqual(['basics']);
		expect(next.$storage.get()).toEqual({ kind: 'not-saved', why: 'full', keptFor: 'tab' });

		storage.state.refuseWrites = false;
		next.markLessonRead('handling-a-complaint');
		expect(next.$storage.get()).toEqual({ kind: 'saved' });
		expect(Object.keys(stored().drills)).toEqual(['open-or-closed']);
		expect(session.data.has(KEY)).toBe(false);
	});

	test('storage completely full when the page opens is told as full, not as blocked', async () => {
		storage.data[KEY] = JSON.stringify(fullProgress());
		storage.state.quota = 0;
		const tab = await openTab();
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'full', keptFor: 'page' });
		expect(tab.$progress.get().attempts).toHaveLength(2);
	});

	test('site data blocked (sessionStorage too): kept by this page only, and the browser asks before the learner leaves it with something unsaved', async () => {
		storage.state.refuseWrites = true;
		storage.state.error = 'SecurityError';
		const { wouldAsk } = stubWindow({ refuseSession: true });
		const tab = await openTab();
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'blocked', keptFor: 'page' });
		expect(wouldAsk()).toBe(false);
		tab.markLessonRead('basics');
		expect(wouldAsk()).toBe(true);
	});

	test('the browser stops asking once everything is saved', async () => {
		const { wouldAsk } = stubWindow({ refuseSession: true });
		const tab = await openTab();
		storage.state.refuseWrites = true;
		tab.markLessonRead('basics');
		expect(wouldAsk()).toBe(true);
		storage.state.refuseWrites = false;
		tab.markLessonRead('handling-a-complaint');
		expect(wouldAsk()).toBe(false);
	});

	test('kept in the tab, leaving a page loses nothing, so the browser does not ask', async () => {
		const { wouldAsk } = stubWindow();
		storage.state.refuseWrites = true;
		const tab = await openTab();
		tab.markLessonRead('basics');
		expect(tab.$storage.get()).toMatchObject({ keptFor: 'tab' });
		expect(wouldAsk()).toBe(false);
	});
});

describe('an unreadable value too large to copy aside', () => {
	const huge = `{"version":2,"lessons":${'x'.repeat(3_000_000)}`;

	test('can be downloaded, then deleted, and progress is saved again', async () => {
		storage.state.quota = 5_242_880;
		storage.data[KEY] = huge;
		const tab = await openTab();
		expect(tab.$readProblem.get()).toMatchObject({ keptAside: false });
		tab.markLessonRead('basics');
		expect(storage.data[KEY]).toBe(huge);
		expect(tab.unreadableValue()).toBe(huge);
		expect(tab.deleteUnreadable()).toBe(true);
		expect(Object.keys(stored().lessons)).toEqual(['basics']);
		expect(tab.$storage.get()).toEqual({ kind: 'saved' });
		expect(tab.$readProblem.get()).toBeNull();
	});

	test('"Clear all progress" clears it, as asked, and says so', async () => {
		storage.state.quota = 5_242_880;
		storage.data[KEY] = huge;
		const tab = await openTab();
		expect(tab.clearProgress()).toBe('cleared');
		expect(stored()).toMatchObject({ lessons: {}, attempts: [] });
		expect(tab.$storage.get()).toEqual({ kind: 'saved' });
	});
});

test('a clear the browser refuses says so, and changes nothing', async () => {
	storage.data[KEY] = JSON.stringify(fullProgress());
	const tab = await openTab();
	storage.state.refuseWrites = true;
	storage.state.error = 'SecurityError';
	expect(tab.clearProgress()).toBe('failed');
	expect(tab.$progress.get().attempts).toHaveLength(2);
	expect(stored().attempts).toHaveLength(2);
});

test('drill results a page could not record (its code replaced by a deploy) are recorded by the next page that can', async () => {
	const { local } = stubWindow();
	storage.data[KEY] = JSON.stringify(progress({ lessons: { basics: { readAt: day(1) } } }));
	// As the drill page keeps them (pending.ts), which the store reads under a key of its own.
	const { keepPending } = await import('../../../src/stores/pending.ts');
	keepPending({ drillId: 'open-or-closed', correct: 5, total: 6, at: day(2) });
	keepPending({ drillId: 'bad', correct: 9, total: 6, at: day(2) });
	expect(local.data.has('make-good:pending-results')).toBe(true);
	const tab = await openTab();
	expect(stored().drills).toEqual({
		'open-or-closed': { firstDoneAt: day(2), lastDoneAt: day(2), last: { correct: 5, total: 6 }, best: { correct: 5, total: 6 } },
	});
	expect(Object.keys(tab.$progress.get().lessons)).toEqual(['basics']);
	expect(local.data.has('make-good:pending-results')).toBe(false);
});

test('writes refused but reading allowed: what was saved is still shown, and a clear that cannot happen says so', async () => {
	storage.data[KEY] = JSON.stringify(fullProgress());
	storage.state.refuseWrites = true;
	storage.state.error = 'SecurityError';
	const tab = await openTab();
	expect(tab.$storage.get()).toMatchObject({ kind: 'not-saved', why: 'blocked' });
	expect(tab.$progress.get().attempts).toHaveLength(2);
	expect(tab.clearProgress()).toBe('failed');
	expect(tab.$progress.get().attempts).toHaveLength(2);
});
