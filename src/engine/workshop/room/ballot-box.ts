import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { PathStep } from '../../runner.ts';
import type { WorkshopSession } from '../session.ts';
import { MAX_VOTES, type Tally } from '../votes.ts';
import type { Vote } from './messages.ts';

/**
 * The presenter's ballot box: each phone's letter at each decision, counted by phone, so
 * a vote that arrives twice (a retry, a reconnect, a broker that restarted) counts once,
 * a changed vote replaces the old one, and a vote played back from earlier (a lower `n`)
 * changes nothing. Plain JSON, saved with the session so a presenter reload keeps it.
 */

export interface BallotBox {
	/** Decision key → phone id → letter. */
	decisions: Record<string, Record<string, string>>;
	/** The highest vote number accepted from each phone. */
	lastN: Record<string, number>;
}

export const EMPTY_BOX: BallotBox = { decisions: {}, lastN: {} };

/** The vote open now: the decision's key and the letters on offer. */
export interface OpenBallot {
	decision: string;
	letters: string[];
}

/**
 * A decision's key: the same decision reached by the same path in the same session has
 * the same key (so Back and forward count the phones' votes again), and any other has
 * another (a "what if" at the same node, or a fresh session, starts from no votes).
 */
export function decisionKey(startedAt: string, path: readonly PathStep[]): string {
	const text = JSON.stringify([startedAt, path.map((step) => [step.nodeId, step.choiceId])]);
	return bytesToHex(sha256(new TextEncoder().encode(text))).slice(0, 20);
}

export function openBallot(session: WorkshopSession, letters: readonly string[]): OpenBallot {
	return { decision: decisionKey(session.startedAt, session.current), letters: [...letters] };
}

/** The box with a vote counted, or the same box when the vote does not count (not the open decision, not a letter on offer, replayed, or the box is full). */
export function castBallot(box: BallotBox, vote: Vote, open: OpenBallot | null): BallotBox {
	if (!open || vote.decision !== open.decision || !open.letters.includes(vote.letter)) return box;
	if (vote.n <= (box.lastN[vote.phone] ?? 0)) return box;
	const ballots = box.decisions[open.decision] ?? {};
	if (ballots[vote.phone] === undefined && Object.keys(ballots).length >= MAX_VOTES) return box;
	return {
		decisions: { ...box.decisions, [open.decision]: { ...ballots, [vote.phone]: vote.letter } },
		lastN: { ...box.lastN, [vote.phone]: vote.n },
	};
}

/** The phones' votes at a decision, by choice id (`shown`: the choice ids in the letters' order). */
export function phoneTally(box: BallotBox, decision: string, shown: readonly string[]): Tally {
	const tally: Record<string, number> = Object.fromEntries(shown.map((id) => [id, 0]));
	for (const letter of Object.values(box.decisions[decision] ?? {})) {
		const id = shown[letter.charCodeAt(0) - 65];
		if (id !== undefined) tally[id]! += 1;
	}
	return tally;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A saved box read back (from the presenter's storage), or an empty one if it is not a box. */
export function readBallotBox(value: unknown): BallotBox {
	if (!isRecord(value) || !isRecord(value.decisions) || !isRecord(value.lastN)) return EMPTY_BOX;
	const decisions = Object.values(value.decisions).every((d) => isRecord(d) && Object.values(d).every((l) => typeof l === 'string' && /^[A-D]$/.test(l)));
	const lastN = Object.values(value.lastN).every((n) => Number.isInteger(n) && (n as number) > 0);
	return decisions && lastN ? (value as unknown as BallotBox) : EMPTY_BOX;
}
