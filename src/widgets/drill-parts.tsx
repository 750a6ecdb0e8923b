import type { ComponentChildren, Ref } from 'preact';
import { summary, summaryAdvice } from '../engine/drills/summary.ts';

/**
 * Pieces every drill shares, so each island stays small and the drills look and sound
 * alike: right/wrong marks, the end-of-drill summary and the live region.
 */

/** Right or wrong in words and a symbol, never colour alone. */
export function Mark({ correct, children }: { correct: boolean; children: ComponentChildren }) {
	return (
		<p class={`mark ${correct ? 'mark-right' : 'mark-wrong'}`}>
			<span class="mark-icon" aria-hidden="true">
				{correct ? '✓' : '✗'}
			</span>{' '}
			{children}
		</p>
	);
}

interface SummaryProps {
	correct: number;
	total: number;
	focusRef: Ref<HTMLElement>;
	onRetry: () => void;
	/** More buttons beside "Try again". */
	actions?: ComponentChildren;
	/** What the learner got right and wrong. */
	children?: ComponentChildren;
}

/** The end of a drill: the score, a word of advice, and "Try again". Receives focus when it appears. */
export function DrillSummary({ correct, total, focusRef, onRetry, actions, children }: SummaryProps) {
	return (
		<section class="drill-summary" aria-labelledby="drill-summary-title" tabIndex={-1} ref={focusRef}>
			<h2 id="drill-summary-title">Your score: {summary(correct, total)}</h2>
			<p>{summaryAdvice(correct, total)}</p>
			{children}
			<div class="actions">
				<button type="button" class="button" onClick={onRetry}>
					Try again
				</button>
				{actions}
			</div>
		</section>
	);
}

/** Polite announcements for screen readers; always rendered so the first message is heard. */
export function LiveRegion({ message }: { message: string }) {
	return (
		<div class="visually-hidden" aria-live="polite" aria-atomic="true">
			{message}
		</div>
	);
}
