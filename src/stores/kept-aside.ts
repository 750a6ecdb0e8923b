import { persistentMap } from '@nanostores/persistent';
import { KEPT_ASIDE_PREFIX } from './progress.ts';

/**
 * Stored progress that could not be read, by the date it was found (see progress.ts),
 * kept until the learner downloads or deletes it on /progress/. A separate module so
 * only that page loads it.
 */
export const $keptAside = persistentMap<Record<string, string | undefined>>(KEPT_ASIDE_PREFIX, {});

export function discardKeptAside(found: string): void {
	$keptAside.setKey(found, undefined);
}
