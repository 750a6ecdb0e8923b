import { beforeEach, expect, test } from 'vitest';
import { drawOfflineNotice } from '../../src/widgets/offline-notice.ts';

/** The offline notice says something only when there is news: saved (to screen readers), or a new version with a button. */
let root: HTMLElement;
beforeEach(() => {
	document.body.innerHTML = '<div role="status"></div>';
	root = document.querySelector('[role="status"]')!;
});

test('says nothing while saving or when offline use is not possible', () => {
	for (const status of ['installing', 'unsupported', 'failed'] as const) {
		drawOfflineNotice(root, status);
		expect(root.textContent).toBe('');
	}
});

test('saved for offline use: a line for screen readers only', () => {
	drawOfflineNotice(root, 'ready');
	expect(root.innerHTML).toBe('<p class="visually-hidden">This site is saved for offline use.</p>');
});

test('a new version: a visible line and a real button, then nothing once it is gone', () => {
	drawOfflineNotice(root, 'update-ready');
	const button = root.querySelector('.update button')!;
	expect(root.querySelector('.update')!.textContent).toBe('A new version of this site is ready. Reload to update');
	expect([button.getAttribute('type'), button.className]).toEqual(['button', 'button secondary']);
	drawOfflineNotice(root, 'installing');
	expect(root.children).toHaveLength(0);
});
