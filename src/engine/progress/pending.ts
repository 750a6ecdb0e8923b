import { mergeProgress } from './merge.ts';
import { emptyProgress, LIMITS, type Progress } from './model.ts';
import { recordDrill } from './record.ts';
import { check, date, id, shape, whole } from './validate.ts';

/**
 * Drill results a page finished but could not record (its code was replaced by a newer
 * deploy; see src/stores/pending.ts), added to the record once a page can. Each is checked
 * like anything else read from storage: a malformed one is dropped, never trusted. They are
 * merged rather than applied in turn, so a late-arriving older result never hides a newer run.
 */
const pendingDrill = shape({ drillId: id, correct: whole(0, LIMITS.drillQuestions), total: whole(1, LIMITS.drillQuestions), at: date });

export function withPendingDrills(progress: Progress, entries: readonly unknown[]): Progress {
	let next = progress;
	for (const entry of entries) {
		const read = check<{ drillId: string; correct: number; total: number; at: string }>(pendingDrill, entry);
		if (!read.ok || read.value.correct > read.value.total) continue;
		const { drillId, correct, total, at } = read.value;
		next = mergeProgress(next, { ...recordDrill(emptyProgress(), drillId, correct, total, at), resetAt: next.resetAt });
	}
	return next;
}
