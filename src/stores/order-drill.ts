import { atom } from 'nanostores';
import {
	checkOrderDrill,
	moveItem,
	retryOrderDrill,
	showOrderAnswer,
	startOrderDrill,
	type Direction,
	type Move,
	type OrderDrillState,
} from '../engine/drills/order.ts';
import { finishDrill } from './drills.ts';

/**
 * The order drill on this page. Null until the learner first acts: until then the
 * widget shows the engine's starting state, the same one the page was built with.
 */
export const $orderDrill = atom<OrderDrillState | null>(null);

export interface OrderDrillRef {
	id: string;
	solution: readonly string[];
}

/** The state for this drill: the stored one, or a fresh start. */
export function orderDrillState(drill: OrderDrillRef): OrderDrillState {
	const state = $orderDrill.get();
	return state && state.drillId === drill.id ? state : startOrderDrill(drill.id, drill.solution);
}

export function moveStep(drill: OrderDrillRef, from: number, direction: Direction): Move {
	const { state, move } = moveItem(orderDrillState(drill), from, direction);
	$orderDrill.set(state);
	return move;
}

export function checkStepOrder(drill: OrderDrillRef): void {
	const state = checkOrderDrill(orderDrillState(drill));
	$orderDrill.set(state);
	finishDrill(drill.id, state.result!.correct, state.result!.total);
}

export function showStepOrder(drill: OrderDrillRef): void {
	$orderDrill.set(showOrderAnswer(orderDrillState(drill)));
}

export function retryStepOrder(drill: OrderDrillRef): void {
	$orderDrill.set(retryOrderDrill(orderDrillState(drill)));
}

export function leaveOrderDrill(): void {
	$orderDrill.set(null);
}
