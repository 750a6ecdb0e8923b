import type { PathStep } from '../runner.ts';
import type { ScoreResult } from '../scoring.ts';
import { LIMITS, type Attempt, type DrillRecord, type Mode, type Progress } from './model.ts';
import { betterDrillScore } from './merge.ts';

/**
 * Pure updates to the progress record, one per thing a learner does. Each returns a new
 * record (or the same one when nothing changes) and never mutates its input. `now` is an
 * ISO date passed in, so tests control the clock.
 */

export function markLessonRead(progress: Progress, lessonId: string, now: string): Progress {
	if (progress.lessons[lessonId]) return progress;
	return { ...progress, lessons: { ...progress.lessons, [lessonId]: { readAt: now } } };
}

/** A drill run: `correct` of `total` questions right. Throws on numbers no drill can produce. */
export function recordDrill(progress: Progress, drillId: string, correct: number, total: number, now: string): Progress {
	return { ...progress, drills: { ...progress.drills, [drillId]: scoreRecord(progress.drills[drillId], `recordDrill("${drillId}")`, correct, total, now) } };
}

/** A knowledge-check run: `correct` of `total` answers right the first time; `passed` when it met the pass mark. */
export function recordQuiz(progress: Progress, lessonId: string, correct: number, total: number, passed: boolean, now: string): Progress {
	const before = progress.quizzes[lessonId];
	const record = { ...scoreRecord(before, `recordQuiz("${lessonId}")`, correct, total, now), passedAt: before?.passedAt ?? (passed ? now : null) };
	return { ...progress, quizzes: { ...progress.quizzes, [lessonId]: record } };
}

/** First, last and best of a run of questions. Throws on numbers no run can produce. */
function scoreRecord(before: DrillRecord | undefined, what: string, correct: number, total: number, now: string): DrillRecord {
	if (!Number.isInteger(total) || total < 1 || total > LIMITS.drillQuestions || !Number.isInteger(correct) || correct < 0 || correct > total) {
		throw new RangeError(
			`${what}: ${correct} of ${total}: a result is a whole number of correct answers from 0 to total, and total is 1 to ${LIMITS.drillQuestions}.`,
		);
	}
	const score = { correct, total };
	return before
		? { firstDoneAt: before.firstDoneAt, lastDoneAt: now, last: score, best: betterDrillScore(before.best, score) }
		: { firstDoneAt: now, lastDoneAt: now, last: score, best: score };
}

/** Remembers where a role-play stands, so it can be resumed; an empty path clears it. */
export function saveInProgress(progress: Progress, scenarioId: string, mode: Mode, path: readonly PathStep[], now: string): Progress {
	const before = progress.inProgress[scenarioId];
	if (path.length === 0 && (!before || before.path.length === 0)) return progress;
	return { ...progress, inProgress: { ...progress.inProgress, [scenarioId]: { mode, path: [...path], updatedAt: now } } };
}

export interface FinishedPlay {
	id: string;
	scenarioId: string;
	procedureId: string;
	mode: Mode;
	path: readonly PathStep[];
	date: string;
	result: ScoreResult;
}

export function attemptFrom({ id, scenarioId, procedureId, mode, path, date, result }: FinishedPlay): Attempt {
	return {
		id,
		scenarioId,
		procedureId,
		date,
		mode,
		path: [...path],
		score: result.total,
		band: result.band,
		endingId: result.endingId ?? 'none',
		steps: Object.fromEntries(result.steps.map((step) => [step.stepId, step.verdict])),
	};
}

/** Adds a finished role-play, and clears its entry in progress (the path now lives in the attempt). */
export function recordAttempt(progress: Progress, attempt: Attempt): Progress {
	if (progress.attempts.some((a) => a.id === attempt.id)) return progress;
	const cleared = saveInProgress(progress, attempt.scenarioId, attempt.mode, [], attempt.date);
	return { ...cleared, attempts: [...cleared.attempts, attempt] };
}
