import { describe, expect, test } from 'vitest';
import { demoProcedure } from '../builders.ts';
import { audienceView } from '../../../../src/engine/workshop/audience-view.ts';
import { groupDebrief } from '../../../../src/engine/workshop/debrief.ts';
import { back, next, play, reveal, setPhoneVotes, setVoteCount, startSession, type WorkshopSession } from '../../../../src/engine/workshop/session.ts';
import { score } from '../../../../src/engine/scoring.ts';
import { letterOf, scenario, STARTED } from './session-helpers.ts';

const procedure = demoProcedure;
const played = (s: WorkshopSession, choiceId?: string) => {
	const outcome = play(scenario, s, choiceId);
	if (outcome.kind !== 'played') throw new Error(outcome.kind);
	return outcome.session;
};
const withVotes = (s: WorkshopSession, votes: Record<string, number>) => Object.entries(votes).reduce((acc, [id, n]) => setVoteCount(scenario, acc, id, n), s);
const step = (s: WorkshopSession, votes: Record<string, number>) => next(scenario, reveal(scenario, played(withVotes(s, votes))));
/** n1 c1 (5–1), n2 c2 (1–3: a pitfall), n3 c1 (tie 2–2, trainer picks c1), n4 c1 (no votes, trainer). */
function roomSession(): WorkshopSession {
	let s = step(startSession(scenario, STARTED), { c1: 5, c2: 1 });
	s = step(s, { c1: 1, c2: 3 });
	s = next(scenario, played(withVotes(s, { c1: 2, c2: 2 }), 'c1'));
	return next(scenario, played(s, 'c1'));
}

describe('audienceView: only what the room may see', () => {
	test('before the session, the lobby', () => {
		expect(audienceView(procedure, scenario, null)).toEqual({ kind: 'lobby', scenarioTitle: scenario.title, join: null });
	});

	test('while voting: the situation and lettered choices, and nothing about consequences, steps or pitfalls', () => {
		const s = withVotes(startSession(scenario, STARTED), { c1: 4 });
		const view = audienceView(procedure, scenario, s);
		expect(view).toMatchObject({ kind: 'decision', number: 1, speaker: 'Dana', text: scenario.nodes[0]!.text, chosen: null, reveal: null, exploring: false });
		const shown = view.kind === 'decision' ? view.choices : [];
		expect(shown.map((c) => c.letter)).toEqual(['A', 'B']);
		for (const choice of scenario.nodes[0]!.choices) expect(shown.find((c) => c.letter === letterOf(scenario, 'n1', choice.id))?.text).toBe(choice.text);
		const json = JSON.stringify(view);
		for (const secret of [...scenario.nodes[0]!.choices.map((c) => c.feedback), 'Check it is safe', 'Skipping the safety check', 'Trust', '"votes"'])
			expect(json).not.toContain(secret);
	});

	test('in room mode: how many votes are in (hands and phones), the split only when the trainer shows it, and neither once played', () => {
		const s = setPhoneVotes(withVotes(startSession(scenario, STARTED), { c1: 1 }), { c1: 2, c2: 3 });
		const join = { code: 'K7P2Q-9XQMR', url: 'https://example.com/workshop/join/', broker: null, qr: ['1'] };
		const hidden = audienceView(procedure, scenario, s, { join, showTally: false, counting: true });
		expect(hidden).toMatchObject({ kind: 'decision', join, votesIn: 6, live: null });
		const shown = audienceView(procedure, scenario, s, { join, showTally: true, counting: true });
		const split = ['c1', 'c2'].map((id) => ({ letter: letterOf(scenario, 'n1', id), votes: 3, percent: 50 }));
		expect(shown).toMatchObject({ votesIn: 6, live: { total: 6, votes: split.sort((a, b) => a.letter.localeCompare(b.letter)) } });
		const after = audienceView(procedure, scenario, played(s, 'c1'), { join, showTally: true, counting: true });
		expect(after).toMatchObject({ votesIn: null, live: null });
	});

	test('once played: which letter, still no consequence; once revealed: feedback, trust, step or pitfall and the vote split', () => {
		const s = played(withVotes(startSession(scenario, STARTED), { c2: 3, c1: 1 }));
		const hidden = audienceView(procedure, scenario, s);
		expect(hidden).toMatchObject({ kind: 'decision', chosen: letterOf(scenario, 'n1', 'c2'), reveal: null });
		expect(JSON.stringify(hidden)).not.toContain(scenario.nodes[0]!.choices[1]!.feedback);
		const shown = audienceView(procedure, scenario, reveal(scenario, s));
		expect(shown.kind === 'decision' && shown.reveal).toEqual({
			feedback: scenario.nodes[0]!.choices[1]!.feedback,
			trustChange: 'Trust −10',
			performs: undefined,
			pitfalls: ['Skipping the safety check'],
			votes: ['c1', 'c2']
				.map((id) => ({ letter: letterOf(scenario, 'n1', id), votes: id === 'c1' ? 1 : 3, percent: id === 'c1' ? 25 : 75 }))
				.sort((a, b) => a.letter.localeCompare(b.letter)),
			decidedBy: 'Played the choice with most votes',
		});
	});

	test('at the ending: the ending, and the score only once revealed; a “what if” is flagged', () => {
		const ended = roomSession();
		const view = audienceView(procedure, scenario, ended);
		// The room scored "partly recovered", so the ending is told in that band: one outcome.
		expect(view).toMatchObject({ kind: 'ending', title: 'Stays, unhappy', text: 'The customer stays, for now.', reveal: null, exploring: false });
		const result = score(procedure, scenario, ended.main);
		expect(audienceView(procedure, scenario, reveal(scenario, ended))).toMatchObject({
			kind: 'ending',
			reveal: {
				total: result.total,
				band: 'Partly recovered',
				steps: result.steps.map((s) => ({ title: s.title, verdict: expect.any(String) })),
				pitfalls: ['Being rude'],
			},
		});
		expect(audienceView(procedure, scenario, back(ended))).toMatchObject({ kind: 'decision', exploring: true, number: 4 });
	});
});

describe('groupDebrief', () => {
	test('the room’s path with the vote split and how each choice was picked, scored by the engine', () => {
		const s = roomSession();
		const debrief = groupDebrief(procedure, scenario, s);
		expect(debrief.ending?.id).toBe('good');
		expect(debrief.result).toEqual(score(procedure, scenario, s.main));
		expect(debrief.decisions.map((d) => [d.nodeId, d.chosen.choiceId, d.decidedBy, d.totalVotes])).toEqual([
			['n1', 'c1', 'majority', 6],
			['n2', 'c2', 'majority', 4],
			['n3', 'c1', 'tie-break', 4],
			['n4', 'c1', 'no-votes', 0],
		]);
		const second = debrief.decisions[1]!;
		expect(second.chosen.letter).toBe(letterOf(scenario, 'n2', 'c2'));
		expect(second.split.find((r) => r.choiceId === 'c2')).toMatchObject({ votes: 3, percent: 75, letter: second.chosen.letter });
		expect(second).toMatchObject({ performs: undefined, pitfalls: ['Being rude'] });
		expect(debrief.decisions[0]).toMatchObject({ performs: 'Check it is safe', pitfalls: [] });
		expect(debrief.branches).toEqual([]);
	});

	test('explored branches: where they leave the room’s path, what was tried, and where they end', () => {
		let s = roomSession();
		s = back(back(back(s))); // at n2 again
		s = played(s, 'c1');
		s = next(scenario, s);
		s = played(s, 'c1');
		const debrief = groupDebrief(procedure, scenario, s);
		expect(debrief.branches).toHaveLength(1);
		expect(debrief.branches[0]).toMatchObject({ divergesAt: 2, choice: { letter: letterOf(scenario, 'n2', 'c1') }, decisions: 3, ending: null });
		expect(debrief.decisions).toHaveLength(4);
	});
});
