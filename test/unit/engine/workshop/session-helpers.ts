import { linearScenario } from '../builders.ts';
import { shownChoiceIds, type WorkshopSession } from '../../../../src/engine/workshop/session.ts';
import { findNode } from '../../../../src/engine/runner.ts';
import type { Scenario } from '../../../../src/schemas/scenario.ts';

/**
 * linearScenario: n1 → n2 → n3 → n4, each with c1 (the step, on the ideal line) and c2
 * (a pitfall); at n4, c1 ends "good" and c2 ends "bad".
 */
export const scenario = linearScenario();

/** The letter the room sees for a choice. */
export function letterOf(s: Scenario, nodeId: string, choiceId: string): string {
	return String.fromCharCode(65 + shownChoiceIds(s, findNode(s, nodeId)!).indexOf(choiceId));
}

export const STARTED = '2025-03-14T09:30:00.000Z';

export type { WorkshopSession };
