import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { demoProcedure, linearScenario } from '../engine/builders.ts';
import { letterOf } from '../engine/workshop/session-helpers.ts';
import { $session, $timer, connectPresenter, loadWorkshop, startWorkshop, type ChannelFactory } from '../../../src/stores/workshop.ts';
import { backNow, nextNow, playNow, returnNow, revealNow, runShortcut, timerNow, voteFor } from '../../../src/stores/workshop-controls.ts';
import { readSessionFile, sessionExport } from '../../../src/engine/workshop/session-json.ts';

// What each presenter control does, and the sentence the trainer's screen reader hears.

const scenario = linearScenario();
const silent: ChannelFactory = () => ({ post() {}, listen: () => () => {}, close() {} });
let stop: () => void;
beforeEach(() => {
	stop = connectPresenter(scenario, demoProcedure, { channel: silent, storage: null });
	startWorkshop(new Date('2025-03-14T09:30:00Z'));
});
afterEach(() => stop());

const A = letterOf(scenario, 'n1', 'c1');
const B = letterOf(scenario, 'n1', 'c2');
const indexOf = (letter: string) => letter.charCodeAt(0) - 65;

describe('shortcuts and buttons, with what they say', () => {
	test('digit keys add and take away votes for the letter the room sees, and say the count', () => {
		expect(runShortcut({ kind: 'vote', index: indexOf(A), delta: 1 })).toBe(`${A}: 1 vote.`);
		expect(runShortcut({ kind: 'vote', index: indexOf(A), delta: 1 })).toBe(`${A}: 2 votes.`);
		expect(runShortcut({ kind: 'vote', index: indexOf(A), delta: -1 })).toBe(`${A}: 1 vote.`);
		// At 0 the count stays and is still said, so the trainer hears where it stands.
		expect(voteFor('c2', -1)).toBe(`${B}: 0 votes.`);
		// A letter the decision does not have does nothing.
		expect(runShortcut({ kind: 'vote', index: 3, delta: 1 })).toBe('');
		expect($session.get()!.pending).toEqual({ c1: 1, c2: 0 });
	});

	test('N with no votes asks for them; with a tie asks the trainer to pick; with a lead plays it', () => {
		expect(runShortcut({ kind: 'next' })).toBe('No votes entered yet. Enter the room’s votes, or play a choice with its Play button.');
		voteFor('c1', 1);
		voteFor('c2', 1);
		expect(runShortcut({ kind: 'next' })).toBe(`Tie: ${[A, B].sort().join(' and ')} have the most votes. Play one of them with its Play button.`);
		voteFor('c2', 1);
		expect(runShortcut({ kind: 'next' })).toBe(`${B} played. Played the choice with most votes. Press R to reveal what happens to the room.`);
		expect($session.get()!.stage).toBe('result');
	});

	test('a Play button plays the trainer’s pick over the vote', () => {
		voteFor('c2', 3);
		expect(playNow('c1')).toBe(`${A} played. The trainer's pick, over the vote. Press R to reveal what happens to the room.`);
	});

	test('R reveals once; N moves on to the next decision, then to the ending; B goes back', () => {
		expect(revealNow()).toBe(''); // nothing played yet
		playNow('c1');
		expect(runShortcut({ kind: 'reveal' })).toBe('Revealed to the room.');
		expect(runShortcut({ kind: 'reveal' })).toBe('');
		expect(runShortcut({ kind: 'next' })).toBe('Decision 2.');
		for (const node of ['n2', 'n3', 'n4']) {
			playNow('c1');
			expect(nextNow()).toBe(node === 'n4' ? 'The role-play has ended: Good.' : `Decision ${Number(node.slice(1)) + 1}.`);
		}
		// At the ending, N does nothing; B explores "what if", and the way home says so.
		expect(runShortcut({ kind: 'next' })).toBe('');
		expect(runShortcut({ kind: 'back' })).toBe('Back to decision 4. The room’s votes for it are restored.');
		playNow('c2');
		nextNow();
		expect(returnNow()).toBe('Back on the room’s path: the debrief.');
		expect(returnNow()).toBe('');
	});

	test('T starts and pauses the timer, saying how long it ran', () => {
		expect(timerNow(1_000)).toBe('Timer started.');
		expect(timerNow(66_000)).toBe('Timer paused at 1 minute 5 seconds.');
		expect($timer.get()).toEqual({ elapsedMs: 65_000, startedAt: null });
	});

	test('B with nothing to undo says nothing', () => {
		expect(backNow()).toBe('');
	});
});

describe('a downloaded session loads back onto the presenter screen', () => {
	test('the file the debrief saves is read back whole, and play carries on from it', () => {
		playNow('c1');
		nextNow();
		const saved = JSON.stringify(sessionExport(demoProcedure, scenario, $session.get()!, '2025-03-14T10:00:00Z'));
		const read = readSessionFile(saved, scenario);
		if (!read.ok) throw new Error(read.problem);
		startWorkshop();
		loadWorkshop(read.session);
		expect($session.get()!.current).toEqual([expect.objectContaining({ nodeId: 'n1', choiceId: 'c1' })]);
		expect(runShortcut({ kind: 'back' })).toBe('Back to decision 1. The room’s votes for it are restored.');
	});

	test('a file that is not a session, or another role-play’s, says why', () => {
		expect(readSessionFile('not json', scenario)).toEqual({
			ok: false,
			problem: 'This file is not a saved session: it is not JSON. Choose the .json file the debrief’s Download button saved.',
		});
		const other = JSON.stringify({ ...$session.get()!, scenarioId: 'someone-else' });
		expect(readSessionFile(other, scenario)).toEqual({
			ok: false,
			problem: 'This file is a session of another role-play (“someone-else”). Open that role-play’s presenter page to load it.',
		});
		expect(readSessionFile('{"version":1}', scenario)).toEqual({
			ok: false,
			problem: `This file cannot be read back as a session of “${scenario.title}”: it is damaged, or the role-play has changed since it was saved.`,
		});
	});
});
