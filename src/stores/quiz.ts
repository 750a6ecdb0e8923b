import { atom } from 'nanostores';
import type { QuizQuestion } from '../schemas/quiz.ts';
import { checkAnswer, selectOption, type QuizState } from '../engine/quiz.ts';

/**
 * The knowledge check on this page: what the learner picked and what each check said.
 * Not persisted: a knowledge check is for the moment, and a fresh visit starts fresh.
 */
export const $quiz = atom<QuizState>({});

export function pickAnswer(questionId: string, optionId: string): void {
	$quiz.set(selectOption($quiz.get(), questionId, optionId));
}

/** `optionId` is what the form holds, so an answer picked before the island hydrated still counts. */
export function checkQuestion(question: Pick<QuizQuestion, 'id' | 'options'>, optionId: string | undefined): void {
	$quiz.set(checkAnswer($quiz.get(), question, optionId));
}

export function resetQuiz(): void {
	$quiz.set({});
}
