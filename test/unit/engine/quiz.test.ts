import { describe, expect, test } from 'vitest';
import {
	checkAnswer,
	lessonStepLinks,
	markAnswer,
	noAnswerFeedback,
	QUIZ_PASS_SHARE,
	quizProgress,
	quizResult,
	selectOption,
	type QuizState,
} from '../../../src/engine/quiz.ts';
import { demoProcedure } from './builders.ts';

const question = {
	id: 'open',
	options: [
		{ id: 'closed', text: 'Was he late?', correct: false, feedback: 'Closed: a yes ends it.' },
		{ id: 'open', text: 'What happened?', correct: true, feedback: 'Open: the story comes out.' },
	],
};
const other = {
	id: 'other',
	options: [
		{ id: 'a', text: 'A', correct: true, feedback: 'Right.' },
		{ id: 'b', text: 'B', correct: false, feedback: 'Wrong.' },
	],
};

describe('markAnswer', () => {
	test('the correct option is marked correct, with its own feedback', () => {
		expect(markAnswer(question, 'open')).toEqual({ verdict: 'correct', optionId: 'open', feedback: 'Open: the story comes out.' });
	});

	test('another option is marked incorrect, with the feedback explaining why', () => {
		expect(markAnswer(question, 'closed')).toEqual({ verdict: 'incorrect', optionId: 'closed', feedback: 'Closed: a yes ends it.' });
	});

	test('no option chosen is not wrong: it asks for an answer', () => {
		expect(markAnswer(question, undefined)).toEqual({ verdict: 'no-answer', feedback: noAnswerFeedback });
	});

	test('an option the question does not have is a programming error', () => {
		expect(() => markAnswer(question, 'nope')).toThrow('Question "open" has no option "nope".');
	});
});

describe('quiz state', () => {
	test('checking records the pick and the marking, and leaves the state passed in untouched', () => {
		const before: QuizState = {};
		const after = checkAnswer(before, question, 'closed');
		expect(after).toEqual({
			open: { selected: 'closed', marked: { verdict: 'incorrect', optionId: 'closed', feedback: 'Closed: a yes ends it.' }, first: 'incorrect' },
		});
		expect(before).toEqual({});
	});

	test('picking a different answer clears the marking, which was about the old one, but not the first answer’s verdict', () => {
		const checked = checkAnswer({}, question, 'closed');
		expect(selectOption(checked, 'open', 'open')).toEqual({ open: { selected: 'open', first: 'incorrect' } });
	});

	test('only the first answer checked counts: a right answer after a wrong one leaves the first verdict', () => {
		const state = checkAnswer(checkAnswer({}, question, 'closed'), question, 'open');
		expect(state['open']).toMatchObject({ marked: { verdict: 'correct' }, first: 'incorrect' });
	});

	test('picking the same answer again keeps the marking', () => {
		const checked = checkAnswer({}, question, 'open');
		expect(selectOption(checked, 'open', 'open')).toBe(checked);
	});

	test('checking with nothing chosen clears an earlier pick', () => {
		const picked = selectOption({}, 'open', 'open');
		expect(checkAnswer(picked, question, undefined)).toEqual({ open: { marked: { verdict: 'no-answer', feedback: noAnswerFeedback } } });
	});

	test('questions keep their own state', () => {
		const state = checkAnswer(checkAnswer({}, question, 'open'), other, 'b');
		expect(state['open']?.marked?.verdict).toBe('correct');
		expect(state['other']?.marked?.verdict).toBe('incorrect');
	});
});

describe('quizResult', () => {
	test('is undefined until every question has a first answer, then scores first answers against the pass share', () => {
		const one = checkAnswer({}, question, 'open');
		expect(quizResult([question, other], one)).toBeUndefined();
		const both = checkAnswer(one, other, 'b');
		expect(quizResult([question, other], both)).toEqual({ correct: 1, total: 2, passed: false });
		// Correcting the wrong answer afterwards does not change the run's result.
		const corrected = checkAnswer(both, other, 'a');
		expect(quizResult([question, other], corrected)).toEqual({ correct: 1, total: 2, passed: false });
	});

	test(`passes at ${QUIZ_PASS_SHARE * 100} % right first time, rounding the questions needed up`, () => {
		const five = ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ ...question, id }));
		const answers = (rightOnes: number) => five.reduce<QuizState>((state, q, i) => checkAnswer(state, q, i < rightOnes ? 'open' : 'closed'), {});
		expect(quizResult(five, answers(4))).toEqual({ correct: 4, total: 5, passed: true });
		expect(quizResult(five, answers(3))).toEqual({ correct: 3, total: 5, passed: false });
	});
});

describe('quizProgress', () => {
	test('counts correct and checked answers; a check with no answer counts as neither', () => {
		const state = checkAnswer(checkAnswer({}, question, 'open'), other, 'b');
		expect(quizProgress([question, other], state)).toEqual({ correct: 1, checked: 2, total: 2 });
		expect(quizProgress([question, other], checkAnswer({}, question, undefined))).toEqual({ correct: 0, checked: 0, total: 2 });
	});

	test('a pick that has not been checked does not count', () => {
		expect(quizProgress([question], selectOption({}, 'open', 'open'))).toEqual({ correct: 0, checked: 0, total: 1 });
	});
});

describe('lessonStepLinks', () => {
	test('links a step or a check to its place in the lesson’s StepList, with its number and title', () => {
		const links = lessonStepLinks(demoProcedure, ['greet', 'check-safe']);
		const greet = demoProcedure.steps.find((step) => step.id === 'greet')!;
		const check = demoProcedure.checks.find((step) => step.id === 'check-safe')!;
		expect(links).toEqual({
			greet: { href: `#${demoProcedure.id}-steps-greet`, label: `step ${greet.order}: ${greet.title}` },
			'check-safe': { href: `#${demoProcedure.id}-checks-check-safe`, label: `check ${check.order}: ${check.title}` },
		});
	});

	test('an id the procedure does not have gets no link', () => {
		expect(lessonStepLinks(demoProcedure, ['nope'])).toEqual({});
	});
});
