import { describe, expect, test } from 'vitest';
import {
	elapsedAt,
	formatClock,
	isRunning,
	minuteAnnouncement,
	msToNextSecond,
	pauseTimer,
	RESET_TIMER,
	spokenDuration,
	startTimer,
	toggleTimer,
} from '../../../../src/engine/workshop/timer.ts';

describe('decision timer arithmetic', () => {
	test('counts while running, holds while paused, and adds up across runs', () => {
		const running = startTimer(RESET_TIMER, 1_000);
		expect(isRunning(running)).toBe(true);
		expect(elapsedAt(running, 6_000)).toBe(5_000);
		const paused = pauseTimer(running, 11_000);
		expect(isRunning(paused)).toBe(false);
		expect(elapsedAt(paused, 99_000)).toBe(10_000);
		const again = startTimer(paused, 50_000);
		expect(elapsedAt(again, 52_500)).toBe(12_500);
	});

	test('starting a running timer or pausing a paused one changes nothing', () => {
		const running = startTimer(RESET_TIMER, 1_000);
		expect(startTimer(running, 5_000)).toBe(running);
		expect(pauseTimer(RESET_TIMER, 5_000)).toBe(RESET_TIMER);
	});

	test('the display turns over on the timer’s own whole seconds, after pauses too', () => {
		const running = startTimer({ elapsedMs: 1_300, startedAt: null }, 10_000);
		expect(msToNextSecond(running, 10_000)).toBe(700);
		expect(msToNextSecond(running, 10_700)).toBe(1_000);
		expect(msToNextSecond(running, 10_699)).toBe(1);
	});

	test('toggle starts and pauses', () => {
		const on = toggleTimer(RESET_TIMER, 0);
		const off = toggleTimer(on, 3_000);
		expect(isRunning(on)).toBe(true);
		expect(off).toEqual({ elapsedMs: 3_000, startedAt: null });
	});

	test('a clock that goes backwards counts as no time passing', () => {
		expect(elapsedAt(startTimer(RESET_TIMER, 10_000), 9_000)).toBe(0);
	});
});

describe('showing and saying the time', () => {
	test('mm:ss in whole seconds', () => {
		expect(formatClock(0)).toBe('00:00');
		expect(formatClock(59_999)).toBe('00:59');
		expect(formatClock(65_000)).toBe('01:05');
		expect(formatClock(75 * 60_000 + 3_000)).toBe('75:03');
		expect(formatClock(-5)).toBe('00:00');
	});

	test('in words for screen readers', () => {
		expect(spokenDuration(0)).toBe('0 seconds');
		expect(spokenDuration(1_000)).toBe('1 second');
		expect(spokenDuration(60_000)).toBe('1 minute');
		expect(spokenDuration(125_000)).toBe('2 minutes 5 seconds');
	});

	test('time passing is announced once per whole minute, and only when a minute is crossed', () => {
		expect(minuteAnnouncement(0, 59_000)).toBeNull();
		expect(minuteAnnouncement(59_750, 60_000)).toBe('1 minute on this decision.');
		expect(minuteAnnouncement(60_000, 61_000)).toBeNull();
		// A long gap between ticks announces the latest minute once, not every minute missed.
		expect(minuteAnnouncement(30_000, 185_000)).toBe('3 minutes on this decision.');
		// Reset to zero is not an announcement.
		expect(minuteAnnouncement(90_000, 0)).toBeNull();
	});
});
