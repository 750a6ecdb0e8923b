import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { score } from '../scoring.ts';
import { findEnding } from '../runner.ts';
import { atEnding, decisionNumber, nodeOnScreen, shownChoiceIds, stateOf, type PlayOutcome, type WorkshopSession } from './session.ts';
import { elapsedAt, isRunning, spokenDuration, type TimerState } from './timer.ts';
import { decidedByText, letterFor } from './votes.ts';
import { plural } from '../words.ts';

/**
 * What the presenter screen says (to screen readers, through its live region) after each
 * control: one sentence per action, worked out from the session, never from the page.
 */

/** "A and C": choice ids as the letters the room sees. */
export function lettersOf(choiceIds: readonly string[], shown: readonly string[]): string {
	return choiceIds.map((id) => letterFor(shown.indexOf(id))).join(' and ');
}

/** The choices on screen, in the room's order (none at an ending). */
export function shownOnScreen(scenario: Scenario, session: WorkshopSession): string[] {
	const node = nodeOnScreen(scenario, session);
	return node ? shownChoiceIds(scenario, node) : [];
}

export function voteAnnouncement(letter: string, count: number): string {
	return `${letter}: ${plural(count, 'vote')}.`;
}

/** After N or a Play button; `shown` is the open decision's choices in the room's order. */
export function playAnnouncement(outcome: PlayOutcome, shown: readonly string[]): string {
	switch (outcome.kind) {
		case 'played':
			return `${lettersOf([outcome.choiceId], shown)} played. ${decidedByText[outcome.decidedBy]}. Press R to reveal what happens to the room.`;
		case 'tie':
			return `Tie: ${lettersOf(outcome.choiceIds, shown)} have the most votes. Play one of them with its Play button.`;
		case 'no-votes':
			return 'No votes entered yet. Enter the room’s votes, or play a choice with its Play button.';
		case 'not-open':
			return '';
	}
}

export const REVEALED = 'Revealed to the room.';

/** After moving on from a result: the next decision, or the ending reached (as told for the path's score, like the screen's heading). */
export function nextAnnouncement(procedure: Procedure, scenario: Scenario, session: WorkshopSession): string {
	if (!atEnding(scenario, session)) return `Decision ${decisionNumber(session)}.`;
	const title = score(procedure, scenario, session.current).told?.title ?? findEnding(scenario, stateOf(scenario, session).endingId!)?.title;
	return `The role-play has ended: ${title}.`;
}

export function backAnnouncement(session: WorkshopSession): string {
	return `Back to decision ${decisionNumber(session)}. The room’s votes for it are restored.`;
}

export function timerAnnouncement(timer: TimerState, now: number): string {
	return isRunning(timer) ? 'Timer started.' : `Timer paused at ${spokenDuration(elapsedAt(timer, now))}.`;
}
