import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openTab as openTabWith } from './progress-tab.ts';
import { memoryStorage } from './memory-storage.ts';
import { attempt, day, fullProgress, progress, versionOne } from '../engine/progress/fixtures.ts';
import { emptyProgress } from '../../../src/engine/progress/model.ts';

// The progress store against a memory storage engine that can misbehave like a browser's.
// Each test loads the store afresh (vi.resetModules), as a page load would; loading it
// twice gives two tabs that share one storage.

const storage = memoryStorage();
const KEY = 'make-good:progress';
const ASIDE = 'make-good:progress-unreadable:';
const unmounts: (() => void)[] = [];
const openTab = () => openTabWith(unmounts);

const stored = () => JSON.parse(storage.data[KEY]!);
const keptAside = () => Object.entries(storage.data).filter(([key]) => key.startsWith(ASIDE));

beforeEach(() => storage.reset());

afterEach(() => {
	while (unmounts.length > 0) unmounts.pop()!();
	vi.unstubAllGlobals();
});

describe('normal use', () => {
	test('starts empty, and each action is saved at once', async () => {
		const tab = await openTab();
		expect(tab.$progress.get()).toEqual(emptyProgress());
		tab.markLessonRead('basics');
		tab.recordDrill('open-or-closed', 5, 6);
		tab.recordQuiz('handling-a-complaint', 4, 5, true);
		tab.saveRolePlay('broadband-outage', 'assessment', [{ nodeId: 'opening', choiceId: 'listen' }]);
		expect(stored()).toMatchObject({
			version: 3,
			lessons: { basics: {} },
			drills: { 'open-or-closed': { last: { correct: 5, total: 6 } } },
			quizzes: { 'handling-a-complaint': { best: { correct: 4, total: 5 }, passedAt: expect.any(String) } },
			inProgress: { 'broadband-outage': { mode: 'assessment', path: [{ nodeId: 'opening', choiceId: 'listen' }] } },
		});
		expect(tab.$storage.get()).toEqual({ kind: 'saved' });
	});

	test('what was saved is there on the next visit', async () => {
		(await openTab()).markLessonRead('basics');
		const later = await openTab();
		expect(Object.keys(later.$progress.get().lessons)).toEqual(['basics']);
	});

	test('a drill result no drill can produce is refused loudly and nothing is saved', async () => {
		const tab = await openTab();
		expect(() => tab.recordDrill('open-or-closed', 7, 6)).toThrow(RangeError);
		expect(storage.data[KEY]).toBeUndefined();
	});

	test('recording an attempt returns it and saves it', async () => {
		const tab = await openTab();
		const result = { steps: [], pitfalls: [], finalTrust: 50, total: 70, band: 'partly-recovered' as const, endingId: 'stays', told: null };
		const made = tab.recordAttempt({ scenarioId: 'broadband-outage', procedureId: 'issue-resolution', mode: 'practice', path: [], result });
		expect(stored().attempts).toEqual([made]);
	});
});

describe('storage switched off', () => {
	test('a storage that refuses every write (site data blocked): progress works for the page and the store says so', async () => {
		storage.state.refuseWrites = true;
		storage.state.error = 'SecurityError';
		const tab = await openTab();
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'blocked', keptFor: 'page' });
		tab.markLessonRead('basics');
		expect(Object.keys(tab.$progress.get().lessons)).toEqual(['basics']);
		expect(storage.data).toEqual({});
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'blocked', keptFor: 'page' });
	});

	test('a browser that blocks localStorage altogether (the library falls back to memory): the store says so', async () => {
		vi.stubGlobal('window', {
			get localStorage() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			},
		});
		const tab = await openTab();
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'blocked', keptFor: 'page' });
		tab.markLessonRead('basics');
		expect(Object.keys(tab.$progress.get().lessons)).toEqual(['basics']);
	});
});

describe('storage full', () => {
	test('a refused write keeps the change, says so, and trims nothing; the next write saves everything', async () => {
		const tab = await openTab();
		tab.markLessonRead('basics');
		const before = storage.data[KEY];
		storage.state.refuseWrites = true;
		tab.markLessonRead('handling-a-complaint');
		expect(Object.keys(tab.$progress.get().lessons).sort()).toEqual(['basics', 'handling-a-complaint']);
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'full', keptFor: 'page' });
		expect(storage.data[KEY]).toBe(before);
		tab.recordDrill('open-or-closed', 1, 2);
		expect(Object.keys(tab.$progress.get().drills)).toEqual(['open-or-closed']);

		storage.state.refuseWrites = false;
		tab.saveRolePlay('broadband-outage', 'practice', [{ nodeId: 'a', choiceId: 'b' }]);
		expect(tab.$storage.get()).toEqual({ kind: 'saved' });
		expect(Object.keys(stored().lessons).sort()).toEqual(['basics', 'handling-a-complaint']);
		expect(Object.keys(stored().drills)).toEqual(['open-or-closed']);
		expect(Object.keys(stored().inProgress)).toEqual(['broadband-outage']);
	});

	test('unsaved changes are merged with, not replaced by, what another tab saves meanwhile', async () => {
		const tab = await openTab();
		storage.state.refuseWrites = true;
		tab.markLessonRead('mine');
		storage.state.refuseWrites = false;
		storage.otherTabWrites(KEY, JSON.stringify(progress({ lessons: { theirs: { readAt: day(1) } } })));
		expect(Object.keys(tab.$progress.get().lessons).sort()).toEqual(['mine', 'theirs']);
		expect(Object.keys(stored().lessons).sort()).toEqual(['mine', 'theirs']);
		expect(tab.$storage.get()).toEqual({ kind: 'saved' });
	});
});

describe('a stored value that cannot be read', () => {
	test.each([
		['damaged JSON', '{"version":2,"lessons":{', 'The record is not valid JSON: it may have been cut short or edited by hand'],
		[
			'a newer version',
			JSON.stringify({ ...fullProgress(), version: 4 }),
			'The record was made by a newer version of this site (version 4; this one reads versions 1 to 3)',
		],
		[
			'impossible values',
			JSON.stringify({ ...fullProgress(), attempts: [attempt({ score: 400 })] }),
			'attempts[0].score must be a whole number from 0 to 100, not 400',
		],
	])('%s is kept aside under its own key, reported, and only then replaced', async (_label, raw, problem) => {
		storage.data[KEY] = raw;
		const tab = await openTab();
		expect(tab.$readProblem.get()).toEqual({ problem, keptAside: true });
		expect(keptAside().map(([, value]) => value)).toEqual([raw]);
		expect(tab.$progress.get()).toEqual(emptyProgress());
		tab.markLessonRead('basics');
		expect(Object.keys(stored().lessons)).toEqual(['basics']);
		expect(keptAside().map(([, value]) => value)).toEqual([raw]);
	});

	test('if it cannot even be copied aside, it is left untouched and nothing is written over it', async () => {
		storage.data[KEY] = '{"damaged';
		storage.state.refuseWrites = true;
		const tab = await openTab();
		expect(tab.$readProblem.get()).toEqual({ problem: 'The record is not valid JSON: it may have been cut short or edited by hand', keptAside: false });
		expect(tab.$storage.get()).toEqual({ kind: 'not-saved', why: 'unreadable', keptFor: 'page' });
		// Even once storage accepts writes again, this page never writes over what it could not copy.
		storage.state.refuseWrites = false;
		tab.markLessonRead('basics');
		expect(storage.data).toEqual({ [KEY]: '{"damaged' });
		expect(Object.keys(tab.$progress.get().lessons)).toEqual(['basics']);
	});

	test('an older version is upgraded and saved in the current version', async () => {
		storage.data[KEY] = JSON.stringify(versionOne);
		const tab = await openTab();
		expect(tab.$readProblem.get()).toBeNull();
		expect(keptAside()).toEqual([]);
		expect(stored()).toMatchObject({ version: 3, drills: {}, quizzes: {}, inProgress: { 'broadband-outage': { mode: 'assessment' } } });
		expect(stored().attempts).toEqual(versionOne.attempts);
		expect(tab.$progress.get()).toEqual(stored());
	});
});

describe('two tabs', () => {
	test('a write in one tab reaches the other through the storage event', async () => {
		const a = await openTab();
		const b = await openTab();
		a.markLessonRead('basics');
		// The browser tells the other tab; here the test does.
		storage.otherTabWrites(KEY, storage.data[KEY]);
		expect(Object.keys(b.$progress.get().lessons)).toEqual(['basics']);
	});

	test('attempts finished in both tabs are both kept, even before either hears of the other', async () => {
		const a = await openTab();
		const b = await openTab();
		const result = { steps: [], pitfalls: [], finalTrust: 50, total: 70, band: 'partly-recovered' as const, endingId: 'stays', told: null };
		const fromA = a.recordAttempt({ scenarioId: 'broadband-outage', procedureId: 'issue-resolution', mode: 'practice', path: [], result });
		const fromB = b.recordAttempt({ scenarioId: 'restaurant-booking', procedureId: 'service-cannot-be-provided', mode: 'assessment', path: [], result });
		expect(
			stored()
				.attempts.map((x: { id: string }) => x.id)
				.sort(),
		).toEqual([fromA.id, fromB.id].sort());
		expect(b.$progress.get().attempts).toHaveLength(2);
	});

	test('"Clear all progress" in one tab is not undone by the other tab’s stale copy', async () => {
		const a = await openTab();
		a.markLessonRead('basics');
		const b = await openTab();
		a.clearProgress();
		// b has not heard of the clear yet, and records something new.
		b.recordDrill('open-or-closed', 3, 4);
		expect(stored().lessons).toEqual({});
		expect(Object.keys(stored().drills)).toEqual(['open-or-closed']);
	});

	test('another tab removing the key empties this tab too (nothing unsaved to lose)', async () => {
		const a = await openTab();
		a.markLessonRead('basics');
		storage.otherTabWrites(KEY, undefined);
		expect(a.$progress.get()).toEqual(emptyProgress());
	});
});

describe('import and clear', () => {
	test('adding a file keeps what is here; replacing swaps it for the file', async () => {
		const tab = await openTab();
		tab.markLessonRead('here');
		tab.importProgress(fullProgress(), 'add');
		expect(Object.keys(stored().lessons).sort()).toEqual(['handling-a-complaint', 'here']);
		expect(stored().attempts).toHaveLength(2);
		tab.importProgress(progress({ lessons: { only: { readAt: day(1) } } }), 'replace');
		expect(Object.keys(stored().lessons)).toEqual(['only']);
		expect(stored().attempts).toEqual([]);
	});

	test('clearing empties progress and marks when', async () => {
		const tab = await openTab();
		tab.importProgress(fullProgress(), 'add');
		expect(tab.clearProgress()).toBe('cleared');
		expect(stored()).toMatchObject({ lessons: {}, drills: {}, attempts: [], inProgress: {} });
		expect(stored().resetAt).toEqual(expect.any(String));
	});
});
