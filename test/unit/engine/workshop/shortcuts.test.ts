import { describe, expect, test } from 'vitest';
import { isTyping, keys, shortcutFor, shortcutLegend, type KeyPress } from '../../../../src/engine/workshop/shortcuts.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
	key,
	code: /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
	shiftKey: false,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	...extra,
});
const button = { tagName: 'BUTTON' };

describe('presenter shortcuts', () => {
	test('N, R, B and T, in either case', () => {
		expect(shortcutFor(press('n'), button)).toEqual({ kind: 'next' });
		expect(shortcutFor(press('N'), null)).toEqual({ kind: 'next' });
		expect(shortcutFor(press('r'), null)).toEqual({ kind: 'reveal' });
		expect(shortcutFor(press('b'), null)).toEqual({ kind: 'back' });
		expect(shortcutFor(press('t'), null)).toEqual({ kind: 'timer' });
		expect(shortcutFor(press('x'), null)).toBeNull();
	});

	test('1–4 add a vote for A–D; Shift+1–4 take one away, whatever character the layout gives', () => {
		expect(shortcutFor(press('1'), null)).toEqual({ kind: 'vote', index: 0, delta: 1 });
		expect(shortcutFor(press('4'), null)).toEqual({ kind: 'vote', index: 3, delta: 1 });
		expect(shortcutFor(press('!', { code: 'Digit1', shiftKey: true }), null)).toEqual({ kind: 'vote', index: 0, delta: -1 });
		expect(shortcutFor(press('3', { code: 'Numpad3' }), null)).toEqual({ kind: 'vote', index: 2, delta: 1 });
		expect(shortcutFor(press('5'), null)).toBeNull();
	});

	test('nothing fires while typing in a field, or with Ctrl, Alt or Cmd held', () => {
		for (const target of [
			{ tagName: 'INPUT', type: 'number' },
			{ tagName: 'input' },
			{ tagName: 'TEXTAREA' },
			{ tagName: 'SELECT' },
			{ tagName: 'DIV', isContentEditable: true },
		]) {
			expect(shortcutFor(press('2'), target)).toBeNull();
			expect(shortcutFor(press('n'), target)).toBeNull();
		}
		expect(shortcutFor(press('r', { ctrlKey: true }), null)).toBeNull();
		expect(shortcutFor(press('1', { metaKey: true }), null)).toBeNull();
		expect(shortcutFor(press('n', { altKey: true }), null)).toBeNull();
	});

	test('a checkbox or button that has focus does not swallow shortcuts', () => {
		expect(isTyping({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
		expect(isTyping(button)).toBe(false);
		expect(shortcutFor(press('n'), { tagName: 'INPUT', type: 'checkbox' })).toEqual({ kind: 'next' });
	});

	test('the legend shows every key the buttons announce', () => {
		const shown = shortcutLegend.map((row) => row.keys).join(' ');
		for (const key of [keys.next, keys.reveal, keys.back, keys.timer]) expect(shown).toContain(key);
		expect(keys.addVote(0)).toBe('1');
		expect(keys.removeVote(3)).toBe('Shift+4');
	});
});
