import { $offline, applyUpdate, registerOffline, type OfflineStatus } from '../stores/offline.ts';

/**
 * Registers offline support and, only when there is news, says so in the page's notice
 * (src/components/site/OfflineNotice.astro, a live region built empty). A plain script, not a
 * Preact island: it is on every page with a script, and the lists carry no Preact at all
 * (docs/decisions/javascript-budgets.md).
 */
export function drawOfflineNotice(root: HTMLElement, status: OfflineStatus): void {
	const line = document.createElement('p');
	if (status === 'update-ready') {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'button secondary';
		button.textContent = 'Reload to update';
		button.addEventListener('click', applyUpdate);
		line.className = 'update';
		line.append('A new version of this site is ready. ', button);
	} else {
		line.className = 'visually-hidden';
		line.textContent = 'This site is saved for offline use.';
	}
	if (status === 'update-ready' || status === 'ready') root.replaceChildren(line);
	else root.replaceChildren();
}

const root = document.querySelector<HTMLElement>('[data-widget="offline-notice"]');
if (root) {
	$offline.subscribe((status) => drawOfflineNotice(root, status));
	// Saving the site for offline use waits until the page has settled, as an island on client:idle would.
	const register = () => void registerOffline(root.dataset.base ?? '/');
	if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
	else setTimeout(register, 200);
	root.dataset.ready = '';
}
