import type { Catalogue, CatalogueLesson } from './catalogue.ts';
import { completion, passes, requirements, type Requirement } from './certificate.ts';
import type { Attempt, Progress } from './model.ts';
import { bestOf } from './summary.ts';
import { bandText, plural } from '../words.ts';
import type { Band } from '../scoring.ts';

/**
 * Where a learner stands, for the pages that show it: the next thing to do, how far each
 * lesson has got, and how each role-play has gone. All from the certificate's own
 * requirements, so "next" always moves the learner towards it.
 */

export interface NextStep {
	/** "Read", "Take the knowledge check of", "Play", "Print". */
	verb: string;
	title: string;
	href: string;
	/** Why this is next, in a sentence. */
	why: string;
}

const actionFor = (item: Requirement): NextStep => {
	if (item.kind === 'knowledge-check') {
		return item.record
			? {
					verb: 'Pass the knowledge check of',
					title: item.title,
					href: item.href,
					why: `Your best so far is ${item.record.best.correct} of ${item.record.best.total} right first time.`,
				}
			: { verb: 'Read and check', title: item.title, href: item.href.replace(/#knowledge-check$/, ''), why: 'Read the lesson, then pass its knowledge check.' };
	}
	if (item.kind === 'lesson') return { verb: 'Read', title: item.title, href: item.href, why: 'The next lesson of the course.' };
	return item.best
		? { verb: 'Play again', title: item.title, href: item.href, why: `Your best in assessment mode is ${item.best.score} / 100: the certificate needs a pass.` }
		: { verb: 'Play', title: item.title, href: item.href, why: 'Play it in assessment mode: the certificate needs a pass.' };
};

/** Null for a learner who has done nothing yet (the page's own "Start with…" stands). */
export function nextStep(catalogue: Catalogue, progress: Progress, certificateHref: string): NextStep | null {
	if (!hasStarted(progress)) return null;
	const status = completion(requirements(catalogue, progress));
	const first = status.remaining[0];
	if (!first) return { verb: 'Print', title: 'your certificate', href: certificateHref, why: 'Everything the certificate needs is done.' };
	return actionFor(first);
}

export function hasStarted(progress: Progress): boolean {
	return Object.keys(progress.lessons).length + Object.keys(progress.quizzes).length + Object.keys(progress.drills).length + progress.attempts.length > 0;
}

/** A lesson's place on the course map: its own requirements (read or check passed, assessed role-plays passed) done out of all. */
export function lessonProgress(lesson: CatalogueLesson, catalogue: Catalogue, progress: Progress): { done: number; total: number } {
	const mine = requirements({ ...catalogue, lessons: [lesson] }, progress);
	const read = progress.lessons[lesson.id] !== undefined ? 1 : 0;
	const done = mine.filter((item) => item.doneAt !== undefined).length;
	// "Read" counts as a step of its own when the lesson has a knowledge check (the check is a separate item).
	return lesson.quizQuestions > 0 ? { done: done + read, total: mine.length + 1 } : { done, total: mine.length };
}

/** What a lesson's meter counts, in words: "read it, pass its knowledge check, pass 1 role-play in assessment mode". */
export function lessonProgressParts(lesson: CatalogueLesson): string {
	const parts = ['read it'];
	if (lesson.quizQuestions > 0) parts.push('pass its knowledge check');
	if (lesson.assessedBy.length > 0) parts.push(`pass ${plural(lesson.assessedBy.length, 'role-play')} in assessment mode`);
	return parts.join(', ');
}

export interface RolePlayRecord {
	attempts: number;
	/** Best of all attempts, any mode. */
	best: Attempt | undefined;
	/** Passed in assessment mode: counts for the certificate. */
	passedInAssessment: boolean;
}

export function rolePlayRecord(scenarioId: string, progress: Progress): RolePlayRecord {
	const mine = progress.attempts.filter((a) => a.scenarioId === scenarioId);
	return { attempts: mine.length, best: bestOf(mine), passedInAssessment: mine.some((a) => a.mode === 'assessment' && passes(a.band)) };
}

/**
 * What the home page's first button says and where it goes: "Start with…" the first lesson for a
 * new learner; for a returning one, what to do next and why.
 */
export interface HeroAction {
	text: string;
	href: string;
	/** Why this is next; absent for a new learner. */
	why?: string;
}

export function heroAction(catalogue: Catalogue, first: { title: string; href: string }, certificateHref: string, progress: Progress): HeroAction {
	const next = nextStep(catalogue, progress, certificateHref);
	return next ? { text: `Carry on: ${next.verb} “${next.title}”`, href: next.href, why: next.why } : { text: `Start with “${first.title}”`, href: first.href };
}

/** A lesson's meter on the course map: how full the bar is (0..1), and the same in words. */
export function lessonMeter(lesson: CatalogueLesson, catalogue: Catalogue, progress: Progress): { share: number; text: string } {
	const { done, total } = lessonProgress(lesson, catalogue, progress);
	return {
		share: total === 0 ? 0 : done / total,
		text: `${done === total && total > 0 ? 'Done: ' : 'Your progress: '}${done} of ${total} (${lessonProgressParts(lesson)})`,
	};
}

/** One label on a card: its words, and how it is marked ("done" carries a tick; a band is coloured by outcome). */
export interface StatusLabel {
	text: string;
	mark: 'done' | 'todo' | 'plain' | `band-${Band}`;
}

/** On a lesson's card: read (or started) or not, and how its knowledge check went. */
export function lessonStatus(lessonId: string, progress: Progress): StatusLabel[] {
	const read = progress.lessons[lessonId];
	const check = progress.quizzes[lessonId];
	const labels: StatusLabel[] = [read || check ? { text: read ? 'Read' : 'Started', mark: 'done' } : { text: 'Not started', mark: 'todo' }];
	if (check) {
		const { correct, total } = check.best;
		labels.push({
			text: check.passedAt ? `Knowledge check passed (${correct} of ${total})` : `Knowledge check: ${correct} of ${total}, not passed yet`,
			mark: 'plain',
		});
	}
	return labels;
}

/** On a role-play's card: not played yet, or the best score with its outcome, and a pass in assessment. */
export function rolePlayStatus(scenarioId: string, progress: Progress): StatusLabel[] {
	const { best, passedInAssessment } = rolePlayRecord(scenarioId, progress);
	if (!best) return [{ text: 'Not played yet', mark: 'todo' }];
	const labels: StatusLabel[] = [{ text: `Best: ${best.score} / 100, ${bandText[best.band]}`, mark: `band-${best.band}` }];
	if (passedInAssessment) labels.push({ text: 'Passed in assessment', mark: 'done' });
	return labels;
}
