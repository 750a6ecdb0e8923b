import { expect, test } from 'vitest';
import { score } from '../../../src/engine/scoring.ts';
import { playByStrategy, SURFACE_STRATEGIES, scenarioDecisions, surfaceBalance, type SurfaceBalance } from '../../../src/engine/surface.ts';
import { PARTLY_RECOVERED_FROM } from '../../../src/engine/scoring-weights.ts';
import { loadProcedures, loadQuizzes, loadScenarios } from './load-content.ts';

/**
 * A role-play or knowledge check measures judgement only if the look of an option does not
 * give it away. Over every decision that mixes good and poor options, the longest option
 * may be a good one at most 40 % of the time, and the shortest at least 20 % of the time.
 * The figures are printed, so an author can see how near the limits the content is.
 */

const LONGEST_GOOD_AT_MOST = 0.4;
const SHORTEST_GOOD_AT_LEAST = 0.2;

function describeBalance(what: string, figures: SurfaceBalance): string {
	const share = (count: number) => `${count} of ${figures.mixed} (${Math.round((100 * count) / figures.mixed)} %)`;
	return `${what}: longest option is a good one at ${share(figures.longestIsGood)}; shortest at ${share(figures.shortestIsGood)}`;
}

function expectBalanced(what: string, figures: SurfaceBalance): void {
	const summary = describeBalance(what, figures);
	console.info(summary);
	expect(figures.mixed, `${what}: no decision mixes good and poor options`).toBeGreaterThan(0);
	expect(figures.longestIsGood / figures.mixed, summary).toBeLessThanOrEqual(LONGEST_GOOD_AT_MOST);
	expect(figures.shortestIsGood / figures.mixed, summary).toBeGreaterThanOrEqual(SHORTEST_GOOD_AT_LEAST);
}

test('role-plays: option length does not point at the pitfall-free option', () => {
	const scenarios = loadScenarios();
	for (const scenario of scenarios) console.info(describeBalance(scenario.id, surfaceBalance(scenarioDecisions(scenario))));
	expectBalanced('role-plays', surfaceBalance(scenarios.flatMap(scenarioDecisions)));
});

test('knowledge checks: option length does not point at the right answer', () => {
	const decisions = loadQuizzes().flatMap(({ quiz }) =>
		quiz.questions.map((question) => question.options.map((option) => ({ length: option.text.length, good: option.correct === true }))),
	);
	expectBalanced('knowledge checks', surfaceBalance(decisions));
});

test('picking by surface (longest, shortest, first, last, most apologetic) fails the role-plays', () => {
	const procedures = new Map(loadProcedures().map((procedure) => [procedure.id, procedure]));
	const scenarios = loadScenarios();
	const runs = SURFACE_STRATEGIES.map((strategy) => {
		const results = scenarios.map((scenario) => ({
			id: scenario.id,
			total: score(procedures.get(scenario.procedure)!, scenario, playByStrategy(scenario, strategy)).total,
		}));
		const passed = results.filter((r) => r.total >= PARTLY_RECOVERED_FROM).length;
		return { strategy, results, passed, line: `${strategy.label} passes ${passed}: ${results.map((r) => `${r.id} ${r.total}`).join(', ')}` };
	});
	const totals = runs.flatMap((run) => run.results.map((r) => r.total));
	const mean = totals.reduce((sum, total) => sum + total, 0) / totals.length;
	const report = [...runs.map((run) => run.line), `mean score over every strategy and role-play: ${mean.toFixed(1)}`].join('\n');
	console.info(report);
	for (const run of runs) expect(run.passed, report).toBeLessThanOrEqual(Math.floor(scenarios.length / 10));
	expect(mean, report).toBeLessThan(35);
});
