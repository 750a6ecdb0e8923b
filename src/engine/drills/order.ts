import { seededShuffle } from '../choice-order.ts';

/**
 * The rules of the "put the steps in order" drill. Items are ids; the solution is the
 * procedure's own order. Every function returns new values and never mutates its input.
 */

export type Direction = 'up' | 'down';

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The order the learner starts from: a shuffle seeded by the drill id (the page built at
 * build time and the hydrated island agree, and tests can predict it). A shuffle can land
 * on the answer; a drill that starts solved teaches nothing, so that case is rotated by one.
 */
export function startingOrder(seed: string, solution: readonly string[]): string[] {
	const shuffled = seededShuffle(seed, solution);
	if (solution.length < 2 || !sameOrder(shuffled, solution)) return shuffled;
	return [...shuffled.slice(1), shuffled[0]!];
}

export interface Move {
	order: string[];
	/** Where the item is now (unchanged when it could not move). */
	to: number;
	/** False when the item was already at the top (up) or bottom (down), or `from` is out of range. */
	moved: boolean;
}

/** Swaps the item at `from` with its neighbour above or below. */
export function move(order: readonly string[], from: number, direction: Direction): Move {
	const to = direction === 'up' ? from - 1 : from + 1;
	if (from < 0 || from >= order.length || to < 0 || to >= order.length) return { order: [...order], to: from, moved: false };
	const next = [...order];
	[next[from], next[to]] = [next[to]!, next[from]!];
	return { order: next, to, moved: true };
}

export interface PositionResult {
	/** The item the learner put here. */
	id: string;
	/** The item that belongs here. */
	expected: string;
	correct: boolean;
}

export interface OrderResult {
	positions: PositionResult[];
	correct: number;
	total: number;
}

/** Marks each position right or wrong against the solution. */
export function checkOrder(order: readonly string[], solution: readonly string[]): OrderResult {
	const positions = solution.map((expected, i) => ({ id: order[i] ?? '', expected, correct: order[i] === expected }));
	return { positions, correct: positions.filter((p) => p.correct).length, total: solution.length };
}

/** The drill as the learner works through it. */
export interface OrderDrillState {
	drillId: string;
	solution: string[];
	order: string[];
	/** Set by "Check order"; cleared by "Try again". */
	result: OrderResult | null;
	answerShown: boolean;
}

export function startOrderDrill(drillId: string, solution: readonly string[]): OrderDrillState {
	return { drillId, solution: [...solution], order: startingOrder(drillId, solution), result: null, answerShown: false };
}

/** Moving is only possible while arranging; once checked, the marks would no longer match. */
export function moveItem(state: OrderDrillState, from: number, direction: Direction): { state: OrderDrillState; move: Move } {
	if (state.result) return { state, move: { order: [...state.order], to: from, moved: false } };
	const result = move(state.order, from, direction);
	return { state: result.moved ? { ...state, order: result.order } : state, move: result };
}

export function checkOrderDrill(state: OrderDrillState): OrderDrillState {
	return { ...state, result: checkOrder(state.order, state.solution) };
}

export function showOrderAnswer(state: OrderDrillState): OrderDrillState {
	return { ...state, answerShown: true };
}

/**
 * "Try again" keeps the learner's arrangement so they fix only what was marked wrong;
 * when everything was right there is nothing to fix, so it starts again from the shuffle.
 */
export function retryOrderDrill(state: OrderDrillState): OrderDrillState {
	const solved = state.result !== null && state.result.correct === state.result.total;
	return { ...state, order: solved ? startingOrder(state.drillId, state.solution) : state.order, result: null, answerShown: false };
}
