import type { Choice } from '../schemas/scenario.ts';

/**
 * The order choices are shown in. Authors tend to write the best answer first; showing
 * the file order would give it away. The shuffle is seeded by the scenario and node ids,
 * so every learner, every reload and every test sees the same order.
 */
export function displayOrder(scenarioId: string, nodeId: string, choices: readonly Choice[]): Choice[] {
	return seededShuffle(`${scenarioId}/${nodeId}`, choices);
}

/**
 * A copy of `items` in an order fixed by `seed` (Fisher–Yates driven by a seeded
 * generator): the same seed always gives the same order, so a page rendered at build
 * time and hydrated in the browser agree, and tests can predict what a learner sees.
 */
export function seededShuffle<T>(seed: string, items: readonly T[]): T[] {
	let state = hash(seed);
	const shuffled = [...items];
	for (let i = shuffled.length - 1; i > 0; i--) {
		state = next(state);
		const j = state % (i + 1);
		[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
	}
	return shuffled;
}

/** FNV-1a: a small, well-spread string hash. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/** One step of xorshift32: a deterministic stream of unsigned 32-bit numbers. */
function next(x: number): number {
	let y = x || 1;
	y ^= y << 13;
	y ^= y >>> 17;
	y ^= y << 5;
	return y >>> 0;
}
