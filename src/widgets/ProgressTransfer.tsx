import { useEffect, useRef, useState } from 'preact/hooks';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import { LIMITS, type Progress } from '../engine/progress/model.ts';
import { exportFile, readExport } from '../engine/progress/export-file.ts';
import { attemptsCsv } from '../engine/progress/csv.ts';
import { importPlan, type Counts, type ImportPlan } from '../engine/progress/import-plan.ts';
import { importProgress } from '../stores/progress.ts';
import { formatDateTime } from '../utils/dates.ts';
import { download, today } from './download.ts';

type Step =
	| { kind: 'idle' }
	| { kind: 'refused'; fileName: string; problem: string }
	| { kind: 'confirm'; fileName: string; exportedAt: string; file: Progress; plan: ImportPlan }
	| { kind: 'done'; message: string };

function list(counts: Counts): string {
	const parts = [
		[counts.lessons, 'lesson done', 'lessons done'],
		[counts.drills, 'drill', 'drills'],
		[counts.attempts, 'role-play attempt', 'role-play attempts'],
		[counts.inProgress, 'role-play left part-way', 'role-plays left part-way'],
	] as const;
	const words = parts.map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Download progress (JSON) and attempts (CSV); import a JSON file after showing what it changes. */
export default function ProgressTransfer({ catalogue, progress }: { catalogue: Catalogue; progress: Progress }) {
	const [step, setStep] = useState<Step>({ kind: 'idle' });
	const focusTarget = useRef<HTMLElement>(null);
	const fileInput = useRef<HTMLInputElement>(null);

	// Focus moves to whatever the import step now shows: the refusal, the question, or the result.
	useEffect(() => {
		if (step.kind !== 'idle') focusTarget.current?.focus();
	}, [step]);

	const exportJson = () => download(`make-good-progress-${today()}.json`, JSON.stringify(exportFile(progress, new Date().toISOString()), null, 2), 'application/json');
	// The byte-order mark tells spreadsheet programs the file is UTF-8 (names with accents, curly quotes).
	const exportCsv = () =>
		download(`make-good-attempts-${today()}.csv`, `\uFEFF${attemptsCsv(progress.attempts, Object.fromEntries(catalogue.scenarios.map((s) => [s.id, s.title])))}`, 'text/csv');

	const choose = async (input: HTMLInputElement) => {
		const chosen = input.files?.[0];
		if (!chosen) return;
		input.value = '';
		// The size is checked before the file is read, so a huge file is never loaded.
		const read = readExport(chosen.size > LIMITS.importBytes ? '' : await chosen.text(), chosen.size);
		setStep(
			read.ok
				? { kind: 'confirm', fileName: chosen.name, exportedAt: read.value.exportedAt, file: read.value.progress, plan: importPlan(progress, read.value.progress) }
				: { kind: 'refused', fileName: chosen.name, problem: read.problem },
		);
	};

	const apply = (how: 'add' | 'replace', plan: ImportPlan) => {
		if (step.kind !== 'confirm') return;
		importProgress(step.file, how);
		setStep({
			kind: 'done',
			message: how === 'add' ? `Imported: added ${list(plan.added)}${plan.updated > 0 ? `, and updated ${plan.updated} from newer entries in the file` : ''}.` : `Replaced: your progress is now the file’s (${list(plan.file)}).`,
		});
	};

	return (
		<section class="no-print" aria-labelledby="transfer-title">
			<h2 id="transfer-title">Keep a copy, or move to another browser</h2>
			<p>Your progress lives only in this browser. Download it to keep it safe, to move it to another browser, or to send your attempts to a trainer.</p>
			<div class="actions">
				<button type="button" class="button secondary" onClick={exportJson}>
					Download my progress (JSON)
				</button>
				<button type="button" class="button secondary" onClick={exportCsv}>
					Download my attempts for a spreadsheet (CSV)
				</button>
			</div>

			<h3>Import progress from a file</h3>
			<p>
				Importing <strong>adds</strong> the file’s progress to what is here: nothing here is removed, attempts already here are not doubled, and where both have
				the same drill or unfinished role-play the newer one is kept. You will see what changes before anything does.
			</p>
			<div class="file-field">
				<label for="import-file">Choose a progress file (.json) downloaded from this site</label>
				<input id="import-file" ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} />
			</div>

			{step.kind === 'refused' && (
				<div class="callout warning" role="alert" tabIndex={-1} ref={focusTarget as never}>
					<p>
						<strong>“{step.fileName}” was not imported.</strong> {step.problem}
					</p>
					<p>Nothing has changed.</p>
				</div>
			)}

			{step.kind === 'confirm' && (
				<div class="import-confirm card" role="group" aria-labelledby="confirm-title">
					<h4 id="confirm-title" tabIndex={-1} ref={focusTarget as never}>
						Import “{step.fileName}”?
					</h4>
					<p>
						Exported on {formatDateTime(step.exportedAt)}, it holds {list(step.plan.file)}. This browser has {list(step.plan.here)}.
					</p>
					{step.plan.nothingNew ? (
						<p>Everything in the file is already here: adding it would change nothing.</p>
					) : (
						<p>
							<strong>Adding it</strong> brings in {list(step.plan.added)}
							{step.plan.updated > 0 && `, and replaces ${step.plan.updated} ${step.plan.updated === 1 ? 'entry' : 'entries'} here with the file’s newer one`}.
							Nothing else here changes.
						</p>
					)}
					<p>
						<strong>Replacing</strong> instead removes everything here ({list(step.plan.here)}) and keeps only the file’s.
					</p>
					<div class="actions">
						{!step.plan.nothingNew && (
							<button type="button" class="button" onClick={() => apply('add', step.plan)}>
								Add to my progress
							</button>
						)}
						<button type="button" class="button secondary" onClick={() => apply('replace', step.plan)}>
							Replace my progress with the file
						</button>
						<button
							type="button"
							class="button secondary"
							onClick={() => {
								setStep({ kind: 'idle' });
								fileInput.current?.focus();
							}}
						>
							Cancel
						</button>
					</div>
				</div>
			)}

			{step.kind === 'done' && (
				<p class="callout" role="status" tabIndex={-1} ref={focusTarget as never}>
					{step.message}
				</p>
			)}
		</section>
	);
}
