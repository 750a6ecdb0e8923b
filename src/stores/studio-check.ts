import { atom } from 'nanostores';
import type { Catalogue, DraftCheck } from '../engine/studio/check-draft.ts';
import type { CheckReply, CheckRequest } from '../engine/studio/check-protocol.ts';
import type { Coverage } from '../engine/studio/coverage.ts';
import type { PathStep } from '../engine/runner.ts';

/**
 * The draft's check, as the studio and the local workshop page show it. Each request is
 * numbered and only the answer to the latest is kept, so a slow check of old text never
 * overwrites a newer one. Typing is debounced: the checker runs once the author pauses.
 */

export interface Checker {
	post(request: CheckRequest): void;
	close(): void;
}
export type CheckerFactory = (onReply: (reply: CheckReply) => void) => Checker;

/** In a Web Worker; where a worker cannot start, in the page itself, a moment later. */
export const workerChecker: CheckerFactory = (onReply) => {
	try {
		const worker = new Worker(new URL('./studio-check.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<CheckReply>) => onReply(event.data));
		return { post: (request) => worker.postMessage(request), close: () => worker.terminate() };
	} catch {
		return inPageChecker(onReply);
	}
};

/** Loaded only when needed: the checker (zod, yaml, the linter) is large, and normally lives in the worker. */
export const inPageChecker: CheckerFactory = (onReply) => {
	const handler = import('../engine/studio/check-protocol.ts').then(({ checkHandler }) => checkHandler(onReply));
	let closed = false;
	// Requests are answered in order, each after the page has had a chance to paint.
	let queue = Promise.resolve();
	return {
		post: (request) => {
			queue = queue.then(async () => {
				const handle = await handler;
				await new Promise((resolve) => setTimeout(resolve, 0));
				if (!closed) handle(request);
			});
		},
		close: () => {
			closed = true;
		},
	};
};

/** The latest check; null before the first answer. */
export const $check = atom<DraftCheck | null>(null);
/** The latest coverage: undefined while it is worked out, null when the draft is too broken to explore. */
export const $coverage = atom<Coverage | null | undefined>(undefined);
/** True from a change until its check is in. */
export const $checking = atom(false);

export const DEBOUNCE_MS = 300;

let checker: Checker | undefined;
let seq = 0;
let asks = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const waiting = new Map<number, (path: PathStep[]) => void>();

function onReply(reply: CheckReply): void {
	if (reply.type === 'ideal') {
		waiting.get(reply.seq)?.(reply.path);
		waiting.delete(reply.seq);
		return;
	}
	if (reply.seq !== seq) return;
	if (reply.type === 'checked') {
		$check.set(reply.check);
		$checking.set(false);
	} else $coverage.set(reply.coverage);
}

/** Starts the checker with the procedures and failure kinds from the build. Returns the stop. */
export function startChecker(catalogue: Catalogue, factory: CheckerFactory = workerChecker): () => void {
	checker?.close();
	checker = factory(onReply);
	checker.post({ type: 'catalogue', catalogue });
	return () => {
		clearTimeout(timer);
		checker?.close();
		checker = undefined;
		$check.set(null);
		$coverage.set(undefined);
		$checking.set(false);
	};
}

/** Checks the text now. */
export function checkNow(text: string): void {
	clearTimeout(timer);
	seq += 1;
	$checking.set(true);
	$coverage.set(undefined);
	checker?.post({ type: 'check', seq, text });
}

/** Checks the text once typing has paused for DEBOUNCE_MS. */
export function checkSoon(text: string): void {
	clearTimeout(timer);
	$checking.set(true);
	timer = setTimeout(() => checkNow(text), DEBOUNCE_MS);
}

/** The best play from a node on, for the debrief of a play-test started there. */
export function idealFrom(text: string, from: string): Promise<PathStep[]> {
	// Numbered apart from the checks, so asking never makes a check's answer look stale.
	const asked = ++asks;
	return new Promise((resolve) => {
		waiting.set(asked, resolve);
		checker?.post({ type: 'ideal', seq: asked, text, from });
	});
}
