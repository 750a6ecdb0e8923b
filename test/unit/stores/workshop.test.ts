import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { demoProcedure, linearScenario } from '../engine/builders.ts';
import type { AudienceView } from '../../../src/engine/workshop/audience-view.ts';
import {
	$audienceConnected,
	$audienceView,
	$session,
	$timer,
	addVote,
	channelName,
	connectAudience,
	connectPresenter,
	endWorkshop,
	goBack,
	nextDecision,
	playChoice,
	resumeWorkshop,
	revealToRoom,
	savedSession,
	setVoteCount,
	startWorkshop,
	storageKey,
	toggleDecisionTimer,
	type ChannelFactory,
	type KeyValueStorage,
	type WorkshopMessage,
} from '../../../src/stores/workshop.ts';

const scenario = linearScenario();

/**
 * A stand-in for BroadcastChannel: every channel opened with the same name hears what
 * the others post (never its own messages), delivered at once so tests need no waiting.
 */
function fakeBroadcast() {
	const open = new Map<string, Set<{ handlers: Set<(m: unknown) => void> }>>();
	const posted: { name: string; message: WorkshopMessage }[] = [];
	const factory: ChannelFactory = (name) => {
		const me = { handlers: new Set<(m: unknown) => void>() };
		if (!open.has(name)) open.set(name, new Set());
		open.get(name)!.add(me);
		return {
			post(message) {
				posted.push({ name, message });
				// Structured clone, as the real channel does: nobody shares objects across windows.
				for (const other of open.get(name) ?? []) if (other !== me) for (const h of other.handlers) h(structuredClone(message));
			},
			listen(handler) {
				me.handlers.add(handler);
				return () => me.handlers.delete(handler);
			},
			close() {
				open.get(name)?.delete(me);
			},
		};
	};
	return { factory, posted, listeners: (name: string) => open.get(name)?.size ?? 0 };
}

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

let hub: ReturnType<typeof fakeBroadcast>;
let storage: ReturnType<typeof memoryStorage>;
const stops: (() => void)[] = [];
const presenter = () => stops.push(connectPresenter(scenario, demoProcedure, { channel: hub.factory, storage }));
const audience = () => stops.push(connectAudience(scenario.id, hub.factory));
const view = () => $audienceView.get() as AudienceView;

beforeEach(() => {
	hub = fakeBroadcast();
	storage = memoryStorage();
});
afterEach(() => {
	while (stops.length) stops.pop()!();
});

describe('presenter and audience in step over the channel', () => {
	test('an audience opened first waits, then follows the presenter as soon as it opens', () => {
		audience();
		expect($audienceView.get()).toBeNull();
		presenter();
		expect(view()).toEqual({ kind: 'lobby', scenarioTitle: scenario.title, join: null });
		expect($audienceConnected.get()).toBe(true);
	});

	test('an audience opened later asks for, and gets, the current screen', () => {
		presenter();
		startWorkshop(new Date('2025-03-14T09:30:00Z'));
		expect($audienceConnected.get()).toBe(false);
		audience();
		expect($audienceConnected.get()).toBe(true);
		expect(view()).toMatchObject({ kind: 'decision', number: 1, chosen: null, reveal: null });
	});

	test('votes, play, reveal and next reach the audience, with the consequence only after the reveal', () => {
		presenter();
		audience();
		startWorkshop();
		addVote('c2', 1);
		addVote('c2', 1);
		setVoteCount('c1', 1);
		expect($session.get()?.pending).toEqual({ c1: 1, c2: 2 });
		expect(playChoice()).toMatchObject({ kind: 'played', choiceId: 'c2' });
		expect(view()).toMatchObject({ kind: 'decision', chosen: expect.any(String), reveal: null });
		expect(revealToRoom()).toBe(true);
		expect(view()).toMatchObject({ reveal: { pitfalls: ['Skipping the safety check'] } });
		expect(revealToRoom()).toBe(false);
		expect(nextDecision()).toBe(true);
		expect(view()).toMatchObject({ kind: 'decision', number: 2, chosen: null, reveal: null });
	});

	test('a tie is reported, not played', () => {
		presenter();
		startWorkshop();
		setVoteCount('c1', 3);
		setVoteCount('c2', 3);
		expect(playChoice().kind).toBe('tie');
		expect($session.get()?.current).toEqual([]);
	});

	test('a closing audience window says goodbye; messages from elsewhere are ignored', () => {
		presenter();
		const stop = connectAudience(scenario.id, hub.factory);
		expect($audienceConnected.get()).toBe(true);
		stop();
		expect($audienceConnected.get()).toBe(false);
		const stranger = hub.factory(channelName(scenario.id));
		stranger.post({ type: 'view', view: { kind: 'nonsense' } } as never);
		stranger.post('hello' as never);
		expect($audienceConnected.get()).toBe(false);
	});

	test('each role-play has its own channel, and disconnecting closes it', () => {
		presenter();
		expect(hub.listeners(channelName(scenario.id))).toBe(1);
		const other = connectAudience('another-role-play', hub.factory);
		expect($audienceView.get()).toBeNull();
		other();
		stops.pop()!();
		expect(hub.listeners(channelName(scenario.id))).toBe(0);
		expect($session.get()).toBeNull();
	});
});

describe('surviving a reload', () => {
	test('every change is saved, and a reloaded presenter can resume where it was', () => {
		presenter();
		startWorkshop();
		setVoteCount('c1', 4);
		playChoice();
		const saved = JSON.parse(storage.data.get(storageKey(scenario.id))!);
		expect(saved.current).toHaveLength(1);
		stops.pop()!(); // the page goes away
		presenter();
		expect($session.get()).toBeNull();
		expect(savedSession()?.current).toEqual(saved.current);
		expect(resumeWorkshop()).toBe(true);
		expect($session.get()).toEqual(saved);
	});

	test('ending the session forgets it; broken storage is survived', () => {
		presenter();
		startWorkshop();
		endWorkshop();
		expect(storage.data.has(storageKey(scenario.id))).toBe(false);
		expect(resumeWorkshop()).toBe(false);
		storage.setItem(storageKey(scenario.id), '{not json');
		expect(savedSession()).toBeNull();
		stops.pop()!();
		stops.push(
			connectPresenter(scenario, demoProcedure, {
				channel: hub.factory,
				storage: {
					getItem: () => null,
					setItem: () => {
						throw new Error('quota');
					},
					removeItem: () => {},
				},
			}),
		);
		startWorkshop();
		expect($session.get()).not.toBeNull();
	});
});

describe('the decision timer', () => {
	test('stops when a choice is played and starts again from zero at the next decision or going back', () => {
		presenter();
		startWorkshop();
		toggleDecisionTimer(1_000);
		setVoteCount('c1', 1);
		playChoice();
		expect($timer.get().startedAt).toBeNull();
		nextDecision();
		expect($timer.get()).toEqual({ elapsedMs: 0, startedAt: null });
		toggleDecisionTimer(5_000);
		toggleDecisionTimer(7_000);
		expect($timer.get()).toEqual({ elapsedMs: 2_000, startedAt: null });
		goBack();
		expect($timer.get()).toEqual({ elapsedMs: 0, startedAt: null });
	});
});
