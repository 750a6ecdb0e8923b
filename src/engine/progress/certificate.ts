import type { Band } from '../scoring.ts';
import type { Catalogue } from './catalogue.ts';
import { time, type Attempt, type Progress } from './model.ts';
import { bestOf } from './summary.ts';

/** The lowest outcome band that counts as a pass for the certificate. The one place it is set. */
export const PASS_BAND: Band = 'partly-recovered';

const bandRank: Record<Band, number> = { lost: 0, 'partly-recovered': 1, recovered: 2 };

export function passes(band: Band): boolean {
	return bandRank[band] >= bandRank[PASS_BAND];
}

export type Requirement =
	| { kind: 'lesson'; id: string; title: string; href: string; doneAt: string | undefined }
	| { kind: 'role-play'; id: string; title: string; href: string; doneAt: string | undefined; best: Attempt | undefined; passing: Attempt | undefined };

/**
 * What the certificate asks for, in course order: every lesson read, and each role-play a
 * lesson names in `assessedBy` played at or above PASS_BAND (in either mode). A role-play
 * that no page offers cannot be required; the build links each one, so this is only a guard.
 */
export function requirements(catalogue: Catalogue, progress: Progress): Requirement[] {
	const scenarios = new Map(catalogue.scenarios.map((s) => [s.id, s]));
	const listed = new Set<string>();
	return catalogue.lessons.flatMap((lesson) => {
		const items: Requirement[] = [{ kind: 'lesson', id: lesson.id, title: lesson.title, href: lesson.href, doneAt: progress.lessons[lesson.id]?.readAt }];
		for (const scenarioId of lesson.assessedBy) {
			const scenario = scenarios.get(scenarioId);
			if (!scenario || listed.has(scenarioId)) continue;
			listed.add(scenarioId);
			const attempts = progress.attempts.filter((a) => a.scenarioId === scenarioId);
			const passing = attempts.filter((a) => passes(a.band));
			// The date it was first passed: later attempts cannot un-pass it.
			const firstPass = passing.reduce<Attempt | undefined>((first, a) => (!first || time(a.date) < time(first.date) ? a : first), undefined);
			items.push({ kind: 'role-play', id: scenarioId, title: scenario.title, href: scenario.href, doneAt: firstPass?.date, best: bestOf(attempts), passing: bestOf(passing) });
		}
		return items;
	});
}

export interface Completion {
	complete: boolean;
	remaining: Requirement[];
	/** When the last requirement was met. */
	completedAt: string | undefined;
}

export function completion(items: readonly Requirement[]): Completion {
	const remaining = items.filter((item) => item.doneAt === undefined);
	const complete = items.length > 0 && remaining.length === 0;
	const completedAt = complete ? items.map((item) => item.doneAt!).reduce((a, b) => (time(a) >= time(b) ? a : b)) : undefined;
	return { complete, remaining, completedAt };
}
