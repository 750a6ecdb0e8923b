import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import KnowledgeCheck from '../../../src/widgets/KnowledgeCheck.tsx';
import { loadQuizzes } from '../../unit/content/load-content.ts';

/** The knowledge check as a learner uses it: first answers count, and the run's result is said plainly. */
afterEach(cleanup);

const { quiz } = loadQuizzes().find(({ quiz }) => quiz.id === 'handling-a-complaint')!;
const correctOf = (question: (typeof quiz.questions)[number]) => question.options.find((o) => o.correct)!;
const wrongOf = (question: (typeof quiz.questions)[number]) => question.options.find((o) => !o.correct)!;

/** Picks an answer and checks it; waits until the question shows its marking. */
async function answer(questionIndex: number, optionText: string) {
	const item = screen.getAllByRole('group')[questionIndex]!.closest('li')!;
	fireEvent.click(within(item).getByRole('radio', { name: optionText }));
	const before = item.querySelector('.kc-feedback')!.textContent;
	fireEvent.click(within(item).getByRole('button', { name: 'Check answer' }));
	await waitFor(() => expect(item.querySelector('.kc-feedback')!.textContent).not.toBe(before));
	return item;
}

test('a right answer after a wrong one is feedback, not a pass: the first answer counts', async () => {
	render(<KnowledgeCheck lessonId={quiz.id} questions={quiz.questions} stepLinks={{}} />);
	const first = quiz.questions[0]!;
	const item = await answer(0, wrongOf(first).text);
	expect(item.textContent).toContain('Not quite.');
	expect(item.textContent).toContain('your first answer is the one that counts');
	await answer(0, correctOf(first).text);
	expect(item.textContent).toContain('Correct.');
	for (const [i, question] of quiz.questions.slice(1).entries()) await answer(i + 1, correctOf(question).text);
	const total = quiz.questions.length;
	await waitFor(() => expect(document.querySelector('.kc-summary')!.textContent).toContain(`Passed: ${total - 1} of ${total} right first time.`));
});

test('too few right first time is "not passed yet", says what the certificate needs, and offers a fresh run', async () => {
	render(<KnowledgeCheck lessonId={quiz.id} questions={quiz.questions} stepLinks={{}} />);
	for (const [i, question] of quiz.questions.entries()) await answer(i, (i < 2 ? correctOf(question) : wrongOf(question)).text);
	const summary = document.querySelector('.kc-summary')!;
	await waitFor(() => expect(summary.textContent).toContain(`Not passed yet: 2 of ${quiz.questions.length} right first time.`));
	expect(summary.textContent).toContain('The certificate needs 4 of 5 right first time.');
	fireEvent.click(within(summary as HTMLElement).getByRole('button', { name: 'Try the check again' }));
	await waitFor(() => expect(document.querySelector('.kc-summary')!.textContent).toBe(''));
	expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
	// Focus moves to the questions, not back to the top of the page.
	expect(document.activeElement).toBe(screen.getByRole('list', { name: 'Questions' }));
});
