import type { Progress } from './model.ts';

/**
 * The file a learner downloads from /progress/ and can import again: the progress record
 * in an envelope that names the format, so any other JSON file is told apart at once.
 * Reading one back is read-export.ts, kept apart so pages that only offer the download
 * do not carry the import's checks.
 */

export const EXPORT_FORMAT = 'make-good-progress';

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	exportedAt: string;
	progress: Progress;
}

export function exportFile(progress: Progress, now: string): ExportFile {
	return { format: EXPORT_FORMAT, exportedAt: now, progress };
}
