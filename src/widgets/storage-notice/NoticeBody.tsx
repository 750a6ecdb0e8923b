import { $progress, type StorageState } from '../../stores/progress.ts';
import { exportFile } from '../../engine/progress/export-file.ts';
import { download, today } from '../download.ts';
import { url } from '../../utils/url.ts';

type NotSaved = Extract<StorageState, { kind: 'not-saved' }>;

const why: Record<NotSaved['why'], string> = {
	full: 'Your progress is not being saved: this browser’s storage for this site is full.',
	blocked: 'This browser is not letting the site save your progress.',
	unreadable: 'New progress is not being saved, so as not to write over the progress this site could not read.',
};

/** How long what is not saved lasts, in the learner's terms. */
export const lasts: Record<NotSaved['keptFor'], string> = {
	tab: 'What you do is kept while this tab stays open, from page to page, and lost when you close it.',
	page: 'What you do lasts only while this page is open: leaving or reloading it loses it.',
};

/** Downloads the progress held now (saved or not), as a file the import on /progress/ accepts. */
export function ExportNow() {
	const save = () =>
		download(`make-good-progress-${today()}.json`, JSON.stringify(exportFile($progress.get(), new Date().toISOString()), null, 2), 'application/json');
	return (
		<button type="button" class="button secondary" onClick={save}>
			Download a copy of my progress
		</button>
	);
}

/** What StorageNotice shows once something is wrong (loaded only then). */
export default function NoticeBody({
	compact,
	storage,
	problem,
}: {
	compact: boolean;
	storage: StorageState;
	problem: { problem: string; keptAside: boolean } | null;
}) {
	return (
		<>
			{problem && (
				<p class="callout warning">
					<strong>Your saved progress could not be read</strong> ({problem.problem.replace(/^The record /, 'it ')}).{' '}
					{problem.keptAside
						? 'It has been kept aside, untouched, and this page starts afresh.'
						: 'There is no room to keep a copy of it aside, so it has been left as it is.'}
					{compact && (
						<>
							{' '}
							<a href={url('progress/')}>Your progress</a> page lets you download it{problem.keptAside ? '' : ', then delete it so saving can start again'}.
						</>
					)}
				</p>
			)}
			{storage.kind === 'not-saved' && (
				<div class="callout warning">
					<p>
						<strong>{why[storage.why]}</strong> {lasts[storage.keptFor]}
						{storage.why === 'full' && ' Saving is tried again at your next step.'}
					</p>
					<p class="actions">
						<ExportNow />
						{compact && storage.keptFor === 'tab' && (
							<span>
								or see <a href={url('progress/')}>your progress</a>
							</span>
						)}
					</p>
				</div>
			)}
		</>
	);
}
