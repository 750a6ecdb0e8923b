import { LIMITS, type Progress } from './model.ts';
import { upgrade } from './migrate.ts';
import { EXPORT_FORMAT, type ExportFile } from './export-file.ts';
import { check, date, shape, type Checked } from './validate.ts';

const envelope = shape({ format: () => {}, exportedAt: date, progress: () => {} });

/**
 * The text of a file the learner chose to import. Every refusal says what is wrong in
 * words a learner can act on (wrong file, damaged file, newer site, impossible values).
 * A bare progress record, without the envelope, is read too: earlier versions of the site
 * downloaded kept-aside progress that way. It has no export date.
 */
export function readExport(text: string, bytes: number): Checked<{ progress: Progress; exportedAt: string | undefined }> {
	if (bytes > LIMITS.importBytes) {
		return {
			ok: false,
			problem: `The file is ${Math.ceil(bytes / 1000)} KB, larger than any progress export (at most ${LIMITS.importBytes / 1_000_000} MB). Check you chose the right file.`,
		};
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'The file is not valid JSON: it may be cut short, or not a progress export at all.' };
	}
	if (
		typeof parsed === 'object' &&
		parsed !== null &&
		!Object.hasOwn(parsed, 'format') &&
		Object.hasOwn(parsed, 'version') &&
		Number.isInteger((parsed as { version: unknown }).version)
	) {
		const bare = upgrade(parsed);
		return bare.ok
			? { ok: true, value: { progress: bare.progress, exportedAt: undefined } }
			: { ok: false, problem: `The progress in the file cannot be used: ${bare.problem.replace(/^The record/, 'it')}.` };
	}
	if (typeof parsed !== 'object' || parsed === null || !Object.hasOwn(parsed, 'format') || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
		return { ok: false, problem: `The file is JSON but not a Make Good progress export (it has no "format": "${EXPORT_FORMAT}").` };
	}
	const file = check<ExportFile>(envelope, parsed);
	if (!file.ok) return { ok: false, problem: `The file cannot be used: ${file.problem.replace(/^The record/, 'it')}.` };
	const read = upgrade(file.value.progress);
	if (!read.ok) return { ok: false, problem: `The progress in the file cannot be used: ${read.problem.replace(/^The record/, 'it')}.` };
	return { ok: true, value: { progress: read.progress, exportedAt: file.value.exportedAt } };
}
