import { atom } from 'nanostores';
import type { Procedure } from '../schemas/procedure.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { audienceView, NO_ROOM, type AudienceView, type RoomExtras } from '../engine/workshop/audience-view.ts';
import { parseSession } from '../engine/workshop/session-json.ts';
import * as rules from '../engine/workshop/session.ts';
import type { PlayOutcome, WorkshopSession } from '../engine/workshop/session.ts';
import type { Tally } from '../engine/workshop/votes.ts';
import { RESET_TIMER, pauseTimer, toggleTimer, type TimerState } from '../engine/workshop/timer.ts';
import { broadcastChannel, channelName, messageType, type ChannelFactory, type WorkshopChannel } from './workshop-channel.ts';

/**
 * Workshop mode: the presenter's session and the audience screen, kept in step over a
 * BroadcastChannel (same browser, no server, no network: it works on venue Wi-Fi that
 * has given up). The presenter owns the session and posts what the room may see; the
 * audience only renders what it is sent, and says hello when it opens so the presenter
 * sends the current screen at once.
 *
 * This file is the presenter's side; the channel and the audience's store are in
 * workshop-channel.ts (re-exported here) so the audience page loads no engine code.
 * The channel and the storage are injectable so the unit tests can use fakes.
 */

export * from './workshop-channel.ts';

/** The part of localStorage the presenter uses to survive a reload. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storageKey(scenarioId: string): string {
	return `make-good:workshop:${scenarioId}`;
}

function browserStorage(): KeyValueStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage blocked by the browser's privacy settings
	}
}

// ---------------------------------------------------------------- presenter

/** The session being run, or null before it starts. */
export const $session = atom<WorkshopSession | null>(null);
/** True while an audience window is open on this role-play's channel (it said hello, and not yet goodbye). */
export const $audienceConnected = atom(false);
/** The decision timer; reset each time a new decision opens. */
export const $timer = atom<TimerState>(RESET_TIMER);
/** One screen for everyone: the presenter page shows the audience view and hides the trainer's notes. */
export const $singleScreen = atom(false);
/** Room mode: how phones join, and whether the projector shows the split while the room votes (set by stores/room.ts). */
export const $roomExtras = atom<RoomExtras>(NO_ROOM);

interface Presenting {
	scenario: Scenario;
	procedure: Procedure;
	channel: WorkshopChannel;
	storage: KeyValueStorage | null;
}

let presenting: Presenting | null = null;

export interface PresenterOptions {
	channel?: ChannelFactory;
	/** null: do not save the session. */
	storage?: KeyValueStorage | null;
}

/** Opens the channel for a role-play and tells any audience window what to show. Returns the disconnect. */
export function connectPresenter(scenario: Scenario, procedure: Procedure, options: PresenterOptions = {}): () => void {
	const channel = (options.channel ?? broadcastChannel)(channelName(scenario.id));
	presenting = { scenario, procedure, channel, storage: options.storage === undefined ? browserStorage() : options.storage };
	const stop = channel.listen((message) => {
		const type = messageType(message);
		if (type === 'bye') $audienceConnected.set(false);
		if (type !== 'hello') return;
		$audienceConnected.set(true);
		broadcast();
	});
	// An audience window opened before this page is waiting: ask it to say hello.
	channel.post({ type: 'who' });
	broadcast();
	const stopExtras = $roomExtras.listen(broadcast);
	return () => {
		stopExtras();
		stop();
		channel.close();
		presenting = null;
		$session.set(null);
		$audienceConnected.set(false);
		$timer.set(RESET_TIMER);
	};
}

function broadcast(): void {
	if (!presenting) return;
	presenting.channel.post({ type: 'view', view: currentAudienceView()! });
}

/** The role-play being presented (and its procedure), if any. */
export function presented(): { scenario: Scenario; procedure: Procedure } | undefined {
	return presenting ? { scenario: presenting.scenario, procedure: presenting.procedure } : undefined;
}

/** What the audience sees now (for single-screen mode); undefined when not presenting. */
export function currentAudienceView(): AudienceView | undefined {
	return presenting ? audienceView(presenting.procedure, presenting.scenario, $session.get(), $roomExtras.get()) : undefined;
}

function save(session: WorkshopSession | null): void {
	if (!presenting?.storage) return;
	const key = storageKey(presenting.scenario.id);
	try {
		if (session) presenting.storage.setItem(key, JSON.stringify(session));
		else presenting.storage.removeItem(key);
	} catch {
		// Full or blocked storage only costs the reload safety net, not the session.
	}
}

function update(session: WorkshopSession | null): void {
	$session.set(session);
	save(session);
	broadcast();
}

/** A saved session for this role-play (from before a reload), if there is one that still fits the scenario. */
export function savedSession(): WorkshopSession | null {
	if (!presenting?.storage) return null;
	try {
		const text = presenting.storage.getItem(storageKey(presenting.scenario.id));
		return text === null ? null : parseSession(JSON.parse(text), presenting.scenario);
	} catch {
		return null;
	}
}

export function startWorkshop(now: Date = new Date()): void {
	if (!presenting) return;
	$timer.set(RESET_TIMER);
	update(rules.startSession(presenting.scenario, now.toISOString()));
}

export function resumeWorkshop(): boolean {
	const saved = savedSession();
	if (saved) update(saved);
	return saved !== null;
}

/** Carries on a session read back from a downloaded file (already checked against the scenario). */
export function loadWorkshop(session: WorkshopSession): void {
	if (!presenting) return;
	$timer.set(RESET_TIMER);
	update(session);
}

/** Ends the session: the audience goes back to the lobby and the saved copy is dropped. */
export function endWorkshop(): void {
	$timer.set(RESET_TIMER);
	update(null);
}

/** Runs a rule on the session; saves and broadcasts only if it changed anything. */
function apply(rule: (scenario: Scenario, session: WorkshopSession) => WorkshopSession): boolean {
	const session = $session.get();
	if (!presenting || !session) return false;
	const next = rule(presenting.scenario, session);
	if (next === session) return false;
	update(next);
	return true;
}

export function addVote(choiceId: string, delta: number): boolean {
	return apply((scenario, session) => rules.castVotes(scenario, session, choiceId, delta));
}

/** Room mode: the phones' votes for the open decision, as the room counts them (undefined: no room, hands only). */
export function setPhoneVotes(phones: Tally | undefined): boolean {
	return apply((_, session) => rules.setPhoneVotes(session, phones));
}

export function setVoteCount(choiceId: string, count: number): boolean {
	return apply((scenario, session) => rules.setVoteCount(scenario, session, choiceId, count));
}

/** Plays the trainer's pick, or without one the choice with most votes. The timer stops, showing how long the room took. */
export function playChoice(choiceId?: string): PlayOutcome {
	const session = $session.get();
	if (!presenting || !session) return { kind: 'not-open' };
	const outcome = rules.play(presenting.scenario, session, choiceId);
	if (outcome.kind === 'played') {
		$timer.set(pauseTimer($timer.get(), Date.now()));
		update(outcome.session);
	}
	return outcome;
}

export function revealToRoom(): boolean {
	return apply(rules.reveal);
}

/** On from a result to the next decision (or the ending); the timer starts again from zero. */
export function nextDecision(): boolean {
	const moved = apply(rules.next);
	if (moved) $timer.set(RESET_TIMER);
	return moved;
}

export function goBack(): boolean {
	const moved = apply((_, session) => rules.back(session));
	if (moved) $timer.set(RESET_TIMER);
	return moved;
}

export function returnToRoomPath(): boolean {
	return apply((_, session) => rules.returnToRoomPath(session));
}

export function toggleDecisionTimer(now: number = Date.now()): void {
	$timer.set(toggleTimer($timer.get(), now));
}

export function resetDecisionTimer(): void {
	$timer.set(RESET_TIMER);
}

export function setSingleScreen(on: boolean): void {
	$singleScreen.set(on);
}
