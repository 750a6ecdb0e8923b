import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuizQuestion } from '../schemas/quiz.ts';
import { quizProgress, verdictLabel, type QuestionState } from '../engine/quiz.ts';
import { $quiz, checkQuestion, pickAnswer, resetQuiz } from '../stores/quiz.ts';

export interface StepLink {
	href: string;
	label: string;
}

interface Props {
	questions: QuizQuestion[];
	/** Where each step a question tests is taught on this page, by step id. */
	stepLinks: Record<string, StepLink>;
}

/**
 * The knowledge check at the end of a lesson: a group of answers per question, marked by the
 * engine (src/engine/quiz.ts) when the learner presses "Check answer".
 */
export default function KnowledgeCheck({ questions, stepLinks }: Props) {
	const state = useStore($quiz);
	useEffect(() => () => resetQuiz(), []);
	const progress = quizProgress(questions, state);
	return (
		<div class="knowledge-check">
			<ol class="kc-questions">
				{questions.map((question, index) => (
					<Question key={question.id} question={question} number={index + 1} total={questions.length} state={state[question.id]} stepLinks={stepLinks} />
				))}
			</ol>
			{progress.checked > 0 && (
				<p class="kc-progress">
					{progress.correct === progress.total
						? `All ${progress.total} answered correctly. Well done.`
						: `Answered correctly so far: ${progress.correct} of ${progress.total}.`}
				</p>
			)}
		</div>
	);
}

interface QuestionProps {
	question: QuizQuestion;
	number: number;
	total: number;
	state: QuestionState | undefined;
	stepLinks: Record<string, StepLink>;
}

function Question({ question, number, total, state, stepLinks }: QuestionProps) {
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
		checkQuestion(question, chosen?.value);
		if (!chosen) answers.current?.querySelector<HTMLInputElement>('input')?.focus();
	};

	return (
		<li class="kc-question" data-verdict={marked?.verdict}>
			<fieldset ref={answers}>
				<legend>
					<span class="kc-number">
						Question {number} of {total}
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
						{marked.verdict === 'incorrect' && <p class="kc-retry">Pick another answer and check again.</p>}
					</div>
				)}
			</div>
		</li>
	);
}
