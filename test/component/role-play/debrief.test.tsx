import { screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { shortestPathsToEndings } from '../../../src/engine/ideal-path.ts';
import { score } from '../../../src/engine/scoring.ts';
import { scoreSum, scoreSumText } from '../../../src/engine/score-sum.ts';
import { bandText, points, verdictText } from '../../../src/engine/words.ts';
import { loadProcedures, loadScenarios } from '../../unit/content/load-content.ts';
import { renderDebrief } from './render-debrief.tsx';

/**
 * The debrief shows what the engine says, for every ending of every role-play: the ending told
 * in the one outcome the score earns, the total, and each step's verdict and points.
 */
afterEach(cleanup);

const procedures = new Map(loadProcedures().map((p) => [p.id, p]));
const cases = loadScenarios().flatMap((scenario) =>
	[...shortestPathsToEndings(scenario)].map(([endingId, path]) => [`${scenario.id} → ${endingId}`, scenario, path] as const),
);

describe.each(cases)('%s', (_label, scenario, path) => {
	test('the debrief matches the engine', () => {
		const procedure = procedures.get(scenario.procedure)!;
		const expected = score(procedure, scenario, path);
		renderDebrief(scenario, procedure, path, { mode: 'assessment' });
		const debrief = screen.getByRole('region', { name: expected.told!.title });
		expect(within(debrief).getByText(`Debrief · ${bandText[expected.told!.outcome]}`)).toBeTruthy();
		expect(debrief.querySelector('.ending-text')?.textContent).toBe(expected.told!.text);
		expect(debrief.querySelector('.total strong')?.textContent).toBe(String(expected.total));
		expect(debrief.querySelector('.score-sum')?.textContent).toBe(scoreSumText(scoreSum(expected), expected.total));
		const rows = [...debrief.querySelectorAll('.verdicts > li')].map((li) => [
			li.querySelector('strong')?.textContent,
			li.querySelector('.verdict')?.textContent?.replace(/^\S+\s/, ''),
			li.querySelector('.worth')?.textContent,
		]);
		expect(rows).toEqual(
			expected.steps.map((s) => [
				s.title,
				verdictText[s.verdict],
				`${points(Math.round(s.points * 10) / 10)} of ${points(Math.round(s.maxPoints * 10) / 10)} points`,
			]),
		);
		expect(debrief.querySelectorAll('.pitfall-results > li').length).toBe(expected.pitfalls.length);
	});
});
