import * as say from '../engine/workshop/announce.ts';
import type { ShortcutAction } from '../engine/workshop/shortcuts.ts';
import { atEnding, nodeOnScreen, shownChoiceIds } from '../engine/workshop/session.ts';
import { letterFor, votesFor } from '../engine/workshop/votes.ts';
import { $session, $timer, addVote, goBack, nextDecision, playChoice, presented, returnToRoomPath, revealToRoom, toggleDecisionTimer } from './workshop.ts';

/**
 * The presenter's controls: what each button and shortcut does, and what it says. The
 * key handler and the buttons call these, so a key and its button cannot differ. Each
 * returns the sentence for the page's live region ('' when nothing happened).
 */

export function voteFor(choiceId: string, delta: number): string {
	const scenario = presented()?.scenario;
	const session = $session.get();
	if (!scenario || !session) return '';
	const node = nodeOnScreen(scenario, session);
	const index = node ? shownChoiceIds(scenario, node).indexOf(choiceId) : -1;
	if (index < 0) return '';
	addVote(choiceId, delta); // unchanged at 0 or at the cap, and still said, so the trainer hears the count
	return say.voteAnnouncement(letterFor(index), votesFor($session.get()?.pending ?? {}, choiceId));
}

/** Plays `choiceId` (a Play button), or without it the choice with most votes (N). */
export function playNow(choiceId?: string): string {
	const scenario = presented()?.scenario;
	const session = $session.get();
	if (!scenario || !session) return '';
	return say.playAnnouncement(playChoice(choiceId), say.shownOnScreen(scenario, session));
}

export function revealNow(): string {
	return revealToRoom() ? say.REVEALED : '';
}

export function nextNow(): string {
	const on = presented();
	if (!on || !nextDecision()) return '';
	return say.nextAnnouncement(on.procedure, on.scenario, $session.get()!);
}

export function backNow(): string {
	return goBack() ? say.backAnnouncement($session.get()!) : '';
}

export function returnNow(): string {
	return returnToRoomPath() ? 'Back on the room’s path: the debrief.' : '';
}

export function timerNow(now: number = Date.now()): string {
	toggleDecisionTimer(now);
	return say.timerAnnouncement($timer.get(), now);
}

/** What a key does now: N plays, or moves on from a result; at an ending it does nothing. */
export function runShortcut(action: ShortcutAction): string {
	const scenario = presented()?.scenario;
	const session = $session.get();
	if (!scenario || !session) return '';
	switch (action.kind) {
		case 'next':
			if (session.stage === 'result') return nextNow();
			return atEnding(scenario, session) ? '' : playNow();
		case 'reveal':
			return revealNow();
		case 'back':
			return backNow();
		case 'timer':
			return timerNow();
		case 'vote': {
			const node = session.stage === 'vote' ? nodeOnScreen(scenario, session) : undefined;
			const choiceId = node ? shownChoiceIds(scenario, node)[action.index] : undefined;
			return choiceId ? voteFor(choiceId, action.delta) : '';
		}
	}
}
