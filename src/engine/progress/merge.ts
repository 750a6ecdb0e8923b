import { PROGRESS_VERSION, time, type Attempt, type DrillRecord, type DrillScore, type InProgress, type Progress, type QuizRecord } from './model.ts';

/**
 * Combining two copies of the progress record: what another tab saved and what this
 * tab holds but could not save yet, or what is here and what an imported file brings.
 * Nothing a learner did is dropped, with one exception that is the learner's own wish:
 *
 * `resetAt` marks the last "Clear all progress" (or import that replaced everything).
 * The copy with the later reset is the truth about everything before that moment, so
 * from the other copy only what was done after the reset is kept. Without it, a tab
 * that still had the old progress in memory would bring cleared progress back.
 *
 * Otherwise it is a union: attempts by id, lessons read (earliest date), drills and
 * knowledge checks (first and best of both, last of the later, the earlier pass),
 * role-plays in progress (the later one).
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	const [newer, older] = resetTime(a) >= resetTime(b) ? [a, b] : [b, a];
	const after = resetTime(newer);
	const kept = (iso: string) => resetTime(older) === after || time(iso) > after;

	const attempts = new Map<string, Attempt>(newer.attempts.map((attempt) => [attempt.id, attempt]));
	for (const attempt of older.attempts) if (kept(attempt.date) && !attempts.has(attempt.id)) attempts.set(attempt.id, attempt);

	const lessons = { ...newer.lessons };
	for (const [id, record] of Object.entries(older.lessons)) {
		if (!kept(record.readAt)) continue;
		const mine = lessons[id];
		lessons[id] = mine && time(mine.readAt) <= time(record.readAt) ? mine : record;
	}

	const drills = { ...newer.drills };
	for (const [id, record] of Object.entries(older.drills)) {
		if (!kept(record.lastDoneAt)) continue;
		const mine = drills[id];
		drills[id] = mine ? mergeDrill(mine, record) : record;
	}

	const quizzes = { ...newer.quizzes };
	for (const [id, record] of Object.entries(older.quizzes)) {
		if (!kept(record.lastDoneAt)) continue;
		const mine = quizzes[id];
		quizzes[id] = mine ? mergeQuiz(mine, record) : record;
	}

	const inProgress: Record<string, InProgress> = { ...newer.inProgress };
	for (const [id, entry] of Object.entries(older.inProgress)) {
		if (!kept(entry.updatedAt)) continue;
		const mine = inProgress[id];
		if (!mine || time(entry.updatedAt) > time(mine.updatedAt)) inProgress[id] = entry;
	}

	return {
		version: PROGRESS_VERSION,
		resetAt: newer.resetAt,
		lessons,
		drills,
		quizzes,
		attempts: [...attempts.values()].sort((x, y) => time(x.date) - time(y.date)),
		inProgress,
	};
}

function resetTime(progress: Progress): number {
	return progress.resetAt === null ? -Infinity : time(progress.resetAt);
}

export function betterDrillScore(x: DrillScore, y: DrillScore): DrillScore {
	// Compare fractions without division; on a tie, more questions answered wins.
	const diff = x.correct * y.total - y.correct * x.total;
	return diff > 0 || (diff === 0 && x.total >= y.total) ? x : y;
}

function mergeQuiz(x: QuizRecord, y: QuizRecord): QuizRecord {
	const passes = [x.passedAt, y.passedAt].filter((date): date is string => date !== null).sort((a, b) => time(a) - time(b));
	return { ...mergeDrill(x, y), passedAt: passes[0] ?? null };
}

function mergeDrill(x: DrillRecord, y: DrillRecord): DrillRecord {
	const later = time(x.lastDoneAt) >= time(y.lastDoneAt) ? x : y;
	return {
		firstDoneAt: time(x.firstDoneAt) <= time(y.firstDoneAt) ? x.firstDoneAt : y.firstDoneAt,
		lastDoneAt: later.lastDoneAt,
		last: later.last,
		best: betterDrillScore(x.best, y.best),
	};
}
