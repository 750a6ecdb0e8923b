import type { PathStep } from '../runner.ts';
import type { Band, StepVerdict } from '../scoring.ts';

/**
 * What a learner has done, kept in their own browser (there are no accounts).
 * Plain JSON: it is stored in localStorage and exported to a file, so it holds ids,
 * ISO dates and numbers only. The zod description of the same shape, for readers and
 * tests, is src/schemas/progress.ts; the browser checks it with validate.ts (zod is too
 * big to ship to every page).
 *
 * Version history (migrate.ts upgrades older records when they are read):
 *   1  one role-play in progress at a time (`inProgress: {scenarioId, …} | null`),
 *      no drills, no reset marker.
 *   2  one role-play in progress per scenario, drills, and `resetAt` so that a
 *      "Clear all progress" in one tab is not undone by a stale copy in another.
 *   3  knowledge-check results (`quizzes`), and the step verdicts "done-poorly" and
 *      "not-reached" (a step counts only when done well). Attempts kept from version 2
 *      keep the verdicts they were given then.
 */
export const PROGRESS_VERSION = 3;

export type Mode = 'practice' | 'assessment';

/** One finished role-play. Verdicts are kept so step mastery survives later edits to the role-play. */
export interface Attempt {
	/** Unique per attempt: two tabs' attempts are merged by id. */
	id: string;
	scenarioId: string;
	procedureId: string;
	/** When the role-play ended (ISO 8601). */
	date: string;
	mode: Mode;
	/** Every choice made, so the attempt can be replayed. */
	path: PathStep[];
	/** 0..100, as scored by src/engine/scoring.ts at the time. */
	score: number;
	band: Band;
	endingId: string;
	/** Step id → verdict, for each step the attempt was scored on. */
	steps: Record<string, StepVerdict>;
}

export interface LessonRecord {
	/** When the learner first marked it done. */
	readAt: string;
}

export interface DrillScore {
	correct: number;
	total: number;
}

export interface DrillRecord {
	firstDoneAt: string;
	lastDoneAt: string;
	last: DrillScore;
	best: DrillScore;
}

/**
 * A lesson's knowledge check: scores are the answers right the FIRST time each question
 * was checked in a run (trying every option until one is right does not count).
 */
export interface QuizRecord extends DrillRecord {
	/** When a run first met the pass mark (see certificate.ts); null until then. */
	passedAt: string | null;
}

/** A role-play left part-way. An empty path means "nothing to resume" (finished or started over). */
export interface InProgress {
	mode: Mode;
	path: PathStep[];
	updatedAt: string;
}

export interface Progress {
	version: typeof PROGRESS_VERSION;
	/** When progress was last cleared or replaced; null if never. See merge.ts. */
	resetAt: string | null;
	lessons: Record<string, LessonRecord>;
	drills: Record<string, DrillRecord>;
	/** Knowledge checks, by lesson id. */
	quizzes: Record<string, QuizRecord>;
	/** Oldest first. */
	attempts: Attempt[];
	/** By scenario id. */
	inProgress: Record<string, InProgress>;
}

/** Bounds that no honest record reaches; a file beyond them is refused rather than trimmed. */
export const LIMITS = {
	attempts: 5000,
	pathLength: 500,
	/** Lessons, drills or role-plays in progress. */
	entries: 1000,
	idLength: 100,
	drillQuestions: 1000,
	/** Bytes of an imported file (about 400 bytes an attempt, so far more than any real record). */
	importBytes: 2_000_000,
} as const;

export function emptyProgress(resetAt: string | null = null): Progress {
	return { version: PROGRESS_VERSION, resetAt, lessons: {}, drills: {}, quizzes: {}, attempts: [], inProgress: {} };
}

/** A new attempt id: time first so ids sort roughly by date, then randomness so two tabs never clash. */
export function newAttemptId(now: number, random: () => number = Math.random): string {
	return `${now.toString(36)}-${Math.floor(random() * 2 ** 40).toString(36)}`;
}

/** A verdict for a step done without a pitfall (if late or out of order): what step mastery and exports count. */
export function doneCleanly(verdict: StepVerdict): boolean {
	return verdict === 'performed' || verdict === 'late' || verdict === 'out-of-order';
}

/** Milliseconds since the epoch for an ISO date (validated dates only; see validate.ts). */
export const time = (iso: string): number => Date.parse(iso);
