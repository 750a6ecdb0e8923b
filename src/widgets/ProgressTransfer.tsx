import { useEffect, useRef, useState } from 'preact/hooks';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import type { Progress } from '../engine/progress/model.ts';
import { exportFile } from '../engine/progress/export-file.ts';
import { attemptsCsv } from '../engine/progress/csv.ts';
import { importPlan, type Counts, type ImportPlan } from '../engine/progress/import-plan.ts';
import { importProgress } from '../stores/progress.ts';
import { formatDateTime } from '../utils/dates.ts';
import { url } from '../utils/url.ts';
import { download, today } from './download.ts';
import { FileField } from './FileField.tsx';
import { plural, sentenceList } from '../engine/words.ts';

type Step =
	| { kind: 'idle' }
	| { kind: 'refused'; fileName: string; problem: string }
	| { kind: 'confirm'; fileName: string; exportedAt: string | undefined; file: Progress; plan: ImportPlan; rescored: number }
	| { kind: 'done'; message: string };

function list(counts: Counts): string {
	return sentenceList([
		plural(counts.lessons, 'lesson done', 'lessons done'),
		plural(counts.drills, 'drill'),
		plural(counts.attempts, 'role-play attempt'),
		plural(counts.inProgress, 'role-play left part-way', 'role-plays left part-way'),
	]);
}

/** Any failure the checks did not foresee is still shown, never left to an empty page. */
const failed = (error: unknown) =>
	`Something went wrong (${error instanceof Error ? error.message : String(error)}). Reload the page and try again; if it happens again, send the file to whoever runs your training.`;

/** Download progress (JSON) and attempts (CSV); import a JSON file after showing what it changes. */
export default function ProgressTransfer({ catalogue, progress }: { catalogue: Catalogue; progress: Progress }) {
	const [step, setStep] = useState<Step>({ kind: 'idle' });
	const focusTarget = useRef<HTMLElement>(null);

	// Focus moves to whatever the import step now shows: the refusal, the question, or the result.
	useEffect(() => {
		if (step.kind !== 'idle') focusTarget.current?.focus();
	}, [step]);

	const exportJson = () =>
		download(`make-good-progress-${today()}.json`, JSON.stringify(exportFile(progress, new Date().toISOString()), null, 2), 'application/json');
	// The byte-order mark tells spreadsheet programs the file is UTF-8 (names with accents, curly quotes).
	const exportCsv = () =>
		download(
			`make-good-attempts-${today()}.csv`,
			`\uFEFF${attemptsCsv(progress.attempts, Object.fromEntries(catalogue.scenarios.map((s) => [s.id, s.title])))}`,
			'text/csv',
		);

	const choose = async (chosen: File) => {
		try {
			// Loaded only now: scoring attempts again needs the scoring engine, which this page otherwise never uses.
			const { checkImport } = await import('../stores/import-check.ts');
			const checked = await checkImport(chosen, url('progress/scoring/'), new Set(catalogue.scenarios.map((s) => s.id)));
			setStep(
				checked.ok
					? {
							kind: 'confirm',
							fileName: chosen.name,
							exportedAt: checked.exportedAt,
							file: checked.file,
							plan: importPlan(progress, checked.file),
							rescored: checked.rescored,
						}
					: { kind: 'refused', fileName: chosen.name, problem: checked.problem },
			);
		} catch (error) {
			setStep({ kind: 'refused', fileName: chosen.name, problem: failed(error) });
		}
	};

	const apply = (how: 'add' | 'replace', plan: ImportPlan) => {
		if (step.kind !== 'confirm') return;
		try {
			importProgress(step.file, how);
		} catch (error) {
			setStep({ kind: 'refused', fileName: step.fileName, problem: failed(error) });
			return;
		}
		setStep({
			kind: 'done',
			message:
				how === 'add'
					? `Imported: added ${list(plan.added)}${plan.updated > 0 ? `, and updated ${plan.updated} from newer entries in the file` : ''}.`
					: `Replaced: your progress is now the file’s (${list(plan.file)}).`,
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
			<FileField
				id="import-file"
				label="Choose a progress file (.json) downloaded from this site"
				accept=".json,.txt,application/json,text/plain"
				onFile={(file) => void choose(file)}
			/>

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
						{step.exportedAt ? `Exported on ${formatDateTime(step.exportedAt)}, it` : 'It'} holds {list(step.plan.file)}. This browser has{' '}
						{list(step.plan.here)}.
					</p>
					{step.rescored > 0 && (
						<p>
							{step.rescored} {step.rescored === 1 ? 'attempt in it does' : 'attempts in it do'} not score what the file says when played through the role-play
							as it is now, and {step.rescored === 1 ? 'takes' : 'take'} the score {step.rescored === 1 ? 'it earns' : 'they earn'}.
						</p>
					)}
					{step.plan.nothingNew ? (
						<p>Everything in the file is already here: adding it would change nothing.</p>
					) : (
						<p>
							<strong>Adding it</strong> brings in {list(step.plan.added)}
							{step.plan.updated > 0 && `, and replaces ${plural(step.plan.updated, 'entry', 'entries')} here with the file’s newer one`}. Nothing else here
							changes.
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
								document.getElementById('import-file')?.focus();
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
