import type { Catalogue, CatalogueLesson } from '../../engine/progress/catalogue.ts';
import type { Progress } from '../../engine/progress/model.ts';
import { lessonProgress, lessonProgressParts, nextStep, rolePlayRecord } from '../../engine/progress/where.ts';
import { bandText } from '../../engine/words.ts';

/**
 * "Where am I" on the home page and the lists, drawn with the DOM itself: these pages carry no
 * Preact (docs/decisions/javascript-budgets.md). Each function redraws its element from the
 * learner's progress; the build's HTML is the same drawing for a learner with nothing done
 * (src/components/where/), so nothing moves for a new learner.
 */

/** An element with a class and children. */
export function h(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
	const element = document.createElement(tag);
	if (className) element.className = className;
	element.append(...children);
	return element;
}

/** A tick beside a done status, for the eye only: the words say it. */
const tick = () => {
	const mark = h('span', '', '✓ ');
	mark.setAttribute('aria-hidden', 'true');
	return mark;
};

export interface HeroProps {
	catalogue: Catalogue;
	first: { title: string; href: string };
	certificateHref: string;
}

/** The home page's first button: "Start with…" for a new learner; for a returning one, what to do next, with why. */
export function drawHero(root: HTMLElement, { catalogue, first, certificateHref }: HeroProps, progress: Progress): void {
	const next = nextStep(catalogue, progress, certificateHref);
	const link = h('a', 'button', next ? `Carry on: ${next.verb} “${next.title}”` : `Start with “${first.title}”`);
	link.setAttribute('href', next ? next.href : first.href);
	root.replaceChildren(next ? h('span', 'carry-on', link, h('span', 'meta', next.why)) : link);
}

export interface LessonMeterProps {
	lesson: CatalogueLesson;
	catalogue: Catalogue;
}

/** A lesson's progress on the course map: a bar, and the same in words. */
export function drawLessonMeter(root: HTMLElement, { lesson, catalogue }: LessonMeterProps, progress: Progress): void {
	const { done, total } = lessonProgress(lesson, catalogue, progress);
	const fill = h('span', '');
	// A style property set from script: the content-security policy allows no style in the HTML.
	fill.style.transform = `scaleX(${total === 0 ? 0 : done / total})`;
	const bar = h('span', 'meter', fill);
	bar.setAttribute('aria-hidden', 'true');
	root.replaceChildren(
		bar,
		h('span', 'meta', `${done === total && total > 0 ? 'Done: ' : 'Your progress: '}${done} of ${total} (${lessonProgressParts(lesson)})`),
	);
}

/** On a lesson's card: done or not, and how its knowledge check went. */
export function drawLessonStatus(root: HTMLElement, { lessonId }: { lessonId: string }, progress: Progress): void {
	const read = progress.lessons[lessonId];
	const check = progress.quizzes[lessonId];
	const done = read || check ? h('span', 'status done', tick(), read ? 'Read' : 'Started') : h('span', 'status todo', 'Not started');
	if (!check) root.replaceChildren(done);
	else {
		const { correct, total } = check.best;
		root.replaceChildren(
			done,
			h('span', 'status', check.passedAt ? `Knowledge check passed (${correct} of ${total})` : `Knowledge check: ${correct} of ${total}, not passed yet`),
		);
	}
}

/** On a role-play's card: not played yet, or the best score and outcome, and whether it is passed in assessment. */
export function drawRolePlayStatus(root: HTMLElement, { scenarioId }: { scenarioId: string }, progress: Progress): void {
	const { best, passedInAssessment } = rolePlayRecord(scenarioId, progress);
	if (!best) root.replaceChildren(h('span', 'status todo', 'Not played yet'));
	else {
		const score = h('span', `status band-${best.band}`, `Best: ${best.score} / 100, ${bandText[best.band]}`);
		root.replaceChildren(score, ...(passedInAssessment ? [h('span', 'status done', tick(), 'Passed in assessment')] : []));
	}
}
