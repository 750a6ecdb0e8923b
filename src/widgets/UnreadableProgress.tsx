import { useEffect, useRef, useState } from 'preact/hooks';
import { readStored } from '../engine/progress/migrate.ts';
import { exportFile } from '../engine/progress/export-file.ts';
import { $keptAside, discardKeptAside } from '../stores/kept-aside.ts';
import { $readProblem, $storage, deleteUnreadable, importProgress, unreadableValue } from '../stores/progress.ts';
import { useClientStore } from './use-client-store.ts';
import { formatDate } from '../utils/dates.ts';
import { download } from './download.ts';

/**
 * Stored progress this site could not read, on /progress/: copies kept aside (download,
 * restore once readable, delete), and a value too large to copy aside, which blocks saving
 * until the learner downloads it and then deletes it.
 */
export default function UnreadableProgress() {
	return (
		<>
			<StuckInPlace />
			<KeptAside />
		</>
	);
}

/** A readable copy downloads as an export (import accepts it); an unreadable one as the text it was. */
function downloadCopy(found: string, raw: string): void {
	const read = readStored(raw);
	if (read.ok)
		download(
			`make-good-progress-kept-aside-${found.slice(0, 10)}.json`,
			JSON.stringify(exportFile(read.progress, new Date().toISOString()), null, 2),
			'application/json',
		);
	else download(`make-good-unreadable-${found.slice(0, 10)}.txt`, raw, 'text/plain');
}

function StuckInPlace() {
	const problem = useClientStore($readProblem, null);
	const [downloaded, setDownloaded] = useState(false);
	const [outcome, setOutcome] = useState<'deleted' | 'refused' | null>(null);
	const focusTarget = useRef<HTMLElement>(null);
	useEffect(() => {
		if (outcome) focusTarget.current?.focus();
	}, [outcome]);
	if (outcome === 'deleted') {
		return (
			<p class="callout" role="status" tabIndex={-1} ref={focusTarget as never}>
				Deleted. Your progress is being saved again.
			</p>
		);
	}
	if (!problem || problem.keptAside) return null;
	const raw = unreadableValue();
	if (raw === undefined) return null;
	return (
		<section class="callout warning kept-aside" aria-labelledby="stuck-title">
			<h2 id="stuck-title" class="callout-title">
				Saved progress that blocks saving
			</h2>
			<p>
				This browser holds progress this site cannot read ({Math.ceil(raw.length / 1000).toLocaleString('en-GB')} KB), and there is no room to keep a copy of it
				aside. Nothing new is saved until it is gone. Download it first (to send to whoever runs your training), then delete it.
			</p>
			<p class="actions">
				<button type="button" class="button secondary" onClick={() => (downloadCopy(new Date().toISOString(), raw), setDownloaded(true))}>
					Download it
				</button>
				{downloaded && (
					<button type="button" class="button secondary danger" onClick={() => setOutcome(deleteUnreadable() ? 'deleted' : 'refused')}>
						I have the file: delete it from this browser
					</button>
				)}
			</p>
			{outcome === 'refused' && (
				<p role="alert" tabIndex={-1} ref={focusTarget as never}>
					This browser did not let the site delete it. Nothing has changed.
				</p>
			)}
		</section>
	);
}

function KeptAside() {
	const kept = useClientStore($keptAside, {});
	const entries = Object.entries(kept).filter((entry): entry is [string, string] => entry[1] !== undefined);
	// After a deletion or a restore, focus goes to the heading, or to a confirmation once none are left.
	const [done, setDone] = useState<string | null>(null);
	const focusTarget = useRef<HTMLElement>(null);
	useEffect(() => {
		if (done) focusTarget.current?.focus();
	}, [done]);
	const remove = (found: string) => {
		discardKeptAside(found);
		setDone('Deleted: nothing unreadable is kept any more.');
	};
	const restore = (found: string, raw: string) => {
		const read = readStored(raw);
		if (!read.ok) return;
		importProgress(read.progress, 'add');
		// The copy goes only once what it held is saved; otherwise it stays to be restored again.
		const isSaved = $storage.get().kind === 'saved';
		if (isSaved) discardKeptAside(found);
		setDone(
			isSaved ? 'Restored: it is now part of your progress.' : 'Added to your progress, but not saved (see the notice above): the copy stays kept aside.',
		);
	};
	if (entries.length === 0) {
		return done ? (
			<p class="callout" role="status" tabIndex={-1} ref={focusTarget as never}>
				{done}
			</p>
		) : null;
	}
	return (
		<section class="callout warning kept-aside" aria-labelledby="kept-title">
			<h2 id="kept-title" class="callout-title" tabIndex={-1} ref={focusTarget as never}>
				Saved progress that could not be read
			</h2>
			<p>
				This browser held progress that this site could not read, so it was kept aside rather than thrown away. You can download it (to send to whoever runs
				your training) or delete it; once this site can read it, you can also restore it.
			</p>
			{done && <p role="status">{done}</p>}
			<ul>
				{entries.map(([found, raw]) => {
					const read = readStored(raw);
					return (
						<li key={found}>
							Found on {formatDate(found)}: {read.ok ? 'it can now be read' : read.problem.replace(/^The record /, 'it ')}.{' '}
							<span class="actions inline">
								{read.ok && (
									<button type="button" class="button small" onClick={() => restore(found, raw)}>
										Restore it
									</button>
								)}
								<button type="button" class="button secondary small" onClick={() => downloadCopy(found, raw)}>
									Download it
								</button>
								<DeleteKept onDelete={() => remove(found)} />
							</span>
						</li>
					);
				})}
			</ul>
		</section>
	);
}

function DeleteKept({ onDelete }: { onDelete: () => void }) {
	// A second press confirms: the first only asks.
	const [confirming, setConfirming] = useState(false);
	return (
		<button type="button" class="button secondary small" onClick={() => (confirming ? onDelete() : setConfirming(true))}>
			{confirming ? 'Press again to delete it for good' : 'Delete it'}
		</button>
	);
}
