import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PersistentListener } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';

// A memory storage engine stands in for localStorage, so the store is tested without a browser.
const storage: Record<string, string> = {};
const listeners: PersistentListener[] = [];
const events = {
	addEventListener: (_key: string, listener: PersistentListener) => listeners.push(listener),
	removeEventListener: (_key: string, listener: PersistentListener) => {
		const index = listeners.indexOf(listener);
		if (index >= 0) listeners.splice(index, 1);
	},
	perKey: false,
};
// Test files share their worker's modules (vitest isolate: false): load fresh copies of
// @nanostores/persistent and the stores, so nothing another file left behind is read here.
vi.resetModules();
const { setPersistentEngine } = await import('@nanostores/persistent');
setPersistentEngine(storage, events);

const { $consequence, $mode, $playMode, $rolePlay, beginRolePlay, continueRolePlay, leaveRolePlay, makeChoice, resumeRolePlay, setMode } =
	await import('../../../src/stores/role-play.ts');
const { $progress, PROGRESS_KEY } = await import('../../../src/stores/progress.ts');
const { scenario, procedure } = await import('./tiny-scenario.ts');
const { replay } = await import('../../../src/engine/runner.ts');
const play = { scenario, procedure };
const stored = () => JSON.parse(storage[PROGRESS_KEY]!);

beforeEach(() => {
	for (const key of Object.keys(storage)) delete storage[key];
	cleanStores($mode, $rolePlay, $progress);
	$mode.set('practice');
	$rolePlay.set(null);
});

describe('$mode: the learner’s practice/assessment choice', () => {
	test('defaults to practice and is remembered in storage', async () => {
		const unsubscribe = $mode.listen(() => {});
		expect($mode.get()).toBe('practice');
		setMode('assessment');
		expect(storage['make-good:mode']).toBe('assessment');
		unsubscribe();
	});

	test('a stored value from elsewhere falls back to practice instead of breaking', async () => {
		storage['make-good:mode'] = '{"oops":true}';
		listeners.forEach((listener) => listener({ key: 'make-good:mode', newValue: '{"oops":true}' }));
		const unsubscribe = $mode.listen(() => {});
		expect($mode.get()).toBe('practice');
		unsubscribe();
	});
});

test('$mode: a choice storage refuses to remember (storage full) still holds on the page', () => {
	const full = new Proxy(storage, {
		set() {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		},
	});
	setPersistentEngine(full, { addEventListener: () => {}, removeEventListener: () => {} });
	const unsubscribe = $mode.listen(() => {});
	try {
		expect(() => setMode('assessment')).not.toThrow();
		expect($mode.get()).toBe('assessment');
		expect(storage['make-good:mode']).toBeUndefined();
	} finally {
		unsubscribe();
		setPersistentEngine(storage, events);
	}
});

describe('$rolePlay actions call the engine', () => {
	test('begin starts at the scenario’s first node, in the mode chosen at that moment', async () => {
		setMode('assessment');
		beginRolePlay(play);
		expect($rolePlay.get()?.nodeId).toBe('opening');
		expect($rolePlay.get()?.path).toEqual([]);
		expect($playMode.get()).toBe('assessment');
	});

	test('a choice moves the role-play on and keeps the earlier state untouched', async () => {
		beginRolePlay(play);
		const before = $rolePlay.get();
		await makeChoice(play, 'listen');
		expect($rolePlay.get()?.path).toEqual([{ nodeId: 'opening', choiceId: 'listen' }]);
		expect(before?.path).toEqual([]);
	});

	test('choices after the end, or before the start, change nothing', async () => {
		await makeChoice(play, 'listen');
		expect($rolePlay.get()).toBeNull();
		beginRolePlay(play);
		await makeChoice(play, 'shrug');
		const ended = $rolePlay.get();
		expect(ended?.ended).toBe(true);
		await makeChoice(play, 'listen');
		expect($rolePlay.get()).toBe(ended);
	});

	test('in practice, a choice puts its consequence on screen until the learner continues; in assessment, it does not', async () => {
		setMode('practice');
		beginRolePlay(play);
		await makeChoice(play, 'listen');
		expect($consequence.get()).toEqual({ nodeId: 'opening', choiceId: 'listen' });
		continueRolePlay();
		expect($consequence.get()).toBeNull();
		setMode('assessment');
		beginRolePlay(play);
		await makeChoice(play, 'listen');
		expect($consequence.get()).toBeNull();
	});

	test('leave clears the role-play', async () => {
		beginRolePlay(play);
		leaveRolePlay();
		expect($rolePlay.get()).toBeNull();
	});
});

describe('role-plays are remembered in progress', () => {
	test('finishing one records an attempt with its score, band, ending, mode and path, and leaves nothing to resume', async () => {
		setMode('assessment');
		beginRolePlay(play);
		await makeChoice(play, 'shrug');
		const [attempt, ...others] = stored().attempts;
		expect(others).toEqual([]);
		expect(attempt).toMatchObject({
			scenarioId: 'tiny',
			procedureId: 'issue-resolution',
			mode: 'assessment',
			path: [{ nodeId: 'opening', choiceId: 'shrug' }],
			endingId: 'bad',
			score: 0,
			band: 'lost',
		});
		expect(attempt.steps['listen-and-empathise']).toBe('skipped');
		expect($progress.get().inProgress.tiny?.path ?? []).toEqual([]);
	});

	test('resume puts back the state the engine rebuilt, in the stored mode', async () => {
		const state = replay(scenario, []);
		resumeRolePlay(state, 'assessment');
		expect($rolePlay.get()).toBe(state);
		expect($playMode.get()).toBe('assessment');
	});

	test('starting again forgets a role-play left part-way', async () => {
		storage[PROGRESS_KEY] = JSON.stringify({
			version: 3,
			resetAt: null,
			lessons: {},
			drills: {},
			quizzes: {},
			attempts: [],
			inProgress: { tiny: { mode: 'practice', path: [{ nodeId: 'opening', choiceId: 'listen' }], updatedAt: '2026-01-01T10:00:00.000Z' } },
		});
		beginRolePlay(play);
		expect(stored().inProgress.tiny.path).toEqual([]);
	});

	test('a play-test of a draft (trial) plays through but leaves progress untouched, even a role-play left part-way', () => {
		const partWay = { mode: 'practice', path: [{ nodeId: 'opening', choiceId: 'listen' }], updatedAt: '2026-01-01T10:00:00.000Z' };
		storage[PROGRESS_KEY] = JSON.stringify({ version: 3, resetAt: null, lessons: {}, drills: {}, quizzes: {}, attempts: [], inProgress: { tiny: partWay } });
		const before = storage[PROGRESS_KEY];
		const trial = { ...play, trial: true };
		beginRolePlay(trial);
		makeChoice(trial, 'shrug');
		expect($rolePlay.get()).toMatchObject({ ended: true, endingId: 'bad' });
		expect(storage[PROGRESS_KEY]).toBe(before);
	});
});
