import { atom, onMount } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { choose, start, type PathStep, type SimState } from '../engine/runner.ts';
import type { Mode } from '../engine/progress/model.ts';
import { discardRolePlay, recordAttempt, saveRolePlay } from './progress.ts';

/**
 * The role-play being played on this page, and the learner's remembered mode.
 * Actions sit beside the stores; they call the engine, which owns every rule, and the
 * progress store, which remembers a role-play left part-way and every one finished.
 */

export type { Mode };

/** The role-play on this page and the procedure it is scored against. */
export interface Play {
	scenario: Scenario;
	procedure: Procedure;
	/** A play-test of a draft (the studio): nothing is saved to the learner's progress. */
	trial?: boolean;
	/** The certificate asks for this role-play, passed in assessment mode. */
	forCertificate?: boolean;
}

/** The remembered choice, in storage so it carries across visits. */
const $rememberedMode = persistentAtom<Mode>('make-good:mode', 'practice', {
	encode: (mode) => mode,
	// A stored value from elsewhere (or tampered with) falls back to the default rather than breaking the page.
	decode: (stored) => (stored === 'assessment' ? 'assessment' : 'practice'),
});

/** Practice shows consequences after each choice; assessment saves them for the debrief. Follows the remembered choice. */
export const $mode = atom<Mode>('practice');
onMount($mode, () => $rememberedMode.subscribe((mode) => $mode.set(mode)));

/** The choice holds on this page even when storage refuses to remember it (full, or blocked). */
export function setMode(mode: Mode): void {
	$mode.set(mode);
	try {
		$rememberedMode.set(mode);
	} catch {
		// Not remembered for the next visit; the storage notice on the page already says why.
	}
}

/** The simulation state, or null before the learner starts. */
export const $rolePlay = atom<SimState | null>(null);

/** The mode of the role-play being played (fixed when it starts or resumes). */
export const $playMode = atom<Mode>('practice');

/**
 * In practice mode, the choice whose consequence is on screen: the conversation moves on
 * only when the learner has read it (continueRolePlay). Null otherwise.
 */
export const $consequence = atom<PathStep | null>(null);

/** Starts from the beginning, in the mode chosen now; anything left part-way on this role-play is forgotten. */
export function beginRolePlay({ scenario, trial }: Play): void {
	$playMode.set($mode.get());
	$consequence.set(null);
	$rolePlay.set(start(scenario));
	if (!trial) discardRolePlay(scenario.id);
}

/** Picks up a role-play left part-way, from the state the engine rebuilt (see resumeOffer). */
export function resumeRolePlay(state: SimState, mode: Mode): void {
	$playMode.set(mode);
	$consequence.set(null);
	$rolePlay.set(state);
}

/**
 * One choice. Resolves once the choice is saved; when it ends the role-play, once the
 * attempt is scored and recorded (the scoring code loads only then, keeping it off the
 * page until the debrief needs it).
 */
export async function makeChoice({ scenario, procedure, trial }: Play, choiceId: string): Promise<void> {
	const state = $rolePlay.get();
	if (!state || state.ended) return;
	const next = choose(scenario, state, choiceId);
	const mode = $playMode.get();
	$consequence.set(mode === 'practice' ? next.path.at(-1)! : null);
	$rolePlay.set(next);
	if (trial) return;
	if (next.ended) {
		const { score } = await import('../engine/scoring.ts');
		recordAttempt({ scenarioId: scenario.id, procedureId: procedure.id, mode, path: next.path, result: score(procedure, scenario, next.path) });
	} else {
		saveRolePlay(scenario.id, mode, next.path);
	}
}

/** The learner has read the consequence: on to the next turn (or the debrief). */
export function continueRolePlay(): void {
	$consequence.set(null);
}

export function leaveRolePlay(): void {
	$consequence.set(null);
	$rolePlay.set(null);
}
