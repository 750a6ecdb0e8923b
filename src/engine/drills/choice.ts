/**
 * The rules shared by the one-answer drills (classify the failure, open or closed,
 * route the fact-finding): one item at a time, pick an option, see feedback, move on,
 * then a score. The drill-specific data is turned into this shape at build time
 * (build.ts), so the browser only ever runs this one small engine.
 */

export interface ChoiceOption {
	id: string;
	label: string;
	/** A line under the label, e.g. what the kind of failure means. */
	hint?: string;
	/** Shown instead of the plain "not quite" when this option is picked wrongly (e.g. right people, wrong order). */
	mistake?: string;
}

export interface ChoiceExtra {
	label: string;
	text: string;
	/** Guidance the sources do not contain: shown with the "Added guidance" badge. */
	added?: boolean;
}

export interface ChoiceItem {
	id: string;
	/** A short line above the prompt, e.g. the industry or the situation. */
	context?: string;
	prompt: string;
	/** Show the prompt as something said aloud (a question a member of staff asks). */
	spoken?: boolean;
	/** The id of the right option. */
	answer: string;
	explanation: string;
	/** Further notes shown with the feedback, e.g. "A better version". */
	extras: ChoiceExtra[];
}

export interface ChoiceDrill {
	id: string;
	/** Asked of every item, e.g. "Which kind of service failure is this?" */
	question: string;
	/** "Incident", as in "Incident 2 of 10". */
	itemLabel: string;
	options: ChoiceOption[];
	items: ChoiceItem[];
}

export interface ChoiceDrillState {
	drillId: string;
	/** The item on screen; equal to the number of items once the drill is finished. */
	index: number;
	/** The option picked for each item answered so far, in item order. */
	answers: string[];
}

export type ChoicePhase = 'asking' | 'feedback' | 'done';

export function startChoiceDrill(drillId: string): ChoiceDrillState {
	return { drillId, index: 0, answers: [] };
}

export function phase(drill: ChoiceDrill, state: ChoiceDrillState): ChoicePhase {
	if (state.index >= drill.items.length) return 'done';
	return state.answers.length > state.index ? 'feedback' : 'asking';
}

/** Records the answer to the current item. An item is answered once; unknown options are ignored. */
export function answer(drill: ChoiceDrill, state: ChoiceDrillState, optionId: string): ChoiceDrillState {
	if (phase(drill, state) !== 'asking' || !drill.options.some((o) => o.id === optionId)) return state;
	return { ...state, answers: [...state.answers, optionId] };
}

/** Moves on from the feedback to the next item, or to the score after the last. */
export function nextItem(drill: ChoiceDrill, state: ChoiceDrillState): ChoiceDrillState {
	if (phase(drill, state) !== 'feedback') return state;
	return { ...state, index: state.index + 1 };
}

export function isCorrect(item: ChoiceItem, optionId: string | undefined): boolean {
	return optionId === item.answer;
}

/** Right answers so far, out of the items answered. */
export function choiceScore(drill: ChoiceDrill, state: ChoiceDrillState): { correct: number; total: number } {
	const correct = state.answers.filter((optionId, i) => drill.items[i] && isCorrect(drill.items[i], optionId)).length;
	return { correct, total: state.answers.length };
}

/** What to say after an answer: the option's own "mistake" note when it has one, else a plain verdict. */
export function feedbackFor(
	drill: ChoiceDrill,
	item: ChoiceItem,
	optionId: string,
): { correct: boolean; verdict: string; answerLabel: string; mistake?: string } {
	const correct = isCorrect(item, optionId);
	const answerLabel = drill.options.find((o) => o.id === item.answer)?.label ?? item.answer;
	const mistake = correct ? undefined : drill.options.find((o) => o.id === optionId)?.mistake;
	return { correct, verdict: correct ? 'Right' : 'Not quite', answerLabel, ...(mistake ? { mistake } : {}) };
}
