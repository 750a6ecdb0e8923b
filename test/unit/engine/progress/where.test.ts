import { describe, expect, test } from 'vitest';
import {
	heroAction,
	hasStarted,
	lessonMeter,
	lessonProgress,
	lessonProgressParts,
	lessonStatus,
	nextStep,
	rolePlayRecord,
	rolePlayStatus,
} from '../../../../src/engine/progress/where.ts';
import { attempt, catalogue, day, progress } from './fixtures.ts';

const quiz = (correct: number, passedAt: string | null) => ({
	firstDoneAt: day(2),
	lastDoneAt: day(2),
	last: { correct, total: 5 },
	best: { correct, total: 5 },
	passedAt,
});

describe('where a learner stands', () => {
	test('a new learner has no "next": the page’s own "Start with" stands', () => {
		expect(hasStarted(progress())).toBe(false);
		expect(nextStep(catalogue, progress(), '/certificate/')).toBeNull();
	});

	test('next is the first thing the certificate still needs, in course order, with why', () => {
		const started = progress({ lessons: { basics: { readAt: day(1) } } });
		expect(nextStep(catalogue, started, '/certificate/')).toEqual({
			verb: 'Read and check',
			title: 'Handling a complaint',
			href: '/lessons/handling-a-complaint/',
			why: 'Read the lesson, then pass its knowledge check.',
		});
		const checked = progress({ lessons: { basics: { readAt: day(1) } }, quizzes: { 'handling-a-complaint': quiz(5, day(2)) } });
		expect(nextStep(catalogue, checked, '/certificate/')).toMatchObject({ verb: 'Play', title: 'The engineer who came at four' });
		const practised = { ...checked, attempts: [attempt({ mode: 'assessment', score: 30, band: 'lost' })] };
		expect(nextStep(catalogue, practised, '/certificate/')).toMatchObject({
			verb: 'Play again',
			why: 'Your best in assessment mode is 30 / 100: the certificate needs a pass.',
		});
		const done = { ...checked, attempts: [attempt({ mode: 'assessment', score: 85, band: 'recovered' })] };
		expect(nextStep(catalogue, done, '/certificate/')).toEqual({
			verb: 'Print',
			title: 'your certificate',
			href: '/certificate/',
			why: 'Everything the certificate needs is done.',
		});
	});

	test('a lesson’s progress counts reading, its knowledge check and its assessed role-plays', () => {
		const lesson = catalogue.lessons[1]!;
		expect(lessonProgress(lesson, catalogue, progress())).toEqual({ done: 0, total: 3 });
		const p = progress({ lessons: { [lesson.id]: { readAt: day(1) } }, quizzes: { [lesson.id]: quiz(4, day(2)) } });
		expect(lessonProgress(lesson, catalogue, p)).toEqual({ done: 2, total: 3 });
		expect(lessonProgress(catalogue.lessons[0]!, catalogue, progress({ lessons: { basics: { readAt: day(1) } } }))).toEqual({ done: 1, total: 1 });
	});

	test('a role-play’s record: its best in any mode, and whether it is passed in assessment', () => {
		const p = progress({ attempts: [attempt({ mode: 'practice', score: 90, band: 'recovered' }), attempt({ mode: 'assessment', score: 40, band: 'lost' })] });
		expect(rolePlayRecord('broadband-outage', p)).toMatchObject({ attempts: 2, best: { score: 90 }, passedInAssessment: false });
		expect(rolePlayRecord('restaurant-booking', p)).toEqual({ attempts: 0, best: undefined, passedInAssessment: false });
	});
});

test('a lesson meter says what it counts', () => {
	const lesson = { id: 'x', title: 'X', href: '/x/', assessedBy: ['a', 'b'], quizQuestions: 5 };
	expect(lessonProgressParts(lesson)).toBe('read it, pass its knowledge check, pass 2 role-plays in assessment mode');
	expect(lessonProgressParts({ ...lesson, assessedBy: [], quizQuestions: 0 })).toBe('read it');
});

describe('what the home page and the lists show', () => {
	const first = { title: 'Basics', href: '/lessons/basics/' };

	test('the first button: "Start with" for a new learner, "Carry on" with why for a returning one', () => {
		expect(heroAction(catalogue, first, '/certificate/', progress())).toEqual({ text: 'Start with “Basics”', href: '/lessons/basics/' });
		expect(heroAction(catalogue, first, '/certificate/', progress({ lessons: { basics: { readAt: day(1) } } }))).toEqual({
			text: 'Carry on: Read and check “Handling a complaint”',
			href: '/lessons/handling-a-complaint/',
			why: 'Read the lesson, then pass its knowledge check.',
		});
	});

	test('a lesson’s meter: the share done and the same in words', () => {
		const lesson = catalogue.lessons[1]!;
		expect(lessonMeter(lesson, catalogue, progress())).toEqual({
			share: 0,
			text: 'Your progress: 0 of 3 (read it, pass its knowledge check, pass 1 role-play in assessment mode)',
		});
		const done = progress({
			lessons: { [lesson.id]: { readAt: day(1) } },
			quizzes: { [lesson.id]: quiz(5, day(2)) },
			attempts: [attempt({ mode: 'assessment', score: 90, band: 'recovered' })],
		});
		expect(lessonMeter(lesson, catalogue, done)).toMatchObject({ share: 1, text: expect.stringMatching(/^Done: 3 of 3 /) });
	});

	test('a lesson’s card: not started, started by its check, read, and the check passed or not yet', () => {
		const id = 'handling-a-complaint';
		expect(lessonStatus(id, progress())).toEqual([{ text: 'Not started', mark: 'todo' }]);
		expect(lessonStatus(id, progress({ quizzes: { [id]: quiz(2, null) } }))).toEqual([
			{ text: 'Started', mark: 'done' },
			{ text: 'Knowledge check: 2 of 5, not passed yet', mark: 'plain' },
		]);
		expect(lessonStatus(id, progress({ lessons: { [id]: { readAt: day(1) } }, quizzes: { [id]: quiz(4, day(2)) } }))).toEqual([
			{ text: 'Read', mark: 'done' },
			{ text: 'Knowledge check passed (4 of 5)', mark: 'plain' },
		]);
	});

	test('a role-play’s card: not played, the best with its outcome, and a pass in assessment', () => {
		expect(rolePlayStatus('broadband-outage', progress())).toEqual([{ text: 'Not played yet', mark: 'todo' }]);
		const practice = attempt({ score: 95, band: 'recovered' });
		expect(rolePlayStatus('broadband-outage', progress({ attempts: [practice] }))).toEqual([{ text: 'Best: 95 / 100, Recovered', mark: 'band-recovered' }]);
		const assessed = attempt({ score: 75, band: 'recovered', mode: 'assessment' });
		expect(rolePlayStatus('broadband-outage', progress({ attempts: [practice, assessed] }))).toEqual([
			{ text: 'Best: 95 / 100, Recovered', mark: 'band-recovered' },
			{ text: 'Passed in assessment', mark: 'done' },
		]);
	});
});
