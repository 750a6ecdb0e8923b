import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	checkOrder,
	checkOrderDrill,
	move,
	moveItem,
	retryOrderDrill,
	showOrderAnswer,
	startingOrder,
	startOrderDrill,
	type Direction,
} from '../../../../src/engine/drills/order.ts';
import { seededShuffle } from '../../../../src/engine/choice-order.ts';
import { parseYaml } from '../../../../src/schemas/friendly-errors.ts';
import { procedureSchema } from '../../../../src/schemas/procedure.ts';

const solution = ['listen', 'reiterate', 'confirm-client', 'confirm-staff', 'win-win'];

describe('startingOrder', () => {
	test('is the seeded shuffle: the same for the same drill, every time', () => {
		expect(startingOrder('a-drill', solution)).toEqual(startingOrder('a-drill', solution));
		expect(startingOrder('a-drill', solution)).toEqual(seededShuffle('a-drill', solution));
	});

	test('never starts solved, for any seed and any list of two or more', () => {
		fc.assert(
			fc.property(fc.string(), fc.uniqueArray(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 2, maxLength: 9 }), (seed, ids) => {
				const start = startingOrder(seed, ids);
				expect([...start].sort()).toEqual([...ids].sort());
				expect(start).not.toEqual(ids);
			}),
		);
	});

	test('a shuffle that lands on the answer is rotated by one', () => {
		// Find a seed whose plain shuffle of two items leaves them in place.
		const seed = Array.from({ length: 50 }, (_, i) => `seed-${i}`).find((s) => seededShuffle(s, ['a', 'b']).join() === 'a,b')!;
		expect(seed).toBeDefined();
		expect(startingOrder(seed, ['a', 'b'])).toEqual(['b', 'a']);
	});

	test('the shipped procedures do not start in their documented order', () => {
		for (const id of ['issue-resolution', 'service-cannot-be-provided', 'stopping-service']) {
			const parsed = parseYaml(procedureSchema, readFileSync(`content/procedures/${id}.yaml`, 'utf8'), id);
			if (!parsed.ok) throw new Error(id);
			const steps = parsed.data.steps.map((s) => s.id);
			const start = startingOrder(`order-steps-${id}`, steps);
			expect(checkOrder(start, steps).correct, id).toBeLessThan(steps.length);
		}
	});
});

describe('move', () => {
	test('swaps an item with the one above or below and says where it went', () => {
		expect(move(['a', 'b', 'c'], 2, 'up')).toEqual({ order: ['a', 'c', 'b'], to: 1, moved: true });
		expect(move(['a', 'b', 'c'], 0, 'down')).toEqual({ order: ['b', 'a', 'c'], to: 1, moved: true });
	});

	test('does nothing at the edges or outside the list', () => {
		expect(move(['a', 'b'], 0, 'up')).toEqual({ order: ['a', 'b'], to: 0, moved: false });
		expect(move(['a', 'b'], 1, 'down')).toEqual({ order: ['a', 'b'], to: 1, moved: false });
		expect(move(['a', 'b'], 5, 'up').moved).toBe(false);
		expect(move(['a', 'b'], -1, 'down').moved).toBe(false);
	});

	test('does not mutate the list it is given', () => {
		const order = Object.freeze(['a', 'b', 'c']);
		move(order, 1, 'up');
		expect(order).toEqual(['a', 'b', 'c']);
	});

	const moves = fc.array(fc.record({ index: fc.integer({ min: -1, max: 10 }), direction: fc.constantFrom<Direction>('up', 'down') }), { maxLength: 40 });
	const ids = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 1, maxLength: 9 });

	test('property: any sequence of moves never loses or duplicates an item', () => {
		fc.assert(
			fc.property(ids, moves, (start, sequence) => {
				let order = start;
				for (const { index, direction } of sequence) order = move(order, index, direction).order;
				expect(order).toHaveLength(start.length);
				expect([...order].sort()).toEqual([...start].sort());
			}),
		);
	});

	test('property: a move that happened is undone by the opposite move', () => {
		fc.assert(
			fc.property(ids, fc.nat(), fc.constantFrom<Direction>('up', 'down'), (start, at, direction) => {
				const first = move(start, at % start.length, direction);
				fc.pre(first.moved);
				expect(move(first.order, first.to, direction === 'up' ? 'down' : 'up').order).toEqual(start);
			}),
		);
	});
});

describe('checkOrder', () => {
	test('marks each position and counts the right ones', () => {
		const result = checkOrder(['reiterate', 'listen', 'confirm-client', 'confirm-staff', 'win-win'], solution);
		expect(result.correct).toBe(3);
		expect(result.total).toBe(5);
		expect(result.positions.slice(0, 2)).toEqual([
			{ id: 'reiterate', expected: 'listen', correct: false },
			{ id: 'listen', expected: 'reiterate', correct: false },
		]);
		expect(result.positions.slice(2).every((p) => p.correct)).toBe(true);
	});

	test('property: checking the solved order gives every position right', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 12 }), (ids) => {
				const result = checkOrder(ids, ids);
				expect(result.correct).toBe(ids.length);
				expect(result.positions.every((p) => p.correct)).toBe(true);
			}),
		);
	});

	test('property: a shuffled start is never all right, and solving it by moves gets all right', () => {
		fc.assert(
			fc.property(fc.string(), fc.uniqueArray(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 2, maxLength: 8 }), (seed, ids) => {
				let order = startingOrder(seed, ids);
				expect(checkOrder(order, ids).correct).toBeLessThan(ids.length);
				// Solve it the way a learner would with the buttons: move each item up into place.
				ids.forEach((id, target) => {
					for (let at = order.indexOf(id); at > target; at--) order = move(order, at, 'up').order;
				});
				expect(checkOrder(order, ids).correct).toBe(ids.length);
			}),
		);
	});
});

describe('the drill as the learner works through it', () => {
	test('starts unchecked with the seeded order', () => {
		const state = startOrderDrill('drill', solution);
		expect(state).toEqual({ drillId: 'drill', solution, order: startingOrder('drill', solution), result: null, answerShown: false });
	});

	test('items cannot be moved once the order is checked', () => {
		const checked = checkOrderDrill(startOrderDrill('drill', solution));
		const { state, move: attempt } = moveItem(checked, 1, 'up');
		expect(attempt.moved).toBe(false);
		expect(state.order).toEqual(checked.order);
	});

	test('"Try again" after a partly right answer keeps the learner’s order and clears the marks', () => {
		let state = startOrderDrill('drill', solution);
		state = moveItem(state, 1, 'up').state;
		const arranged = state.order;
		state = showOrderAnswer(checkOrderDrill(state));
		expect(state.answerShown).toBe(true);
		state = retryOrderDrill(state);
		expect(state.order).toEqual(arranged);
		expect(state.result).toBeNull();
		expect(state.answerShown).toBe(false);
	});

	test('"Try again" after an all-right answer shuffles again', () => {
		const solved = { ...startOrderDrill('drill', solution), order: [...solution] };
		const state = retryOrderDrill(checkOrderDrill(solved));
		expect(state.order).toEqual(startingOrder('drill', solution));
	});
});
