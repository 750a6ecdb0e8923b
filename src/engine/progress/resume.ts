import type { Scenario } from '../../schemas/scenario.ts';
import { replay, type SimState } from '../runner.ts';
import type { InProgress, Mode } from './model.ts';

export type ResumeOffer =
	| { kind: 'none' }
	| { kind: 'resume'; state: SimState; mode: Mode; updatedAt: string }
	/** The role-play was edited since: the stored path no longer fits it. */
	| { kind: 'changed' };

/**
 * Whether a role-play left part-way can be picked up. The stored path is replayed on the
 * scenario as it is now; if it no longer fits (or now runs into an ending), the scenario
 * has changed and the learner starts over, with a plain explanation rather than a crash.
 */
export function resumeOffer(scenario: Scenario, entry: InProgress | undefined): ResumeOffer {
	if (!entry || entry.path.length === 0) return { kind: 'none' };
	try {
		const state = replay(scenario, entry.path);
		return state.ended ? { kind: 'changed' } : { kind: 'resume', state, mode: entry.mode, updatedAt: entry.updatedAt };
	} catch {
		return { kind: 'changed' };
	}
}
