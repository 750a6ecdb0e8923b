import { useEffect, useState } from 'preact/hooks';
import { $readProblem, $storage, type StorageState } from '../../stores/progress.ts';
import { useClientStore } from '../use-client-store.ts';
import '../../styles/progress-notices.css';

const saved: StorageState = { kind: 'saved' };
type Body = typeof import('./NoticeBody.tsx').default;

/**
 * Tells the learner when their progress is not being saved, worded for what happened and
 * how long what they do will last, with the export right here: on a page that holds the only
 * copy, a link to another page would lose it. `compact` is for role-play, lesson and
 * certificate pages. The live region is there from the first render, so a notice that
 * appears after hydration is announced. What it says (NoticeBody) loads only when something is
 * wrong: on most visits nothing is.
 */
export default function StorageNotice({ compact = false }: { compact?: boolean }) {
	const storage = useClientStore($storage, saved);
	const problem = useClientStore($readProblem, null);
	const [NoticeBody, setNoticeBody] = useState<Body | null>(null);
	const needed = storage.kind === 'not-saved' || problem !== null;
	useEffect(() => {
		if (needed && !NoticeBody) void import('./NoticeBody.tsx').then((module) => setNoticeBody(() => module.default));
	}, [needed]);
	return (
		<div class="storage-notice" role="status">
			{needed && NoticeBody && <NoticeBody compact={compact} storage={storage} problem={problem} />}
		</div>
	);
}
