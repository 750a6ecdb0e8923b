import { useEffect, useRef, useState } from 'preact/hooks';
import type { Progress } from '../engine/progress/model.ts';
import { counts } from '../engine/progress/import-plan.ts';
import { $readProblem, clearProgress } from '../stores/progress.ts';
import { useClientStore } from './use-client-store.ts';
import { plural } from '../engine/words.ts';

/**
 * "Clear all progress", confirmed in a modal <dialog>: focus starts on the safe choice
 * (keep), Escape keeps, and focus returns to the button that opened it, or to the
 * confirmation once cleared, or to the reason when the browser would not let it clear.
 */
export default function ClearProgress({ progress }: { progress: Progress }) {
	const dialog = useRef<HTMLDialogElement>(null);
	const opener = useRef<HTMLButtonElement>(null);
	const keep = useRef<HTMLButtonElement>(null);
	const status = useRef<HTMLParagraphElement>(null);
	const [outcome, setOutcome] = useState<'cleared' | 'failed' | null>(null);
	// Progress that could not be read nor copied aside sits where progress is kept: clearing removes it too.
	const stuck = useClientStore($readProblem, null)?.keptAside === false;
	const c = counts(progress);
	const empty = c.lessons + c.drills + c.attempts + c.inProgress === 0 && !stuck;

	useEffect(() => {
		if (outcome) status.current?.focus();
	}, [outcome]);

	const open = () => {
		setOutcome(null);
		dialog.current?.showModal();
		keep.current?.focus();
	};
	const close = () => {
		dialog.current?.close();
		opener.current?.focus();
	};

	return (
		<section class="no-print" aria-labelledby="clear-title">
			<h2 id="clear-title">Start afresh</h2>
			<p>Clearing removes all your progress from this browser. Download a copy first if you might want it back.</p>
			<button type="button" class="button secondary danger" ref={opener} onClick={open} aria-haspopup="dialog">
				Clear all progress…
			</button>
			{outcome === 'cleared' && (
				<p class="callout" role="status" tabIndex={-1} ref={status}>
					All progress has been cleared from this browser.
				</p>
			)}
			{outcome === 'failed' && (
				<p class="callout warning" role="alert" tabIndex={-1} ref={status}>
					<strong>Your progress could not be cleared:</strong> this browser did not let the site remove what it has stored. Nothing has been removed.
				</p>
			)}
			<dialog
				ref={dialog}
				class="confirm-dialog"
				aria-labelledby="clear-dialog-title"
				aria-describedby="clear-dialog-text"
				onCancel={() => opener.current?.focus()}
			>
				<h2 id="clear-dialog-title">Clear all progress?</h2>
				<p id="clear-dialog-text">
					{empty
						? 'There is no progress here to clear.'
						: `This removes ${plural(c.lessons, 'lesson done', 'lessons done')}, ${plural(c.drills, 'drill')}, ${plural(c.attempts, 'role-play attempt')} and ${plural(c.inProgress, 'unfinished role-play')} from this browser${stuck ? ', and the saved progress this site could not read (download it above first if you may need it)' : ''}. It cannot be undone.`}
				</p>
				<div class="actions">
					<button type="button" class="button" ref={keep} onClick={close}>
						Keep my progress
					</button>
					<button
						type="button"
						class="button secondary danger"
						onClick={() => {
							const result = clearProgress();
							dialog.current?.close();
							setOutcome(result);
						}}
					>
						Clear all progress
					</button>
				</div>
			</dialog>
		</section>
	);
}
