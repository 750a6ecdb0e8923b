import type { Catalogue } from '../progress/catalogue.ts';
import { completion, requirements } from '../progress/certificate.ts';
import { readStored, type Read } from '../progress/migrate.ts';
import type { Attempt, Progress } from '../progress/model.ts';

/**
 * What the course reports to a SCORM 1.2 LMS, worked out from the learner's progress.
 * - lesson_status: "passed" once the certificate's requirements are met, "completed" once
 *   every lesson is marked done or has its knowledge check passed, otherwise "incomplete"
 *   (the course has been opened).
 * - score.raw: the mean of the best assessment-mode score of each assessed role-play
 *   played so far in that mode (practice never counts, as for the certificate).
 * - suspend_data: the progress itself, for resuming on another machine, within SCORM 1.2's limit.
 */
export const SUSPEND_DATA_LIMIT = 4096;

export type LessonStatus = 'incomplete' | 'completed' | 'passed';

export interface LmsReport {
	lessonStatus: LessonStatus;
	scoreRaw: number | undefined;
	suspendData: string;
}

export function lmsReport(catalogue: Catalogue, progress: Progress): LmsReport {
	const items = requirements(catalogue, progress);
	const lessonsRead = catalogue.lessons.every(
		(lesson) => progress.lessons[lesson.id] !== undefined || (progress.quizzes[lesson.id]?.passedAt ?? null) !== null,
	);
	const lessonStatus: LessonStatus = completion(items).complete ? 'passed' : lessonsRead ? 'completed' : 'incomplete';
	const bests = items.flatMap((item) => (item.kind === 'role-play' && item.best ? [item.best.score] : []));
	const scoreRaw = bests.length === 0 ? undefined : Math.round(bests.reduce((a, b) => a + b, 0) / bests.length);
	return { lessonStatus, scoreRaw, suspendData: encodeSuspendData(progress) };
}

/**
 * The progress as JSON no longer than `limit` characters. When the full record is too long,
 * detail goes first, in this order: the choices of each attempt (paths), the per-step
 * verdicts, then every attempt but the best per role-play and mode (so an assessment pass
 * is never dropped for a better practice score), then the role-play left part-way.
 * Lessons read, knowledge checks and drills done always fit (the course has a handful of each).
 */
export function encodeSuspendData(progress: Progress, limit = SUSPEND_DATA_LIMIT): string {
	const bestPerScenario = (attempts: readonly Attempt[]) => {
		const best = new Map<string, Attempt>();
		for (const a of attempts) {
			const key = `${a.scenarioId}/${a.mode}`;
			if (!best.has(key) || best.get(key)!.score < a.score) best.set(key, a);
		}
		return [...best.values()];
	};
	const steps: ((p: Progress) => Progress)[] = [
		(p) => p,
		(p) => ({ ...p, attempts: p.attempts.map((a) => ({ ...a, path: [] })) }),
		(p) => ({ ...p, attempts: p.attempts.map((a) => ({ ...a, steps: {} })) }),
		(p) => ({ ...p, attempts: bestPerScenario(p.attempts) }),
		(p) => ({ ...p, inProgress: {} }),
	];
	let current = progress;
	for (const step of steps) {
		current = step(current);
		const text = JSON.stringify(current);
		if (text.length <= limit) return text;
	}
	// Still too long (a record no learner produces): lessons read, then nothing more.
	return JSON.stringify({ ...current, attempts: [], drills: {} });
}

/** Reads suspend_data back with the same validation and migrations as stored progress. */
export function decodeSuspendData(text: string): Read {
	return readStored(text);
}
