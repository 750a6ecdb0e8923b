import { $readProblem, $storage, type StorageState } from '../stores/progress.ts';
import { useClientStore } from './use-client-store.ts';
import { url } from '../utils/url.ts';
import '../styles/progress-notices.css';

const saved: StorageState = { kind: 'saved' };

/**
 * Tells the learner when their progress is not being saved, or when what was saved
 * could not be read. `compact` (on role-play and lesson pages) points to the progress
 * page, which explains in full and offers the export. The live region is there from the
 * first render, so a notice that appears after hydration is announced.
 */
export default function StorageNotice({ compact = false }: { compact?: boolean }) {
	const storage = useClientStore($storage, saved);
	const problem = useClientStore($readProblem, null);
	const more = compact ? (
		<>
			{' '}
			See <a href={url('progress/')}>your progress</a> to export a copy.
		</>
	) : (
		' Export your progress below to keep a copy.'
	);
	return (
		<div class="storage-notice" role="status">
			{problem && (
				<p class="callout warning">
					<strong>Your saved progress could not be read</strong> ({problem.problem.replace(/^The record /, 'it ')}).{' '}
					{problem.keptAside
						? 'It has been kept aside, untouched, and this page starts afresh.'
						: 'It has been left as it is, and nothing new will be saved over it.'}
					{compact && problem.keptAside && (
						<>
							{' '}
							<a href={url('progress/')}>Your progress</a> page lets you download it.
						</>
					)}
				</p>
			)}
			{storage.kind === 'unavailable' && (
				<p class="callout warning">
					<strong>This browser is not letting the site save anything,</strong> so your progress lasts only while this tab is open.{more}
				</p>
			)}
			{storage.kind === 'failing' && storage.cause === 'full' && (
				<p class="callout warning">
					<strong>Your latest progress is not saved yet:</strong> this browser’s storage for the site is full. Nothing has been deleted, and it will try again
					at your next step.{more}
				</p>
			)}
		</div>
	);
}
