import { describe, expect, test } from 'vitest';
import { hasStarted, lessonProgress, lessonProgressParts, nextStep, rolePlayRecord } from '../../../../src/engine/progress/where.ts';
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
