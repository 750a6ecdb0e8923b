import { useStoredProgress } from '../use-stored-progress.ts';

/** On a lesson's card: done or not, and how its knowledge check went. */
export default function LessonStatus({ lessonId }: { lessonId: string }) {
	const { progress, busy } = useStoredProgress();
	const read = progress.lessons[lessonId];
	const check = progress.quizzes[lessonId];
	return (
		<p class="item-status" aria-busy={busy ? 'true' : undefined}>
			{read || check ? (
				<span class="status done">
					<span aria-hidden="true">✓ </span>
					{read ? 'Read' : 'Started'}
				</span>
			) : (
				<span class="status todo">Not started</span>
			)}
			{check && (
				<span class="status">
					{check.passedAt
						? `Knowledge check passed (${check.best.correct} of ${check.best.total})`
						: `Knowledge check: ${check.best.correct} of ${check.best.total}, not passed yet`}
				</span>
			)}
		</p>
	);
}
