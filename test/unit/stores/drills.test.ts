import { beforeEach, describe, expect, test } from 'vitest';
import { $drillResult, finishDrill } from '../../../src/stores/drills.ts';
import { $orderDrill, checkStepOrder, moveStep, orderDrillState, retryStepOrder } from '../../../src/stores/order-drill.ts';
import { $choiceDrill, answerItem, choiceDrillState, goToNextItem, restartChoiceDrill } from '../../../src/stores/choice-drill.ts';
import { startingOrder } from '../../../src/engine/drills/order.ts';
import type { ChoiceDrill } from '../../../src/engine/drills/choice.ts';

beforeEach(() => {
	$drillResult.set(null);
	$orderDrill.set(null);
	$choiceDrill.set(null);
});

test('finishDrill publishes the result on $drillResult for the progress tracker', () => {
	const seen: unknown[] = [];
	const unsubscribe = $drillResult.listen((value) => seen.push(value));
	finishDrill('classify-failure', 6, 8);
	expect(seen).toEqual([{ id: 'classify-failure', correct: 6, total: 8 }]);
	unsubscribe();
});

describe('order drill store', () => {
	const drill = { id: 'order-x', solution: ['a', 'b', 'c', 'd'] };

	test('before any action the state is the engine’s start; a move is stored', () => {
		expect(orderDrillState(drill).order).toEqual(startingOrder('order-x', drill.solution));
		const first = orderDrillState(drill).order[1]!;
		expect(moveStep(drill, 1, 'up')).toMatchObject({ moved: true, to: 0 });
		expect($orderDrill.get()!.order[0]).toBe(first);
	});

	test('a stored state for another drill is not used', () => {
		$orderDrill.set({ drillId: 'other', solution: ['z'], order: ['z'], result: null, answerShown: false });
		expect(orderDrillState(drill).drillId).toBe('order-x');
	});

	test('checking reports the result; trying again clears it', () => {
		checkStepOrder(drill);
		const { result } = $orderDrill.get()!;
		expect($drillResult.get()).toEqual({ id: 'order-x', correct: result!.correct, total: 4 });
		retryStepOrder(drill);
		expect($orderDrill.get()!.result).toBeNull();
	});
});

describe('choice drill store', () => {
	const drill: ChoiceDrill = {
		id: 'choice-x',
		question: 'Q?',
		itemLabel: 'Item',
		options: [
			{ id: 'yes', label: 'Yes' },
			{ id: 'no', label: 'No' },
		],
		items: [
			{ id: 'one', prompt: 'One', answer: 'yes', explanation: 'e', extras: [] },
			{ id: 'two', prompt: 'Two', answer: 'no', explanation: 'e', extras: [] },
		],
	};

	test('reports the result only when the last item is passed, and restarts clean', () => {
		answerItem(drill, 'yes');
		goToNextItem(drill);
		expect($drillResult.get()).toBeNull();
		answerItem(drill, 'yes');
		goToNextItem(drill);
		expect($drillResult.get()).toEqual({ id: 'choice-x', correct: 1, total: 2 });
		restartChoiceDrill(drill);
		expect(choiceDrillState(drill)).toEqual({ drillId: 'choice-x', index: 0, answers: [] });
	});
});
