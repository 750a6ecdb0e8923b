import { emptyProgress, type Progress } from '../engine/progress/model.ts';
import { $progress } from '../stores/progress.ts';
import { useClientStore } from './use-client-store.ts';

/** One shared stand-in, so memoised views keyed on `progress` stay stable until storage is read. */
const nothingYet = emptyProgress();

/**
 * The learner's progress for pages built around it (/progress/, /certificate/). Until this
 * browser's copy is read, the build's layout for a learner with nothing done stands in and
 * `busy` is true: the page marks itself aria-busy and hides its figures, and nothing moves when
 * the stored progress arrives (a one-line placeholder shifted the layout by 0.24).
 */
export function useStoredProgress(): { progress: Progress; busy: boolean } {
	const stored = useClientStore($progress, null);
	return { progress: stored ?? nothingYet, busy: stored === null };
}
