import type { ComponentChildren, Ref } from 'preact';
import { useStore } from '@nanostores/preact';
import { summary, summaryAdvice } from '../engine/drills/summary.ts';
import { $notRecorded, reloadPage } from '../stores/drills.ts';

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
			<NotRecorded score={summary(correct, total)} />
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

/** When the site was updated under this page and the result could not go into the learner's progress here. */
function NotRecorded({ score }: { score: string }) {
	const notRecorded = useStore($notRecorded);
	if (!notRecorded) return null;
	return (
		<div class="callout warning" role="status">
			<p>
				<strong>This site has been updated since this page was opened,</strong> so your result could not be added to your progress here.{' '}
				{notRecorded === 'kept'
					? 'It is kept, and is added to your progress when you next open a lesson, a role-play or your progress page.'
					: `This browser does not let the site keep it either: note your score (${score}) before you leave.`}
			</p>
			<button type="button" class="button secondary" onClick={reloadPage}>
				Reload to use the new version
			</button>
		</div>
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
