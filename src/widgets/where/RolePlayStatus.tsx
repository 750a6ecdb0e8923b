import { rolePlayRecord } from '../../engine/progress/where.ts';
import { bandText } from '../../engine/words.ts';
import { useStoredProgress } from '../use-stored-progress.ts';

/** On a role-play's card: not played yet, or the best score and outcome, and whether it is passed in assessment. */
export default function RolePlayStatus({ scenarioId }: { scenarioId: string }) {
	const { progress, busy } = useStoredProgress();
	const record = rolePlayRecord(scenarioId, progress);
	return (
		<p class="item-status" aria-busy={busy ? 'true' : undefined}>
			{record.best ? (
				<>
					<span class={`status band-${record.best.band}`}>
						Best: {record.best.score} / 100, {bandText[record.best.band]}
					</span>
					{record.passedInAssessment && (
						<span class="status done">
							<span aria-hidden="true">✓ </span>Passed in assessment
						</span>
					)}
				</>
			) : (
				<span class="status todo">Not played yet</span>
			)}
		</p>
	);
}
