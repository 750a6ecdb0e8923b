import { describe, expect, test } from 'vitest';
import { answer, choiceScore, feedbackFor, isCorrect, nextItem, phase, startChoiceDrill, type ChoiceDrill } from '../../../../src/engine/drills/choice.ts';

const drill: ChoiceDrill = {
	id: 'route',
	question: 'Who?',
	itemLabel: 'Complaint',
	options: [
		{ id: 'technical', label: 'Team leader, then engineer' },
		{ id: 'technical-reversed', label: 'Engineer, then team leader', mistake: 'Right people, wrong order.' },
		{ id: 'accounts', label: 'Accounts' },
	],
	items: [
		{ id: 'boiler', prompt: 'Boiler broke', answer: 'technical', explanation: 'Technical.', extras: [] },
		{ id: 'bill', prompt: 'Charged twice', answer: 'accounts', explanation: 'Money.', extras: [] },
	],
};

describe('the one-answer drill', () => {
	test('asks, gives feedback, moves on, and is done after the last item', () => {
		let state = startChoiceDrill('route');
		expect(phase(drill, state)).toBe('asking');
		state = answer(drill, state, 'technical');
		expect(phase(drill, state)).toBe('feedback');
		state = nextItem(drill, state);
		expect([state.index, phase(drill, state)]).toEqual([1, 'asking']);
		state = nextItem(drill, answer(drill, state, 'technical'));
		expect(phase(drill, state)).toBe('done');
		expect(choiceScore(drill, state)).toEqual({ correct: 1, total: 2 });
	});

	test('an item is answered once: a second answer, or an unknown option, changes nothing', () => {
		const answered = answer(drill, startChoiceDrill('route'), 'accounts');
		expect(answer(drill, answered, 'technical')).toBe(answered);
		const fresh = startChoiceDrill('route');
		expect(answer(drill, fresh, 'no-such-option')).toBe(fresh);
	});

	test('"next" does nothing until the current item is answered, or once the drill is done', () => {
		const fresh = startChoiceDrill('route');
		expect(nextItem(drill, fresh)).toBe(fresh);
		let done = startChoiceDrill('route');
		for (const _ of drill.items) done = nextItem(drill, answer(drill, done, 'accounts'));
		expect(nextItem(drill, done)).toBe(done);
		expect(answer(drill, done, 'accounts')).toBe(done);
	});

	test('scores only the items answered so far', () => {
		const state = answer(drill, startChoiceDrill('route'), 'technical');
		expect(choiceScore(drill, state)).toEqual({ correct: 1, total: 1 });
		expect(isCorrect(drill.items[0]!, undefined)).toBe(false);
	});
});

describe('feedbackFor', () => {
	test('right: a plain verdict, no mistake note', () => {
		expect(feedbackFor(drill, drill.items[0]!, 'technical')).toEqual({ correct: true, verdict: 'Right', answerLabel: 'Team leader, then engineer' });
	});

	test('wrong: names the right answer', () => {
		expect(feedbackFor(drill, drill.items[1]!, 'technical')).toEqual({ correct: false, verdict: 'Not quite', answerLabel: 'Accounts' });
	});

	test('wrong with an option that carries its own note (right people, wrong order)', () => {
		expect(feedbackFor(drill, drill.items[0]!, 'technical-reversed').mistake).toBe('Right people, wrong order.');
	});
});
