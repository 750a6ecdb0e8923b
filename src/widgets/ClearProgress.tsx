import { useEffect, useRef, useState } from 'preact/hooks';
import type { Progress } from '../engine/progress/model.ts';
import { counts } from '../engine/progress/import-plan.ts';
import { clearProgress } from '../stores/progress.ts';

/**
 * "Clear all progress", confirmed in a modal <dialog>: focus starts on the safe choice
 * (keep), Escape keeps, and focus returns to the button that opened it, or to the
 * confirmation once cleared.
 */
export default function ClearProgress({ progress }: { progress: Progress }) {
	const dialog = useRef<HTMLDialogElement>(null);
	const opener = useRef<HTMLButtonElement>(null);
	const keep = useRef<HTMLButtonElement>(null);
	const status = useRef<HTMLParagraphElement>(null);
	const [cleared, setCleared] = useState(false);
	const c = counts(progress);
	const empty = c.lessons + c.drills + c.attempts + c.inProgress === 0;

	useEffect(() => {
		if (cleared) status.current?.focus();
	}, [cleared]);

	const open = () => {
		setCleared(false);
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
			{cleared && (
				<p class="callout" role="status" tabIndex={-1} ref={status}>
					All progress has been cleared from this browser.
				</p>
			)}
			<dialog ref={dialog} class="confirm-dialog" aria-labelledby="clear-dialog-title" aria-describedby="clear-dialog-text" onCancel={() => opener.current?.focus()}>
				<h2 id="clear-dialog-title">Clear all progress?</h2>
				<p id="clear-dialog-text">
					{empty
						? 'There is no progress here to clear.'
						: `This removes ${c.lessons} ${c.lessons === 1 ? 'lesson' : 'lessons'} done, ${c.drills} ${c.drills === 1 ? 'drill' : 'drills'}, ${c.attempts} role-play ${c.attempts === 1 ? 'attempt' : 'attempts'} and ${c.inProgress} unfinished ${c.inProgress === 1 ? 'role-play' : 'role-plays'} from this browser. It cannot be undone.`}
				</p>
				<div class="actions">
					<button type="button" class="button" ref={keep} onClick={close}>
						Keep my progress
					</button>
					<button
						type="button"
						class="button secondary danger"
						onClick={() => {
							clearProgress();
							dialog.current?.close();
							setCleared(true);
						}}
					>
						Clear all progress
					</button>
				</div>
			</dialog>
		</section>
	);
}
