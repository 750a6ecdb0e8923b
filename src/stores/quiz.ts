import { atom } from 'nanostores';
import type { QuizQuestion } from '../schemas/quiz.ts';
import { checkAnswer, quizResult, selectOption, type QuizState } from '../engine/quiz.ts';

/**
 * The knowledge check on this page: what the learner picked and what each check said.
 * A run ends when every question has a first answer; its result (first answers only) is
 * recorded in the learner's progress, where it counts towards the certificate.
 */
export const $quiz = atom<QuizState>({});

export interface QuizRun {
	correct: number;
	total: number;
	passed: boolean;
}

/** The result of this run, once every question has been answered; null before. */
export const $quizResult = atom<QuizRun | null>(null);

export function pickAnswer(questionId: string, optionId: string): void {
	$quiz.set(selectOption($quiz.get(), questionId, optionId));
}

/** `optionId` is what the form holds, so an answer picked before the island hydrated still counts. */
export function checkQuestion(
	lessonId: string,
	questions: readonly Pick<QuizQuestion, 'id' | 'options'>[],
	question: Pick<QuizQuestion, 'id' | 'options'>,
	optionId: string | undefined,
): void {
	const next = checkAnswer($quiz.get(), question, optionId);
	$quiz.set(next);
	const result = $quizResult.get() ? undefined : quizResult(questions, next);
	if (!result) return;
	$quizResult.set(result);
	// The progress store is loaded only when there is a result to record, as for drills.
	void import('./progress.ts').then(({ recordQuiz }) => recordQuiz(lessonId, result.correct, result.total, result.passed));
}

/** A fresh run: answers, markings and the result forgotten (the recorded result stays in progress). */
export function resetQuiz(): void {
	$quiz.set({});
	$quizResult.set(null);
}
