import { beforeEach, describe, expect, test } from 'vitest';
import { setPersistentEngine, type PersistentListener } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';

// A memory storage engine stands in for localStorage, so the store is tested without a browser.
const storage: Record<string, string> = {};
const listeners: PersistentListener[] = [];
setPersistentEngine(storage, {
	addEventListener: (_key, listener) => listeners.push(listener),
	removeEventListener: (_key, listener) => listeners.splice(listeners.indexOf(listener), 1),
	perKey: false,
});

const { $mode, $rolePlay, beginRolePlay, leaveRolePlay, makeChoice, setMode } = await import('../../../src/stores/role-play.ts');
const { scenario } = await import('./tiny-scenario.ts');

beforeEach(() => {
	for (const key of Object.keys(storage)) delete storage[key];
	cleanStores($mode, $rolePlay);
	$rolePlay.set(null);
});

describe('$mode: the learner’s practice/assessment choice', () => {
	test('defaults to practice and is remembered in storage', () => {
		const unsubscribe = $mode.listen(() => {});
		expect($mode.get()).toBe('practice');
		setMode('assessment');
		expect(storage['make-good:mode']).toBe('assessment');
		unsubscribe();
	});

	test('a stored value from elsewhere falls back to practice instead of breaking', () => {
		storage['make-good:mode'] = '{"oops":true}';
		listeners.forEach((listener) => listener({ key: 'make-good:mode', newValue: '{"oops":true}' }));
		const unsubscribe = $mode.listen(() => {});
		expect($mode.get()).toBe('practice');
		unsubscribe();
	});
});

describe('$rolePlay actions call the engine', () => {
	test('begin starts at the scenario’s first node', () => {
		beginRolePlay(scenario);
		expect($rolePlay.get()?.nodeId).toBe('opening');
		expect($rolePlay.get()?.path).toEqual([]);
	});

	test('a choice moves the role-play on and keeps the earlier state untouched', () => {
		beginRolePlay(scenario);
		const before = $rolePlay.get();
		makeChoice(scenario, 'listen');
		expect($rolePlay.get()?.path).toEqual([{ nodeId: 'opening', choiceId: 'listen' }]);
		expect(before?.path).toEqual([]);
	});

	test('choices after the end, or before the start, change nothing', () => {
		makeChoice(scenario, 'listen');
		expect($rolePlay.get()).toBeNull();
		beginRolePlay(scenario);
		makeChoice(scenario, 'shrug');
		const ended = $rolePlay.get();
		expect(ended?.ended).toBe(true);
		makeChoice(scenario, 'listen');
		expect($rolePlay.get()).toBe(ended);
	});

	test('leave clears the role-play', () => {
		beginRolePlay(scenario);
		leaveRolePlay();
		expect($rolePlay.get()).toBeNull();
	});
});
