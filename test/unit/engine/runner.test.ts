import { describe, expect, it } from 'vitest';
import { choose, currentEnding, currentNode, replay, start } from '../../../src/engine/runner.ts';
import { choice, deepFreeze, defaultEndings, linearIdeal, linearScenario, makeScenario, node } from './builders.ts';

describe('start', () => {
	it('begins at the start node with the initial trust, no time and an empty path', () => {
		const scenario = linearScenario({ initialTrust: 40 });
		expect(start(scenario)).toEqual({
			scenarioId: 'demo-scenario',
			nodeId: 'n1',
			endingId: null,
			ended: false,
			path: [],
			trust: 40,
			time: 0,
			revealed: [],
		});
	});

	it('refuses a scenario whose start is not a node', () => {
		expect(() => start(linearScenario({ start: 'nowhere' }))).toThrow('Scenario "demo-scenario" starts at "nowhere", which is not one of its nodes.');
	});
});

describe('choose', () => {
	it('applies the effect, records the path and follows next to a node', () => {
		const scenario = linearScenario();
		const state = choose(scenario, start(scenario), 'c1');
		expect(state).toMatchObject({ nodeId: 'n2', ended: false, trust: 55, time: 0, path: [{ nodeId: 'n1', choiceId: 'c1' }] });
		expect(currentNode(scenario, state)?.id).toBe('n2');
		expect(currentEnding(scenario, state)).toBeUndefined();
	});

	it('ends when next is an ending', () => {
		const scenario = linearScenario();
		const state = replay(scenario, linearIdeal);
		expect(state).toMatchObject({ nodeId: null, endingId: 'good', ended: true, trust: 80, time: 1 });
		expect(currentNode(scenario, state)).toBeUndefined();
		expect(currentEnding(scenario, state)?.title).toBe('Good');
	});

	it('clamps trust to 0..100', () => {
		const scenario = makeScenario([
			node('n1', choice('n2', { trust: 100 }), choice('n2', { trust: -100 })),
			node('n2', choice('good', { trust: 30 }), choice('bad', { trust: -30 })),
		]);
		expect(choose(scenario, start(scenario), 'c1').trust).toBe(100);
		expect(choose(scenario, start(scenario), 'c2').trust).toBe(0);
		expect(
			replay(scenario, [
				{ nodeId: 'n1', choiceId: 'c2' },
				{ nodeId: 'n2', choiceId: 'c2' },
			]).trust,
		).toBe(0);
	});

	it('ends at once at the first threshold ending in file order whose thresholds are all met', () => {
		const scenario = makeScenario(
			[node('n1', choice('n2', { trust: -40 }), choice('n2', { trust: -45, time: 5 })), node('n2', choice('good'), choice('bad', { trust: -1 }))],
			{
				endings: [
					...defaultEndings,
					{ id: 'slow-hang-up', title: 'Hangs up after a wait', outcome: 'lost', text: 'Gone.', when: { trustBelow: 15, timeAtLeast: 5 } },
					{ id: 'hang-up', title: 'Hangs up', outcome: 'lost', text: 'Gone.', when: { trustBelow: 10 } },
				],
			},
		);
		// 50 - 40 = 10: not below 10, not below 15 with time 5.
		expect(choose(scenario, start(scenario), 'c1')).toMatchObject({ ended: false, nodeId: 'n2' });
		// 50 - 45 = 5 with time 5: both endings are met; the first in file order wins.
		expect(choose(scenario, start(scenario), 'c2')).toMatchObject({ ended: true, endingId: 'slow-hang-up', nodeId: null });
		// From 10, one more point down is below 10: the threshold wins over next: bad.
		expect(
			replay(scenario, [
				{ nodeId: 'n1', choiceId: 'c1' },
				{ nodeId: 'n2', choiceId: 'c2' },
			]),
		).toMatchObject({ endingId: 'hang-up' });
	});

	it('checks threshold endings before following next, even when next is a node', () => {
		const scenario = makeScenario([node('n1', choice('n1', { trust: 30 }), choice('bad'))], {
			endings: [...defaultEndings, { id: 'won-over', title: 'Won over', outcome: 'recovered', text: 'Happy.', when: { trustAtLeast: 100 } }],
		});
		const once = choose(scenario, start(scenario), 'c1');
		expect(once).toMatchObject({ nodeId: 'n1', trust: 80 });
		expect(choose(scenario, once, 'c1')).toMatchObject({ ended: true, endingId: 'won-over', trust: 100 });
	});

	it('adds revealed facts once each, in order', () => {
		const scenario = makeScenario([node('n1', choice('n1', { reveals: ['pets', 'work'] }), choice('good', { reveals: ['work', 'kids'] }))], {
			persona: {
				name: 'Dana',
				situation: 'A test.',
				mood: 'calm',
				hiddenFacts: ['pets', 'work', 'kids'].map((id) => ({ id, fact: `About ${id}.`, revealedBy: 'asking' })),
			},
		});
		const state = replay(scenario, [
			{ nodeId: 'n1', choiceId: 'c1' },
			{ nodeId: 'n1', choiceId: 'c1' },
			{ nodeId: 'n1', choiceId: 'c2' },
		]);
		expect(state.revealed).toEqual(['pets', 'work', 'kids']);
	});

	it('throws a clear error for an unknown choice', () => {
		const scenario = linearScenario();
		expect(() => choose(scenario, start(scenario), 'c9')).toThrow('Node "n1" of scenario "demo-scenario" has no choice "c9": its choices are "c1", "c2".');
	});

	it('throws once the role-play has ended', () => {
		const scenario = linearScenario();
		const ended = replay(scenario, linearIdeal);
		expect(() => choose(scenario, ended, 'c1')).toThrow('Scenario "demo-scenario" has already ended (ending "good"): no more choices can be made.');
	});

	it('throws for a state from another scenario', () => {
		const scenario = linearScenario();
		const other = { ...start(scenario), scenarioId: 'other' };
		expect(() => choose(scenario, other, 'c1')).toThrow('This state belongs to scenario "other", not "demo-scenario".');
	});

	it('throws for a dangling next', () => {
		const scenario = makeScenario([node('n1', choice('nowhere'), choice('good'))]);
		expect(() => choose(scenario, start(scenario), 'c1')).toThrow(
			'Choice "c1" at node "n1" leads to "nowhere", which is neither a node nor an ending of scenario "demo-scenario".',
		);
	});

	it('never mutates the scenario or the state', () => {
		const scenario = deepFreeze(linearScenario());
		const before = deepFreeze(start(scenario));
		const snapshot = structuredClone(before);
		const after = choose(scenario, before, 'c2');
		expect(before).toEqual(snapshot);
		expect(after).not.toBe(before);
		expect(after.path).not.toBe(before.path);
	});

	it('produces plain JSON that survives a round trip', () => {
		const scenario = linearScenario();
		const state = replay(scenario, linearIdeal.slice(0, 2));
		expect(JSON.parse(JSON.stringify(state))).toEqual(state);
		expect(choose(scenario, JSON.parse(JSON.stringify(state)), 'c1')).toEqual(choose(scenario, state, 'c1'));
	});
});

describe('replay', () => {
	it('rebuilds the state a path leads to', () => {
		const scenario = linearScenario();
		let state = start(scenario);
		for (const step of linearIdeal) state = choose(scenario, state, step.choiceId);
		expect(replay(scenario, linearIdeal)).toEqual(state);
	});

	it('throws when a step was made at another node', () => {
		expect(() => replay(linearScenario(), [{ nodeId: 'n2', choiceId: 'c1' }])).toThrow(
			'Choice 1 of the path was made at node "n2", but the role-play was at node "n1".',
		);
	});

	it('throws when the path goes on after an ending', () => {
		expect(() => replay(linearScenario(), [...linearIdeal, { nodeId: 'n4', choiceId: 'c1' }])).toThrow(
			'Choice 5 of the path was made at node "n4", but the role-play had already ended (ending "good").',
		);
	});
});
