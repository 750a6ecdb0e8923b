import { useEffect, useRef, useState } from 'preact/hooks';
import { $progress, markLessonRead } from '../stores/progress.ts';
import { useClientStore } from './use-client-store.ts';
import { formatDate } from '../utils/dates.ts';
import { url } from '../utils/url.ts';
import StorageNotice from './storage-notice/StorageNotice.tsx';

/** "Mark this lesson as done", at the end of a lesson; it counts towards the certificate. */
export default function LessonDone({ lessonId }: { lessonId: string }) {
	const progress = useClientStore($progress, null);
	const done = progress?.lessons[lessonId];
	const status = useRef<HTMLParagraphElement>(null);
	const [justMarked, setJustMarked] = useState(false);

	// Focus follows the button, which the confirmation replaces.
	useEffect(() => {
		if (justMarked) status.current?.focus();
	}, [justMarked]);

	return (
		<section class="lesson-done" aria-labelledby="lesson-done-title">
			<h2 id="lesson-done-title" class="visually-hidden">
				Your progress
			</h2>
			<StorageNotice compact />
			{done ? (
				<p class="done" tabIndex={-1} ref={status}>
					<span aria-hidden="true">✓ </span>
					{justMarked ? 'Marked as done' : `You marked this lesson as done on ${formatDate(done.readAt)}`}. See <a href={url('progress/')}>your progress</a>.
				</p>
			) : (
				<button
					type="button"
					class="button secondary"
					onClick={() => {
						markLessonRead(lessonId);
						setJustMarked(true);
					}}
				>
					Mark this lesson as done
				</button>
			)}
		</section>
	);
}
