import { describe, expect, test } from 'vitest';
import { verifyAttempts, scenariosToScore, type Scoring } from '../../../../src/engine/progress/verify-attempts.ts';
import { bandFor, score } from '../../../../src/engine/scoring.ts';
import { procedure, scenario } from '../../stores/tiny-scenario.ts';
import { attempt, progress } from './fixtures.ts';

// Attempts in an imported file are checked against the rules that made them: a file edited
// by hand must not bring a certificate that was never earned.

const known = new Map<string, Scoring>([['tiny', { scenario, procedure }]]);
const honest = score(procedure, scenario, [{ nodeId: 'opening', choiceId: 'shrug' }]);
const played = (overrides: Parameters<typeof attempt>[0]) =>
	attempt({ scenarioId: 'tiny', procedureId: procedure.id, path: [{ nodeId: 'opening', choiceId: 'shrug' }], endingId: 'bad', ...overrides });
const problem = (p: ReturnType<typeof progress>) => {
	const result = verifyAttempts(p, known);
	return result.ok ? 'accepted' : result.problem;
};

describe('a role-play whose content is at hand: the attempt is scored again', () => {
	test('a forged score on a path that scores low takes what the path earns', () => {
		expect(honest.band).not.toBe('recovered');
		const forged = played({ score: 100, band: 'recovered' });
		const result = verifyAttempts(progress({ attempts: [forged] }), known);
		expect(result.ok && result.value.rescored).toBe(1);
		expect(result.ok && result.value.progress.attempts[0]).toMatchObject({
			id: forged.id,
			date: forged.date,
			score: honest.total,
			band: honest.band,
			endingId: 'bad',
		});
	});

	test('an honest attempt is left exactly as it is', () => {
		const steps = Object.fromEntries(honest.steps.map((s) => [s.stepId, s.verdict]));
		const file = progress({ attempts: [played({ score: honest.total, band: honest.band, steps })] });
		expect(verifyAttempts(file, known)).toEqual({ ok: true, value: { progress: file, rescored: 0 } });
	});

	test('a contradiction on a path that scores is corrected rather than refused (what the path earns wins)', () => {
		const result = verifyAttempts(progress({ attempts: [played({ score: 0, band: 'recovered' })] }), known);
		expect(result.ok && result.value.progress.attempts[0]!.band).toBe(honest.band);
	});
});

describe('a role-play that cannot be scored again: score and band must agree', () => {
	test.each([
		['unknown here', attempt({ scenarioId: 'retired', score: 0, band: 'recovered' })],
		['edited since (the path no longer fits)', played({ path: [{ nodeId: 'gone', choiceId: 'x' }], score: 0, band: 'recovered' })],
		['a path that stops before an ending', played({ path: [], score: 0, band: 'recovered' })],
	])('%s: a score of 0 that says "recovered" is refused, naming the attempt', (_label, forged) => {
		expect(problem(progress({ attempts: [attempt({ scenarioId: 'retired', score: 85, band: 'recovered' }), forged] }))).toBe(
			'attempts[1] has a score of 0, which is “Lost”, but says “Recovered”: the file has been changed or damaged.',
		);
	});

	test('an attempt whose score and band agree is kept as it is', () => {
		const kept = attempt({ scenarioId: 'retired', score: 85, band: bandFor(85) });
		expect(problem(progress({ attempts: [kept] }))).toBe('accepted');
	});
});

test('the role-plays to fetch are those the file has attempts at, once each', () => {
	expect(scenariosToScore(progress({ attempts: [attempt({ scenarioId: 'a' }), attempt({ scenarioId: 'b' }), attempt({ scenarioId: 'a' })] }))).toEqual([
		'a',
		'b',
	]);
});
