import { plural } from '../words.ts';

/**
 * The decision timer's arithmetic. The trainer starts, pauses and resets it; the
 * widget asks for the elapsed time against the clock (`now`, in milliseconds), so
 * nothing here reads the time itself and tests need no waiting.
 */

export interface TimerState {
	/** Time counted before the current run (or in total, while paused). */
	elapsedMs: number;
	/** When the current run began; null while paused or reset. */
	startedAt: number | null;
}

export const RESET_TIMER: TimerState = { elapsedMs: 0, startedAt: null };

/** Time passing is announced to screen readers once a minute: often enough to notice, rarely enough not to talk over the room. */
export const ANNOUNCE_EVERY_MS = 60_000;

export function isRunning(timer: TimerState): boolean {
	return timer.startedAt !== null;
}

/** Elapsed time at `now`; a clock that went backwards counts as no time passing. */
export function elapsedAt(timer: TimerState, now: number): number {
	return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** How long until the running clock shows its next whole second, so a display can turn over exactly then. */
export function msToNextSecond(timer: TimerState, now: number): number {
	return 1000 - (elapsedAt(timer, now) % 1000);
}

export function startTimer(timer: TimerState, now: number): TimerState {
	return isRunning(timer) ? timer : { elapsedMs: timer.elapsedMs, startedAt: now };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
	return isRunning(timer) ? { elapsedMs: elapsedAt(timer, now), startedAt: null } : timer;
}

export function toggleTimer(timer: TimerState, now: number): TimerState {
	return isRunning(timer) ? pauseTimer(timer, now) : startTimer(timer, now);
}

/** "mm:ss", counting whole seconds; past an hour the minutes keep counting ("75:03"). */
export function formatClock(ms: number): string {
	const seconds = Math.floor(Math.max(0, ms) / 1000);
	return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The same time in words, for screen readers: "0 seconds", "45 seconds", "1 minute", "2 minutes 5 seconds". */
export function spokenDuration(ms: number): string {
	const seconds = Math.floor(Math.max(0, ms) / 1000);
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes === 0) return plural(rest, 'second');
	return rest === 0 ? plural(minutes, 'minute') : `${plural(minutes, 'minute')} ${plural(rest, 'second')}`;
}

/**
 * The announcement due when the elapsed time moves from `beforeMs` to `afterMs`: the
 * latest whole minute crossed, or null if none was (so a long pause between ticks
 * announces once, not once per minute missed).
 */
export function minuteAnnouncement(beforeMs: number, afterMs: number): string | null {
	const before = Math.floor(beforeMs / ANNOUNCE_EVERY_MS);
	const after = Math.floor(afterMs / ANNOUNCE_EVERY_MS);
	if (after <= before || after === 0) return null;
	return `${spokenDuration(after * ANNOUNCE_EVERY_MS)} on this decision.`;
}
