import type { Catalogue, CatalogueLesson } from '../../engine/progress/catalogue.ts';
import type { Progress } from '../../engine/progress/model.ts';
import { heroAction, lessonMeter, lessonStatus, rolePlayStatus, type StatusLabel } from '../../engine/progress/where.ts';

/**
 * "Where am I" on the home page and the lists, drawn with the DOM itself: these pages carry no
 * Preact (docs/decisions/javascript-budgets.md). What each element says is the engine's
 * (src/engine/progress/where.ts); the build's HTML is the same drawing for a learner with
 * nothing done (src/components/where/), so nothing moves for a new learner.
 */

/** An element with a class and children. */
function h(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
	const element = document.createElement(tag);
	if (className) element.className = className;
	element.append(...children);
	return element;
}

/** A label as a status chip; a tick beside a done one, for the eye only (the words say it). */
function chip({ text, mark }: StatusLabel): HTMLElement {
	if (mark !== 'done') return h('span', mark === 'plain' ? 'status' : `status ${mark}`, text);
	const tick = h('span', '', '✓ ');
	tick.setAttribute('aria-hidden', 'true');
	return h('span', 'status done', tick, text);
}

export interface HeroProps {
	catalogue: Catalogue;
	first: { title: string; href: string };
	certificateHref: string;
}

/** The home page's first button: "Start with…" for a new learner; for a returning one, what to do next, with why. */
export function drawHero(root: HTMLElement, { catalogue, first, certificateHref }: HeroProps, progress: Progress): void {
	const action = heroAction(catalogue, first, certificateHref, progress);
	const link = h('a', 'button', action.text);
	link.setAttribute('href', action.href);
	root.replaceChildren(action.why === undefined ? link : h('span', 'carry-on', link, h('span', 'meta', action.why)));
}

export interface LessonMeterProps {
	lesson: CatalogueLesson;
	catalogue: Catalogue;
}

/** A lesson's progress on the course map: a bar, and the same in words. */
export function drawLessonMeter(root: HTMLElement, { lesson, catalogue }: LessonMeterProps, progress: Progress): void {
	const { share, text } = lessonMeter(lesson, catalogue, progress);
	const fill = h('span', '');
	// A style property set from script: the content-security policy allows no style in the HTML.
	fill.style.transform = `scaleX(${share})`;
	const bar = h('span', 'meter', fill);
	bar.setAttribute('aria-hidden', 'true');
	root.replaceChildren(bar, h('span', 'meta', text));
}

/** On a lesson's card: done or not, and how its knowledge check went. */
export function drawLessonStatus(root: HTMLElement, { lessonId }: { lessonId: string }, progress: Progress): void {
	root.replaceChildren(...lessonStatus(lessonId, progress).map(chip));
}

/** On a role-play's card: not played yet, or the best score and outcome, and whether it is passed in assessment. */
export function drawRolePlayStatus(root: HTMLElement, { scenarioId }: { scenarioId: string }, progress: Progress): void {
	root.replaceChildren(...rolePlayStatus(scenarioId, progress).map(chip));
}
