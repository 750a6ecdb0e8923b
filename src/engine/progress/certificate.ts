import type { Band } from '../scoring.ts';
import type { Catalogue } from './catalogue.ts';
import { time, type Attempt, type Progress, type QuizRecord } from './model.ts';
import { bestOf } from './summary.ts';

/** The lowest outcome band that counts as a pass for the certificate. The one place it is set. */
export const PASS_BAND: Band = 'partly-recovered';

const bandRank: Record<Band, number> = { lost: 0, 'partly-recovered': 1, recovered: 2 };

export function passes(band: Band): boolean {
	return bandRank[band] >= bandRank[PASS_BAND];
}

export type Requirement =
	/** A lesson's knowledge check, passed on first answers (see quiz.ts). */
	| { kind: 'knowledge-check'; id: string; title: string; href: string; doneAt: string | undefined; record: QuizRecord | undefined }
	/** A lesson without a knowledge check: marked as done. */
	| { kind: 'lesson'; id: string; title: string; href: string; doneAt: string | undefined }
	/** A role-play passed in assessment mode; practice attempts never count. */
	| {
			kind: 'role-play';
			id: string;
			title: string;
			href: string;
			doneAt: string | undefined;
			/** Best assessment-mode attempt. */
			best: Attempt | undefined;
			/** Best passing assessment-mode attempt. */
			passing: Attempt | undefined;
			/** A practice attempt that would have passed: it does not count, and the page says so. */
			practicePass: Attempt | undefined;
	  };

/** Whether the certificate asks for this role-play: some lesson names it in `assessedBy`. */
export function certificateNeeds(lessons: readonly { assessedBy: readonly string[] }[], scenarioId: string): boolean {
	return lessons.some((lesson) => lesson.assessedBy.includes(scenarioId));
}

/**
 * What the certificate asks for, in course order: each lesson's knowledge check passed (a
 * lesson without one, marked as done), then each role-play the lesson names in
 * `assessedBy`, passed at or above PASS_BAND in ASSESSMENT mode (no feedback until the
 * debrief). A role-play that no page offers cannot be required; the build links each
 * one, so this is only a guard.
 */
export function requirements(catalogue: Catalogue, progress: Progress): Requirement[] {
	const scenarios = new Map(catalogue.scenarios.map((s) => [s.id, s]));
	const listed = new Set<string>();
	return catalogue.lessons.flatMap((lesson) => {
		const record = progress.quizzes[lesson.id];
		const items: Requirement[] = [
			lesson.quizQuestions > 0
				? { kind: 'knowledge-check', id: lesson.id, title: lesson.title, href: `${lesson.href}#knowledge-check`, doneAt: record?.passedAt ?? undefined, record }
				: { kind: 'lesson', id: lesson.id, title: lesson.title, href: lesson.href, doneAt: progress.lessons[lesson.id]?.readAt },
		];
		for (const scenarioId of lesson.assessedBy) {
			const scenario = scenarios.get(scenarioId);
			if (!scenario || listed.has(scenarioId)) continue;
			listed.add(scenarioId);
			const mine = progress.attempts.filter((a) => a.scenarioId === scenarioId);
			const assessed = mine.filter((a) => a.mode === 'assessment');
			const passing = assessed.filter((a) => passes(a.band));
			// The date it was first passed: later attempts cannot un-pass it.
			const firstPass = passing.reduce<Attempt | undefined>((first, a) => (!first || time(a.date) < time(first.date) ? a : first), undefined);
			const practicePass = firstPass ? undefined : bestOf(mine.filter((a) => a.mode === 'practice' && passes(a.band)));
			items.push({
				kind: 'role-play',
				id: scenarioId,
				title: scenario.title,
				href: scenario.href,
				doneAt: firstPass?.date,
				best: bestOf(assessed),
				passing: bestOf(passing),
				practicePass,
			});
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
