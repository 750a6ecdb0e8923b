import { beforeEach, describe, expect, test } from 'vitest';
import { drawHero, drawLessonMeter, drawLessonStatus, drawRolePlayStatus } from '../../../src/widgets/where/render.ts';
import { attempt, catalogue, day, progress } from '../../unit/engine/progress/fixtures.ts';

/** "Where am I" as the home page and the lists draw it from a learner's progress (plain DOM, no Preact). */
let root: HTMLElement;
beforeEach(() => {
	document.body.innerHTML = '<p id="root"></p>';
	root = document.getElementById('root')!;
});
/** Each status as shown, checked against the whole text so no stray text node goes unseen. */
const texts = () => {
	const parts = [...root.children].map((child) => child.textContent);
	expect(root.textContent).toBe(parts.join(''));
	return parts;
};
const lesson = catalogue.lessons[1]!;
const checkPassed = { firstDoneAt: day(2), lastDoneAt: day(2), last: { correct: 4, total: 5 }, best: { correct: 4, total: 5 }, passedAt: day(2) };

describe('the home page’s first button', () => {
	const props = { catalogue, first: { title: 'Basics', href: '/lessons/basics/' }, certificateHref: '/certificate/' };

	test('a new learner is asked to start with the first lesson', () => {
		drawHero(root, props, progress());
		const link = root.querySelector('a')!;
		expect([link.textContent, link.getAttribute('href')]).toEqual(['Start with “Basics”', '/lessons/basics/']);
	});

	test('a returning learner is told what comes next and why', () => {
		drawHero(root, props, progress({ lessons: { basics: { readAt: day(1) } } }));
		const link = root.querySelector('.carry-on a')!;
		expect([link.textContent, link.getAttribute('href')]).toEqual(['Carry on: Read and check “Handling a complaint”', '/lessons/handling-a-complaint/']);
		expect(root.querySelector('.carry-on .meta')!.textContent).toBe('Read the lesson, then pass its knowledge check.');
	});
});

describe('a lesson’s meter on the course map', () => {
	test('fills by what is done of the lesson’s own requirements, in words as well', () => {
		drawLessonMeter(root, { lesson, catalogue }, progress({ lessons: { [lesson.id]: { readAt: day(1) } }, quizzes: { [lesson.id]: checkPassed } }));
		expect(root.querySelector<HTMLElement>('.meter > span')!.style.transform).toBe(`scaleX(${2 / 3})`);
		expect(root.querySelector('.meter')!.getAttribute('aria-hidden')).toBe('true');
		expect(root.querySelector('.meta')!.textContent).toBe('Your progress: 2 of 3 (read it, pass its knowledge check, pass 1 role-play in assessment mode)');
	});

	test('says "Done" when everything is', () => {
		const passed = attempt({ scenarioId: 'broadband-outage', mode: 'assessment', score: 90, band: 'recovered' });
		drawLessonMeter(
			root,
			{ lesson, catalogue },
			progress({ lessons: { [lesson.id]: { readAt: day(1) } }, quizzes: { [lesson.id]: checkPassed }, attempts: [passed] }),
		);
		expect(root.querySelector('.meta')!.textContent).toMatch(/^Done: 3 of 3 /);
		expect(root.querySelector<HTMLElement>('.meter > span')!.style.transform).toBe('scaleX(1)');
	});
});

describe('a lesson’s card', () => {
	test('not started, read, and the knowledge check passed or not yet', () => {
		drawLessonStatus(root, { lessonId: lesson.id }, progress());
		expect(texts()).toEqual(['Not started']);
		drawLessonStatus(root, { lessonId: lesson.id }, progress({ lessons: { [lesson.id]: { readAt: day(1) } }, quizzes: { [lesson.id]: checkPassed } }));
		expect(texts()).toEqual(['✓ Read', 'Knowledge check passed (4 of 5)']);
		// The tick is for the eye: a screen reader hears "Read".
		expect(root.querySelector('[aria-hidden="true"]')!.textContent).toBe('✓ ');
		drawLessonStatus(root, { lessonId: lesson.id }, progress({ quizzes: { [lesson.id]: { ...checkPassed, best: { correct: 2, total: 5 }, passedAt: null } } }));
		expect(texts()).toEqual(['✓ Started', 'Knowledge check: 2 of 5, not passed yet']);
	});
});

describe('a role-play’s card', () => {
	test('not played, then the best score with its outcome in words, and a pass in assessment marked', () => {
		drawRolePlayStatus(root, { scenarioId: 'broadband-outage' }, progress());
		expect(texts()).toEqual(['Not played yet']);
		const practice = attempt({ score: 95, band: 'recovered', mode: 'practice' });
		drawRolePlayStatus(root, { scenarioId: 'broadband-outage' }, progress({ attempts: [practice] }));
		expect(texts()).toEqual(['Best: 95 / 100, Recovered']);
		expect(root.firstElementChild!.className).toBe('status band-recovered');
		const assessed = attempt({ score: 80, band: 'recovered', mode: 'assessment' });
		drawRolePlayStatus(root, { scenarioId: 'broadband-outage' }, progress({ attempts: [practice, assessed] }));
		expect(texts()).toEqual(['Best: 95 / 100, Recovered', '✓ Passed in assessment']);
	});
});
