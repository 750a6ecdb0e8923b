import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Scenario } from '../schemas/scenario.ts';
import { choose, start, type SimState } from '../engine/runner.ts';

/**
 * The role-play being played on this page, and the learner's remembered mode.
 * Actions sit beside the stores; they call the engine, which owns every rule.
 */

export type Mode = 'practice' | 'assessment';

/** Practice shows consequences after each choice; assessment saves them for the debrief. Remembered across visits. */
export const $mode = persistentAtom<Mode>('make-good:mode', 'practice', {
	encode: (mode) => mode,
	// A stored value from elsewhere (or tampered with) falls back to the default rather than breaking the page.
	decode: (stored) => (stored === 'assessment' ? 'assessment' : 'practice'),
});

export function setMode(mode: Mode): void {
	$mode.set(mode);
}

/** The simulation state, or null before the learner starts. */
export const $rolePlay = atom<SimState | null>(null);

export function beginRolePlay(scenario: Scenario): void {
	$rolePlay.set(start(scenario));
}

export function makeChoice(scenario: Scenario, choiceId: string): void {
	const state = $rolePlay.get();
	if (!state || state.ended) return;
	$rolePlay.set(choose(scenario, state, choiceId));
}

export function leaveRolePlay(): void {
	$rolePlay.set(null);
}
