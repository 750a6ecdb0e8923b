import { atom } from 'nanostores';
import { answer, choiceScore, nextItem, phase, startChoiceDrill, type ChoiceDrill, type ChoiceDrillState } from '../engine/drills/choice.ts';
import { finishDrill } from './drills.ts';

/**
 * The one-answer drill on this page (classify, open or closed, route). Null until the
 * learner first answers: until then the widget shows the engine's starting state.
 */
export const $choiceDrill = atom<ChoiceDrillState | null>(null);

export function choiceDrillState(drill: Pick<ChoiceDrill, 'id'>): ChoiceDrillState {
	const state = $choiceDrill.get();
	return state && state.drillId === drill.id ? state : startChoiceDrill(drill.id);
}

export function answerItem(drill: ChoiceDrill, optionId: string): void {
	$choiceDrill.set(answer(drill, choiceDrillState(drill), optionId));
}

/** Next item; after the last, the drill is finished and its result reported. */
export function goToNextItem(drill: ChoiceDrill): void {
	const state = nextItem(drill, choiceDrillState(drill));
	$choiceDrill.set(state);
	if (phase(drill, state) === 'done') {
		const { correct, total } = choiceScore(drill, state);
		finishDrill(drill.id, correct, total);
	}
}

export function restartChoiceDrill(drill: ChoiceDrill): void {
	$choiceDrill.set(startChoiceDrill(drill.id));
}

export function leaveChoiceDrill(): void {
	$choiceDrill.set(null);
}
