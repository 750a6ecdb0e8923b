import { LIMITS, type Progress } from '../engine/progress/model.ts';
import { readExport } from '../engine/progress/read-export.ts';
import { scenariosToScore, verifyAttempts, type Scoring } from '../engine/progress/verify-attempts.ts';

/**
 * Reading a file the learner chose to import, up to the point of asking them: the file is
 * read and checked (read-export.ts), then its attempts are scored again against the
 * role-plays it names (verify-attempts.ts), whose content is fetched only now, from
 * progress/scoring/<id>.json. Loaded by /progress/ only when a file is chosen. Every failure,
 * expected or not, comes back as a reason to show: nothing here throws.
 */

export type ImportCheck = { ok: true; exportedAt: string | undefined; file: Progress; rescored: number } | { ok: false; problem: string };

/** `scoringBase`: where the role-plays' scoring files are (with the deploy base); `offered`: the role-plays this site has. */
export async function checkImport(chosen: File, scoringBase: string, offered: ReadonlySet<string>): Promise<ImportCheck> {
	try {
		// The size is checked before the file is read, so a huge file is never loaded.
		const read = readExport(chosen.size > LIMITS.importBytes ? '' : await chosen.text(), chosen.size);
		if (!read.ok) return read;
		const ids = scenariosToScore(read.value.progress).filter((id) => offered.has(id));
		const verified = verifyAttempts(read.value.progress, await scoring(ids, scoringBase));
		if (!verified.ok) return { ok: false, problem: `The progress in the file cannot be used: ${verified.problem}` };
		return { ok: true, exportedAt: read.value.exportedAt, file: verified.value.progress, rescored: verified.value.rescored };
	} catch (error) {
		return {
			ok: false,
			problem: `Something went wrong while reading it (${error instanceof Error ? error.message : String(error)}). Reload the page and try again; if it happens again, send the file to whoever runs your training.`,
		};
	}
}

/** The content to score each role-play with; one that cannot be fetched (offline, a package opened from disk) is left out. */
async function scoring(ids: readonly string[], base: string): Promise<Map<string, Scoring>> {
	const found = await Promise.all(
		ids.map(async (id) => {
			try {
				const response = await fetch(`${base}${id}.json`);
				return response.ok ? ([id, (await response.json()) as Scoring] as const) : undefined;
			} catch {
				return undefined;
			}
		}),
	);
	return new Map(found.filter((entry) => entry !== undefined));
}
