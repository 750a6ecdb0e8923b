import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { replay } from '../runner.ts';
import { groupDebrief, type DebriefDecision } from './debrief.ts';
import type { Decision, WorkshopSession } from './session.ts';
import type { DecidedBy, Tally } from './votes.ts';

/**
 * The session as a file: what a trainer downloads at the end (for their records, or to
 * compare groups), and how a saved session is read back when the presenter page reloads.
 *
 * The download carries the readable record (room path with letters, texts and votes;
 * score; branches) and, under `session`, the raw session it was made from.
 */

export const SESSION_FORMAT = 'make-good/workshop-session';

export interface ExportedDecision {
	number: number;
	nodeId: string;
	choiceId: string;
	/** The letter the room saw (display order). */
	letter: string;
	choiceText: string;
	votes: { letter: string; choiceId: string; votes: number }[];
	decidedBy: DecidedBy;
}

export interface SessionExport {
	format: typeof SESSION_FORMAT;
	version: 1;
	exportedAt: string;
	scenario: { id: string; title: string; procedure: string };
	startedAt: string;
	roomPath: {
		decisions: ExportedDecision[];
		endingId: string | null;
		endingTitle: string | null;
		score: {
			total: number;
			band: string;
			steps: { stepId: string; title: string; verdict: string }[];
			pitfalls: { pitfallId: string; title: string; nodeId: string; choiceId: string }[];
		};
	};
	branches: { divergesAt: number; decisions: number; choices: { nodeId: string; choiceId: string }[]; endingId: string | null; total: number; band: string }[];
	session: WorkshopSession;
}

const exported = (d: DebriefDecision): ExportedDecision => ({
	number: d.number,
	nodeId: d.nodeId,
	choiceId: d.chosen.choiceId,
	letter: d.chosen.letter,
	choiceText: d.chosen.text,
	votes: d.split.map(({ letter, choiceId, votes }) => ({ letter, choiceId, votes })),
	decidedBy: d.decidedBy,
});

export function sessionExport(procedure: Procedure, scenario: Scenario, session: WorkshopSession, exportedAt: string): SessionExport {
	const debrief = groupDebrief(procedure, scenario, session);
	return {
		format: SESSION_FORMAT,
		version: 1,
		exportedAt,
		scenario: { id: scenario.id, title: scenario.title, procedure: procedure.id },
		startedAt: session.startedAt,
		roomPath: {
			decisions: debrief.decisions.map(exported),
			endingId: debrief.ending?.id ?? null,
			endingTitle: debrief.ending?.title ?? null,
			score: {
				total: debrief.result.total,
				band: debrief.result.band,
				steps: debrief.result.steps.map(({ stepId, title, verdict }) => ({ stepId, title, verdict })),
				pitfalls: debrief.result.pitfalls.map(({ pitfallId, title, nodeId, choiceId }) => ({ pitfallId, title, nodeId, choiceId })),
			},
		},
		branches: debrief.branches.map((branch, i) => ({
			divergesAt: branch.divergesAt,
			decisions: branch.decisions,
			choices: session.branches[i]!.map(({ nodeId, choiceId }) => ({ nodeId, choiceId })),
			endingId: branch.ending?.id ?? null,
			total: branch.result.total,
			band: branch.result.band,
		})),
		session,
	};
}

/** "make-good-broadband-outage-2025-03-14-0930.json": sorts by date, names the role-play. */
export function sessionFileName(scenarioId: string, startedAt: string): string {
	const stamp = startedAt.slice(0, 16).replace('T', '-').replace(':', '');
	return `make-good-${scenarioId}-${/^\d{4}-\d{2}-\d{2}-\d{4}$/.test(stamp) ? stamp : 'session'}.json`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const DECIDED_BY: readonly DecidedBy[] = ['majority', 'tie-break', 'trainer', 'no-votes'];

function isTally(value: unknown): value is Tally {
	return isRecord(value) && Object.values(value).every((n) => Number.isInteger(n) && (n as number) >= 0);
}

function isDecision(value: unknown): value is Decision {
	return (
		isRecord(value) &&
		typeof value.nodeId === 'string' &&
		typeof value.choiceId === 'string' &&
		isTally(value.votes) &&
		(value.byPhone === undefined || isTally(value.byPhone)) &&
		DECIDED_BY.includes(value.decidedBy as DecidedBy)
	);
}

const isPath = (value: unknown): value is Decision[] => Array.isArray(value) && value.every(isDecision);

/**
 * Reads back a saved session (raw, or the `session` of a download) for this scenario.
 * Returns null for anything else: another scenario's session, a damaged file, or a path
 * the scenario no longer has (it was edited since).
 */
export function parseSession(value: unknown, scenario: Scenario): WorkshopSession | null {
	const raw = isRecord(value) && value.format === SESSION_FORMAT ? value.session : value;
	if (!isRecord(raw) || raw.version !== 1 || raw.scenarioId !== scenario.id || typeof raw.startedAt !== 'string') return null;
	const { main, current, branches, stage, revealed, pending, mainEndingId } = raw;
	if (!isPath(main) || !isPath(current) || !Array.isArray(branches) || !branches.every(isPath)) return null;
	if ((stage !== 'vote' && stage !== 'result') || typeof revealed !== 'boolean' || !isTally(pending)) return null;
	if (mainEndingId !== null && typeof mainEndingId !== 'string') return null;
	if (stage === 'result' && current.length === 0) return null;
	try {
		const mainState = replay(scenario, main);
		if (mainEndingId !== null && mainState.endingId !== mainEndingId) return null;
		for (const path of [current, ...branches]) replay(scenario, path);
	} catch {
		return null;
	}
	return { version: 1, scenarioId: scenario.id, startedAt: raw.startedAt, main, mainEndingId, branches, current, stage, revealed, pending };
}

export type SessionFileResult = { ok: true; session: WorkshopSession } | { ok: false; problem: string };

/** The largest session file read back: a long session with many "what if" branches is well under it. */
export const MAX_SESSION_FILE_BYTES = 2_000_000;

/** A downloaded session file, read back on the presenter screen, with a problem in words when it cannot be. */
export function readSessionFile(text: string, scenario: Scenario): SessionFileResult {
	if (text.length > MAX_SESSION_FILE_BYTES) return { ok: false, problem: 'This file is too large to be a saved session.' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'This file is not a saved session: it is not JSON. Choose the .json file the debrief’s Download button saved.' };
	}
	const raw = isRecord(value) && value.format === SESSION_FORMAT ? value.session : value;
	if (isRecord(raw) && typeof raw.scenarioId === 'string' && raw.scenarioId !== scenario.id) {
		return { ok: false, problem: `This file is a session of another role-play (“${raw.scenarioId}”). Open that role-play’s presenter page to load it.` };
	}
	const session = parseSession(value, scenario);
	if (!session)
		return {
			ok: false,
			problem: `This file cannot be read back as a session of “${scenario.title}”: it is damaged, or the role-play has changed since it was saved.`,
		};
	return { ok: true, session };
}
