import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { WorkshopSession } from '../../engine/workshop/session.ts';

/** Puts a sentence in the presenter's live region ('' says nothing). */
export type Say = (message: string) => void;

export interface PanelProps {
	scenario: Scenario;
	procedure: Procedure;
	session: WorkshopSession;
	say: Say;
	/** The id of the panel's heading (the panel is labelled by it); another one when nested in single-screen mode. */
	titleId?: string;
}
