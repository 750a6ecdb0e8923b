import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { keys, shortcutLegend } from '../../engine/workshop/shortcuts.ts';
import { elapsedAt, formatClock, isRunning, minuteAnnouncement, msToNextSecond } from '../../engine/workshop/timer.ts';
import { $timer, resetDecisionTimer } from '../../stores/workshop.ts';
import { timerNow } from '../../stores/workshop-controls.ts';
import type { Say } from './types.ts';

/** The decision timer: T starts and pauses it; screen readers hear each whole minute. */
export function DecisionTimer({ say }: { say: Say }) {
	const timer = useStore($timer);
	const [now, setNow] = useState(() => Date.now());
	const [minuteSaid, setMinuteSaid] = useState('');
	const last = useRef(0);
	const running = isRunning(timer);
	useEffect(() => {
		if (!running) return;
		// Redrawn as each whole second passes on the timer itself, however late this effect ran.
		let id: ReturnType<typeof setTimeout>;
		const tick = () => {
			const at = Date.now();
			setNow(at);
			id = setTimeout(tick, msToNextSecond(timer, at));
		};
		tick();
		return () => clearTimeout(id);
	}, [running]);
	const elapsed = elapsedAt(timer, running ? Math.max(now, timer.startedAt ?? 0) : now);
	useEffect(() => {
		const due = minuteAnnouncement(last.current, elapsed);
		if (due) setMinuteSaid(due);
		last.current = elapsed;
	}, [elapsed]);
	return (
		<div class="ws-timer" role="group" aria-labelledby="ws-timer-label">
			<p id="ws-timer-label" class="label">
				Decision timer
			</p>
			<p class="ws-clock">
				<span role="timer">{formatClock(elapsed)}</span> <span class="ws-clock-state">{running ? 'running' : elapsed > 0 ? 'paused' : 'stopped'}</span>
			</p>
			<div class="actions">
				<button type="button" class="button secondary" aria-keyshortcuts={keys.timer} onClick={() => say(timerNow())}>
					{running ? 'Pause (T)' : 'Start (T)'}
				</button>
				<button
					type="button"
					class="button secondary"
					onClick={() => {
						resetDecisionTimer();
						say('Timer reset.');
					}}
				>
					Reset
				</button>
			</div>
			<div class="visually-hidden" aria-live="polite">
				{minuteSaid}
			</div>
		</div>
	);
}

/** The shortcuts, from the same table the key handler reads. */
export function Legend() {
	return (
		<div class="ws-legend">
			<h2 class="label">Keyboard shortcuts</h2>
			<dl>
				{shortcutLegend.map((row) => (
					<div key={row.keys}>
						<dt>
							<kbd>{row.keys}</kbd>
						</dt>
						<dd>{row.action}</dd>
					</div>
				))}
			</dl>
			<p class="meta">Shortcuts pause while you type in a vote box.</p>
		</div>
	);
}
