import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizQuestion } from '../schemas/quiz.ts';
import { QUIZ_PASS_SHARE, quizProgress, verdictLabel, type QuestionState } from '../engine/quiz.ts';
import { $quiz, $quizResult, checkQuestion, pickAnswer, resetQuiz, type QuizRun } from '../stores/quiz.ts';

export interface StepLink {
	href: string;
	label: string;
}

interface Props {
	/** The lesson this check belongs to: its result is recorded under this id. */
	lessonId: string;
	questions: QuizQuestion[];
	/** Where each step a question tests is taught on this page, by step id. */
	stepLinks: Record<string, StepLink>;
}

/**
 * The knowledge check at the end of a lesson: a group of answers per question, marked by the
 * engine (src/engine/quiz.ts) when the learner presses "Check answer".
 */
export default function KnowledgeCheck({ lessonId, questions, stepLinks }: Props) {
	const state = useStore($quiz);
	const result = useStore($quizResult);
	// A new run remounts the questions, so the radios (read from the DOM) start empty.
	const [run, setRun] = useState(0);
	useEffect(() => () => resetQuiz(), []);
	const progress = quizProgress(questions, state);
	const again = () => {
		resetQuiz();
		setRun(run + 1);
	};
	// A fresh run starts at the first question, so keyboard and screen-reader users are not left on the page's top.
	const list = useRef<HTMLOListElement>(null);
	useLayoutEffect(() => {
		if (run > 0) list.current?.focus();
	}, [run]);
	return (
		<div class="knowledge-check">
			<ol class="kc-questions" key={run} ref={list} tabIndex={-1} aria-label="Questions">
				{questions.map((question, index) => (
					<Question
						key={question.id}
						lessonId={lessonId}
						questions={questions}
						question={question}
						number={index + 1}
						state={state[question.id]}
						stepLinks={stepLinks}
					/>
				))}
			</ol>
			<div class="kc-summary" aria-live="polite">
				{result ? (
					<RunResult result={result} onAgain={again} />
				) : (
					progress.checked > 0 && (
						<p class="kc-progress">
							Answered so far: {progress.checked} of {progress.total}. Your first answer to each question is the one that counts.
						</p>
					)
				)}
			</div>
		</div>
	);
}

function RunResult({ result, onAgain }: { result: QuizRun; onAgain: () => void }) {
	const needed = Math.ceil(QUIZ_PASS_SHARE * result.total);
	return (
		<div class={`kc-result-summary ${result.passed ? 'kc-passed' : 'kc-not-passed'}`}>
			<p>
				<strong>
					{result.passed ? 'Passed' : 'Not passed yet'}: {result.correct} of {result.total} right first time.
				</strong>{' '}
				{result.passed
					? 'This counts towards your certificate, and is saved in your progress.'
					: `The certificate needs ${needed} of ${result.total} right first time. Reread the lesson above, then try the check again.`}
			</p>
			<button type="button" class="button secondary" onClick={onAgain}>
				Try the check again
			</button>
		</div>
	);
}

interface QuestionProps {
	lessonId: string;
	questions: QuizQuestion[];
	question: QuizQuestion;
	number: number;
	state: QuestionState | undefined;
	stepLinks: Record<string, StepLink>;
}

function Question({ lessonId, questions, question, number, state, stepLinks }: QuestionProps) {
	const answers = useRef<HTMLFieldSetElement>(null);
	const marked = state?.marked;
	const links = question.steps.map((id) => stepLinks[id]).filter((link): link is StepLink => link !== undefined);

	// The radios are left uncontrolled and read from the DOM: an answer picked before the
	// island hydrated is still there, and still counts. (No <form>: submitting one before
	// hydration would reload the page.) Focus stays on the button, which stays put; the
	// feedback appears just after it and is announced. With no answer chosen, focus goes
	// to the answers instead.
	const check = () => {
		const chosen = answers.current?.querySelector<HTMLInputElement>('input:checked');
		checkQuestion(lessonId, questions, question, chosen?.value);
		if (!chosen) answers.current?.querySelector<HTMLInputElement>('input')?.focus();
	};

	return (
		<li class="kc-question" data-verdict={marked?.verdict}>
			<fieldset ref={answers}>
				<legend>
					<span class="kc-number">
						Question {number} of {questions.length}
					</span>{' '}
					{question.prompt}
				</legend>
				{question.options.map((option) => (
					<label key={option.id} class="kc-option" data-chosen={marked?.optionId === option.id ? marked.verdict : undefined}>
						<input type="radio" name={`kc-${question.id}`} value={option.id} onChange={() => pickAnswer(question.id, option.id)} />
						<span>{option.text}</span>
					</label>
				))}
			</fieldset>
			<button type="button" class="button secondary kc-check" onClick={check}>
				Check answer
			</button>
			<div class="kc-feedback" aria-live="polite">
				{marked && (
					<div class={`kc-result kc-${marked.verdict}`}>
						<p>
							<strong class="kc-verdict">{verdictLabel[marked.verdict]}</strong> {marked.feedback}
						</p>
						{marked.verdict !== 'no-answer' && links.length > 0 && (
							<p class="kc-revisit">
								Revisit{' '}
								{links.map((link, index) => (
									<span key={link.href}>
										{index > 0 && ' and '}
										<a href={link.href}>{link.label}</a>
									</span>
								))}
								.
							</p>
						)}
						{marked.verdict === 'incorrect' && <p class="kc-retry">You can check another answer to learn from it; your first answer is the one that counts.</p>}
					</div>
				)}
			</div>
		</li>
	);
}
