import { vi } from 'vitest';

export type ProgressStore = typeof import('../../../src/stores/progress.ts');

/**
 * A page (tab) with the progress store loaded afresh and in use, as a page load would load it;
 * calling it twice gives two tabs that share one storage. Each tab's unmount is pushed to `unmounts`.
 */
export async function openTab(unmounts: (() => void)[]): Promise<ProgressStore> {
	vi.resetModules();
	const store: ProgressStore = await import('../../../src/stores/progress.ts');
	unmounts.push(store.$progress.listen(() => {}));
	return store;
}
