import type { QuizQuestion } from '../schemas/quiz.ts';
import type { Procedure } from '../schemas/procedure.ts';
import { stepAnchor } from './procedure.ts';

/**
 * The knowledge-check rules: marking an answer and moving the check's state on.
 * Pure, so the island, the store and the tests share one set of rules.
 */

export type Verdict = 'correct' | 'incorrect' | 'no-answer';

/** What the learner is told after pressing "Check answer". */
export interface Marked {
	verdict: Verdict;
	/** The option that was checked; absent when nothing was chosen. */
	optionId?: string;
	/** Why the chosen answer is right or wrong, or what to do when nothing was chosen. */
	feedback: string;
}

/** One question's state: the option picked, the marking once checked, and the first answer's verdict. */
export interface QuestionState {
	selected?: string;
	marked?: Marked;
	/** The verdict on the first answer checked in this run: the one that counts towards the result. */
	first?: 'correct' | 'incorrect';
}

/** The share of questions a run must get right first time to pass (4 of 5). */
export const QUIZ_PASS_SHARE = 0.8;

/** Question id → its state. Questions not yet touched have no entry. */
export type QuizState = Readonly<Record<string, QuestionState>>;

type Question = Pick<QuizQuestion, 'id' | 'options'>;

export const noAnswerFeedback = 'Choose one of the answers first, then check it.';

/** The short verdict shown before the feedback: words, never colour alone. */
export const verdictLabel: Record<Verdict, string> = {
	correct: 'Correct.',
	incorrect: 'Not quite.',
	'no-answer': 'No answer chosen.',
};

/**
 * Marks one answer. Nothing chosen is not wrong, just not yet an answer. An option id
 * the question does not have is a programming error, so it throws.
 */
export function markAnswer(question: Question, optionId: string | undefined): Marked {
	if (optionId === undefined) return { verdict: 'no-answer', feedback: noAnswerFeedback };
	const option = question.options.find((candidate) => candidate.id === optionId);
	if (!option) throw new Error(`Question "${question.id}" has no option "${optionId}".`);
	return { verdict: option.correct ? 'correct' : 'incorrect', optionId, feedback: option.feedback };
}

/** Picking an answer. A different pick clears the old marking, which was about another answer. */
export function selectOption(state: QuizState, questionId: string, optionId: string): QuizState {
	const current = state[questionId];
	if (current?.selected === optionId) return state;
	return { ...state, [questionId]: { selected: optionId, ...(current?.first ? { first: current.first } : {}) } };
}

/** Checking an answer: marks `optionId` (what the form holds) and remembers it as the pick. */
export function checkAnswer(state: QuizState, question: Question, optionId: string | undefined): QuizState {
	const marked = markAnswer(question, optionId);
	const before = state[question.id]?.first;
	const first = before ?? (marked.verdict === 'no-answer' ? undefined : marked.verdict);
	return { ...state, [question.id]: { ...(optionId === undefined ? {} : { selected: optionId }), marked, ...(first ? { first } : {}) } };
}

/** A finished run: every question answered, scored on first answers. Undefined until every question has one. */
export function quizResult(questions: readonly Pick<QuizQuestion, 'id'>[], state: QuizState): { correct: number; total: number; passed: boolean } | undefined {
	const firsts = questions.map((question) => state[question.id]?.first);
	if (questions.length === 0 || firsts.some((first) => first === undefined)) return undefined;
	const correct = firsts.filter((first) => first === 'correct').length;
	return { correct, total: questions.length, passed: correct >= Math.ceil(QUIZ_PASS_SHARE * questions.length) };
}

/** How far the learner has got: questions answered correctly, and questions checked with an answer. */
export function quizProgress(questions: readonly Pick<QuizQuestion, 'id'>[], state: QuizState): { correct: number; checked: number; total: number } {
	const marks = questions.map((question) => state[question.id]?.marked).filter((marked) => marked && marked.verdict !== 'no-answer');
	return { correct: marks.filter((marked) => marked!.verdict === 'correct').length, checked: marks.length, total: questions.length };
}

/**
 * Where a lesson's knowledge check sends the learner to revisit a step: the step in the
 * lesson's own StepList, on the same page ("#issue-resolution-steps-reiterate").
 */
export function lessonStepLinks(
	procedure: Pick<Procedure, 'id' | 'checks' | 'steps'>,
	stepIds: readonly string[],
): Record<string, { href: string; label: string }> {
	const links: Record<string, { href: string; label: string }> = {};
	for (const id of stepIds) {
		const part = procedure.checks.some((check) => check.id === id) ? 'checks' : 'steps';
		const step = procedure[part].find((candidate) => candidate.id === id);
		if (step) links[id] = { href: `#${stepAnchor(procedure.id, part, id)}`, label: `${part === 'checks' ? 'check' : 'step'} ${step.order}: ${step.title}` };
	}
	return links;
}
