import type { PathStep } from '../runner.ts';
import { bestPath } from '../ideal-path.ts';
import { findNode } from '../runner.ts';
import { canExplore, checkDraft, type Catalogue, type DraftCheck } from './check-draft.ts';
import { coverage, type Coverage } from './coverage.ts';

/**
 * What the studio's checker is asked and answers, and the pure handler that answers it.
 * The handler runs in a Web Worker (studio-check.worker.ts), so typing never waits for
 * the exact search of every play; the same handler runs in the page where workers fail.
 */

export type CheckRequest =
	{ type: 'catalogue'; catalogue: Catalogue } | { type: 'check'; seq: number; text: string } | { type: 'ideal'; seq: number; text: string; from: string };

export type CheckReply =
	| { type: 'checked'; seq: number; check: DraftCheck }
	/** Null when the draft is too broken to explore. */
	| { type: 'covered'; seq: number; coverage: Coverage | null }
	| { type: 'ideal'; seq: number; path: PathStep[] };

/** Answers requests in order; keeps the catalogue and the last check it made. */
export function checkHandler(send: (reply: CheckReply) => void) {
	let catalogue: Catalogue = { procedures: [], failureKinds: [] };
	let last: { text: string; check: DraftCheck } | undefined;
	const checked = (text: string) => {
		if (last?.text !== text) last = { text, check: checkDraft(text, catalogue) };
		return last.check;
	};
	return (request: CheckRequest): void => {
		if (request.type === 'catalogue') {
			catalogue = request.catalogue;
			last = undefined;
			return;
		}
		const check = checked(request.text);
		if (request.type === 'check') {
			send({ type: 'checked', seq: request.seq, check });
			send({ type: 'covered', seq: request.seq, coverage: canExplore(check) ? coverage(check.procedure, check.scenario) : null });
			return;
		}
		const playable = canExplore(check) && findNode(check.scenario, request.from) !== undefined;
		// A play-test from a node is the same story started there: the best play from that node on.
		send({ type: 'ideal', seq: request.seq, path: playable ? bestPath(check.procedure!, { ...check.scenario!, start: request.from }).path : [] });
	};
}
