import { beforeEach, describe, expect, test } from 'vitest';
import { $quiz, checkQuestion, pickAnswer, resetQuiz } from '../../../src/stores/quiz.ts';

const question = {
	id: 'q',
	options: [
		{ id: 'right', text: 'Right', correct: true, feedback: 'Because.' },
		{ id: 'wrong', text: 'Wrong', correct: false, feedback: 'Because not.' },
	],
};

beforeEach(() => resetQuiz());

describe('$quiz actions call the engine', () => {
	test('checking an answer stores the engine’s marking', () => {
		checkQuestion(question, 'wrong');
		expect($quiz.get()).toEqual({ q: { selected: 'wrong', marked: { verdict: 'incorrect', optionId: 'wrong', feedback: 'Because not.' } } });
	});

	test('picking another answer clears the marking; reset clears everything', () => {
		checkQuestion(question, 'wrong');
		pickAnswer('q', 'right');
		expect($quiz.get()).toEqual({ q: { selected: 'right' } });
		resetQuiz();
		expect($quiz.get()).toEqual({});
	});
});
