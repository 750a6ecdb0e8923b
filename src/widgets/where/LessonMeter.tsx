import type { Catalogue, CatalogueLesson } from '../../engine/progress/catalogue.ts';
import { lessonProgress, lessonProgressParts } from '../../engine/progress/where.ts';
import { useStoredProgress } from '../use-stored-progress.ts';

/** A lesson's progress on the course map: a bar, and the same in words. */
export default function LessonMeter({ lesson, catalogue }: { lesson: CatalogueLesson; catalogue: Catalogue }) {
	const { progress, busy } = useStoredProgress();
	const { done, total } = lessonProgress(lesson, catalogue, progress);
	return (
		<p class="lesson-meter" aria-busy={busy ? 'true' : undefined}>
			<span class="meter" aria-hidden="true">
				{/* No style in the built HTML (the content-security policy allows none there); set once progress is read. */}
				<span style={busy ? undefined : { transform: `scaleX(${total === 0 ? 0 : done / total})` }} />
			</span>
			<span class="meta">
				{done === total && total > 0 ? 'Done: ' : 'Your progress: '}
				{done} of {total} ({lessonProgressParts(lesson)})
			</span>
		</p>
	);
}
