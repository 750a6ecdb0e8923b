import { beforeEach, describe, expect, test } from 'vitest';
import { $quiz, $quizResult, checkQuestion, pickAnswer, resetQuiz } from '../../../src/stores/quiz.ts';

const question = {
	id: 'q',
	options: [
		{ id: 'right', text: 'Right', correct: true, feedback: 'Because.' },
		{ id: 'wrong', text: 'Wrong', correct: false, feedback: 'Because not.' },
	],
};

const other = {
	id: 'other',
	options: [
		{ id: 'yes', text: 'Yes', correct: true, feedback: 'Yes.' },
		{ id: 'no', text: 'No', correct: false, feedback: 'No.' },
	],
};

beforeEach(() => resetQuiz());

describe('$quiz actions call the engine', () => {
	test('checking an answer stores the engine’s marking', () => {
		checkQuestion('lesson', [question, other], question, 'wrong');
		expect($quiz.get()).toEqual({
			q: { selected: 'wrong', marked: { verdict: 'incorrect', optionId: 'wrong', feedback: 'Because not.' }, first: 'incorrect' },
		});
		expect($quizResult.get()).toBeNull();
	});

	test('picking another answer clears the marking; reset clears everything', () => {
		checkQuestion('lesson', [question], question, 'wrong');
		pickAnswer('q', 'right');
		expect($quiz.get()).toEqual({ q: { selected: 'right', first: 'incorrect' } });
		resetQuiz();
		expect($quiz.get()).toEqual({});
		expect($quizResult.get()).toBeNull();
	});

	test('the run’s result is set once every question has a first answer, and a later correction does not change it', () => {
		checkQuestion('lesson', [question, other], question, 'right');
		checkQuestion('lesson', [question, other], other, 'no');
		expect($quizResult.get()).toEqual({ correct: 1, total: 2, passed: false });
		checkQuestion('lesson', [question, other], other, 'yes');
		expect($quizResult.get()).toEqual({ correct: 1, total: 2, passed: false });
	});
});
