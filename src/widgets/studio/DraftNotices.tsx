import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $changedElsewhere, $current, $draftStorage, hasUnsavedWork, openDraft, retrySaving } from '../../stores/studio.ts';

/**
 * Says when a draft is not safe in this browser, and what to do; warns before a tab with
 * unsaved work closes. The region is there from the first render, so a notice is announced.
 */
export default function DraftNotices({ onDownload }: { onDownload: () => void }) {
	const storage = useStore($draftStorage);
	const elsewhere = useStore($changedElsewhere);
	const current = useStore($current);

	useEffect(() => {
		const warn = (event: BeforeUnloadEvent) => {
			if (!hasUnsavedWork()) return;
			event.preventDefault();
		};
		addEventListener('beforeunload', warn);
		return () => removeEventListener('beforeunload', warn);
	}, []);

	return (
		<div class="studio-notices" role="status">
			{storage.kind === 'unavailable' && (
				<p class="callout warning">
					<strong>This browser is not letting the site keep anything,</strong> so your draft lasts only while this tab is open. Download it before you close the
					tab.{' '}
					<button type="button" class="button secondary" onClick={onDownload}>
						Download now
					</button>
				</p>
			)}
			{storage.kind === 'failing' && (
				<p class="callout warning">
					<strong>Your latest changes are not saved in this browser:</strong> its storage for the site is full. Nothing has been deleted, and every change tries
					again. Download the draft to be safe, or delete drafts you no longer need.{' '}
					<button type="button" class="button secondary" onClick={onDownload}>
						Download now
					</button>{' '}
					<button type="button" class="button secondary" onClick={retrySaving}>
						Try saving again
					</button>
				</p>
			)}
			{elsewhere && current && (
				<p class="callout warning">
					<strong>This draft was also changed in another tab.</strong> You still see your version; your next change here is saved over theirs.{' '}
					<button type="button" class="button secondary" onClick={() => openDraft(current.key)}>
						Load the other tab’s version
					</button>
				</p>
			)}
		</div>
	);
}
