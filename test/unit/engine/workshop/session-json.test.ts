import { describe, expect, test } from 'vitest';
import { demoProcedure, linearScenario } from '../builders.ts';
import { parseSession, SESSION_FORMAT, sessionExport, sessionFileName } from '../../../../src/engine/workshop/session-json.ts';
import { back, next, play, reveal, setVoteCount, startSession, type WorkshopSession } from '../../../../src/engine/workshop/session.ts';
import { letterOf, scenario, STARTED } from './session-helpers.ts';

const played = (s: WorkshopSession, choiceId?: string) => {
	const outcome = play(scenario, s, choiceId);
	if (outcome.kind !== 'played') throw new Error(outcome.kind);
	return outcome.session;
};
function endedWithBranch(): WorkshopSession {
	let s = startSession(scenario, STARTED);
	for (const node of ['n1', 'n2', 'n3', 'n4']) s = next(scenario, reveal(scenario, played(setVoteCount(scenario, s, 'c1', node === 'n2' ? 2 : 6))));
	return next(scenario, played(back(s), 'c2'));
}

describe('the session download', () => {
	test('carries the room’s path with letters, texts and votes, the score, the branches and the raw session', () => {
		const s = endedWithBranch();
		const data = sessionExport(demoProcedure, scenario, s, '2025-03-14T11:00:00.000Z');
		expect(data).toMatchObject({
			format: SESSION_FORMAT,
			version: 1,
			exportedAt: '2025-03-14T11:00:00.000Z',
			startedAt: STARTED,
			scenario: { id: scenario.id, title: scenario.title, procedure: 'demo' },
			roomPath: { endingId: 'good', endingTitle: 'Good', score: { total: 100, band: 'recovered' } },
			branches: [
				{
					divergesAt: 4,
					decisions: 4,
					endingId: 'bad',
					choices: [
						{ nodeId: 'n1', choiceId: 'c1' },
						{ nodeId: 'n2', choiceId: 'c1' },
						{ nodeId: 'n3', choiceId: 'c1' },
						{ nodeId: 'n4', choiceId: 'c2' },
					],
				},
			],
			session: s,
		});
		const second = data.roomPath.decisions[1]!;
		expect(second).toMatchObject({ number: 2, nodeId: 'n2', choiceId: 'c1', letter: letterOf(scenario, 'n2', 'c1'), decidedBy: 'majority' });
		expect(second.votes).toContainEqual({ letter: letterOf(scenario, 'n2', 'c1'), choiceId: 'c1', votes: 2 });
		expect(second.votes).toContainEqual({ letter: letterOf(scenario, 'n2', 'c2'), choiceId: 'c2', votes: 0 });
		expect(data.roomPath.score.steps.map((st) => st.verdict)).toEqual(['performed', 'performed', 'performed', 'performed']);
	});

	test('is named after the role-play and the start time', () => {
		expect(sessionFileName('broadband-outage', '2025-03-14T09:30:12.000Z')).toBe('make-good-broadband-outage-2025-03-14-0930.json');
		expect(sessionFileName('x', 'not a date')).toBe('make-good-x-session.json');
	});
});

describe('parseSession: reading a saved session back', () => {
	test('a session survives JSON both raw and inside a download', () => {
		const s = endedWithBranch();
		expect(parseSession(JSON.parse(JSON.stringify(s)), scenario)).toEqual(s);
		expect(parseSession(JSON.parse(JSON.stringify(sessionExport(demoProcedure, scenario, s, STARTED))), scenario)).toEqual(s);
	});

	test('anything else is refused rather than half-loaded', () => {
		const s = endedWithBranch();
		const broken = (change: Record<string, unknown>) => parseSession({ ...JSON.parse(JSON.stringify(s)), ...change }, scenario);
		expect(parseSession(null, scenario)).toBeNull();
		expect(parseSession('text', scenario)).toBeNull();
		expect(broken({ version: 2 })).toBeNull();
		expect(broken({ scenarioId: 'another' })).toBeNull();
		expect(broken({ stage: 'dancing' })).toBeNull();
		expect(broken({ pending: { c1: -1 } })).toBeNull();
		expect(broken({ main: [{ nodeId: 'n1', choiceId: 'c1', votes: {}, decidedBy: 'coin-toss' }] })).toBeNull();
		expect(broken({ mainEndingId: 'bad' })).toBeNull();
		expect(broken({ current: [], stage: 'result' })).toBeNull();
		// A path the scenario no longer has (it was edited since the session was saved).
		expect(broken({ branches: [[{ nodeId: 'n1', choiceId: 'gone', votes: {}, decidedBy: 'no-votes' }]] })).toBeNull();
		expect(parseSession(JSON.parse(JSON.stringify(s)), linearScenario({ id: 'demo-scenario', start: 'n2' }))).toBeNull();
	});
});
