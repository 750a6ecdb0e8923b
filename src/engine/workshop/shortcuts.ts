/**
 * The presenter's keyboard shortcuts: one table that the key handler, the on-screen
 * legend and the buttons' aria-keyshortcuts all read, so they cannot drift apart.
 */

export type ShortcutAction = { kind: 'next' } | { kind: 'reveal' } | { kind: 'back' } | { kind: 'timer' } | { kind: 'vote'; index: number; delta: 1 | -1 };

/** aria-keyshortcuts values (and what the legend shows). */
export const keys = {
	next: 'N',
	reveal: 'R',
	back: 'B',
	timer: 'T',
	addVote: (index: number) => String(index + 1),
	removeVote: (index: number) => `Shift+${index + 1}`,
} as const;

/** The legend, in the order a trainer needs it. */
export const shortcutLegend: readonly { keys: string; action: string }[] = [
	{ keys: keys.next, action: 'Play the choice with most votes; then go on to the next decision' },
	{ keys: keys.reveal, action: 'Reveal the consequence to the room' },
	{ keys: keys.back, action: 'Go back one decision (after the ending: explore “what if”)' },
	{ keys: keys.timer, action: 'Start or pause the decision timer' },
	{ keys: '1–4', action: 'Add a vote for choice A–D' },
	{ keys: 'Shift+1–4', action: 'Take a vote away from choice A–D' },
];

/** The parts of a keyboard event the shortcuts look at. */
export interface KeyPress {
	key: string;
	/** The physical key ("Digit1"): Shift+1 gives "!" as the key on many layouts, but "Digit1" stays. */
	code: string;
	shiftKey: boolean;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}

/** The element the key went to, as far as deciding whether the trainer is typing. */
export interface KeyTarget {
	tagName: string;
	type?: string;
	isContentEditable?: boolean;
}

/** Inputs that take no typing: a key pressed on them is still a shortcut. */
const NOT_TYPED = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'color', 'range']);

/** True when a key press is text going into a field, which shortcuts must leave alone. */
export function isTyping(target: KeyTarget | null): boolean {
	if (!target) return false;
	if (target.isContentEditable) return true;
	const tag = target.tagName.toUpperCase();
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	return tag === 'INPUT' && !NOT_TYPED.has((target.type ?? 'text').toLowerCase());
}

/** The shortcut a key press means, or null (including when typing, or with Ctrl/Alt/Cmd, which belong to the browser). */
export function shortcutFor(press: KeyPress, target: KeyTarget | null): ShortcutAction | null {
	if (press.ctrlKey || press.altKey || press.metaKey || isTyping(target)) return null;
	const digit = /^(?:Digit|Numpad)([1-4])$/.exec(press.code)?.[1] ?? (/^[1-4]$/.test(press.key) ? press.key : undefined);
	if (digit) return { kind: 'vote', index: Number(digit) - 1, delta: press.shiftKey ? -1 : 1 };
	if (press.shiftKey) return null;
	switch (press.key.toLowerCase()) {
		case 'n':
			return { kind: 'next' };
		case 'r':
			return { kind: 'reveal' };
		case 'b':
			return { kind: 'back' };
		case 't':
			return { kind: 'timer' };
		default:
			return null;
	}
}
