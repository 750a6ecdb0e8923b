import type { Outcome } from '../schemas/scenario.ts';
import { bestPath } from './ideal-path.ts';
import { endingPath, nodePath } from './lint-helpers.ts';
import type { Context } from './lint-types.ts';
import { TRUST_FOR_OUTCOME, trustFits, writtenBands } from './outcome.ts';
import { explorePlays, type Arrival, type PlaySpace } from './play-space.ts';
import type { PathStep } from './runner.ts';
import { stepsAhead } from './scenario-graph.ts';
import { planFor, scoredSteps, type ScoreResult } from './scoring.ts';
import { trustLevel } from './transcript.ts';
import { bandText, sentenceList } from './words.ts';

/**
 * The checks that need every possible play: a perfect play exists, each ending is told
 * for every band a play can reach it in, trust at an ending never contradicts its
 * outcome, and a conversation that ends early names the mistake that ended it. All come
 * from one exact search (play-space.ts); each problem quotes the shortest play that
 * shows it, so an author can replay it.
 */
export function checkPlays(context: Context, maxStates?: number): void {
	const space = explorePlays(context.procedure, context.scenario, maxStates);
	if (space.truncated) {
		context.report(
			'too-many-plays',
			[],
			`this role-play has more than ${space.states.toLocaleString('en-GB')} different states a play can be in, so the checks of every play stopped part-way.`,
			'split long loops or remove choices that only repeat others, so fewer plays are possible.',
			'warning',
		);
	}
	checkPerfectPath(context, space);
	checkEndingBands(context, space);
	checkEarlyEndings(context, space);
}

/** "opening: invite-the-story → the-drops: ask-about-thursday → …", the way an author finds a play in the file. */
export function describePlay(path: readonly PathStep[]): string {
	return path.map((step) => `${step.nodeId}: ${step.choiceId}`).join(' → ');
}

function shortfalls(result: ScoreResult): string[] {
	const steps = result.steps.flatMap((step) => {
		if (step.verdict === 'skipped' || step.verdict === 'not-reached') return [`skips “${step.title}”`];
		if (step.verdict === 'done-poorly') return [`does “${step.title}” only with a pitfall`];
		if (step.verdict === 'out-of-order') return [`does “${step.title}” out of order`];
		if (step.verdict === 'late') return [`does “${step.title}” late`];
		return [];
	});
	return [...steps, ...result.pitfalls.filter((p) => p.scored).map((p) => `commits “${p.title}” at node "${p.nodeId}"`)];
}

function checkPerfectPath({ scenario, procedure, report }: Context, space: PlaySpace): void {
	const best = bestPath(procedure, scenario, space);
	// No complete path at all is reported as a dead end; nothing to add here.
	if (!best.result || best.result.total >= 100) return;
	const cut = best.truncated ? ' (the search stopped early on this large scenario, so a better path may exist)' : '';
	report(
		'no-perfect-path',
		[],
		`no path scores 100: the best scores ${best.result.total}, because it ${sentenceList(shortfalls(best.result))}${cut}.`,
		`make sure one path performs every documented step of "${procedure.id}" well (no pitfall), in order and on time: ${scoredSteps(procedure)
			.map((s) => s.id)
			.join(' → ')}.`,
	);
}

/** The first (shortest) arrival at each ending in each band, and each trust that contradicts its band. */
function checkEndingBands({ scenario, report }: Context, space: PlaySpace): void {
	const reached = new Map<string, Map<Outcome, Arrival>>();
	const contradicted = new Map<string, Arrival>();
	for (const arrival of space.arrivals) {
		const bands = reached.get(arrival.ending.id) ?? new Map<Outcome, Arrival>();
		if (!bands.has(arrival.band)) bands.set(arrival.band, arrival);
		reached.set(arrival.ending.id, bands);
		const key = `${arrival.ending.id}|${arrival.band}`;
		if (!trustFits(arrival.band, arrival.trust) && !contradicted.has(key)) contradicted.set(key, arrival);
	}
	scenario.endings.forEach((ending, e) => {
		const bands = reached.get(ending.id) ?? new Map<Outcome, Arrival>();
		const written = writtenBands(ending);
		for (const [band, arrival] of bands) {
			if (written.includes(band)) continue;
			report(
				'ending-band-unwritten',
				['endings', e],
				`a play can reach this ending scoring ${arrival.total} (“${bandText[band]}”), but the ending has no text for that outcome, so the debrief would contradict the score. The shortest such play: ${describePlay(space.pathOf(arrival))}.`,
				`add under the ending "otherwise:" a text for ${band}, e.g.\n  otherwise:\n    ${band}:\n      title: …\n      text: …\ntelling how this ending goes for a play that scores ${bandText[band].toLowerCase()}; or route such plays to another ending.`,
			);
		}
		// An ending no play reaches is reported by unreachable-ending; a cut-short search proves nothing.
		if (space.truncated || bands.size === 0) return;
		for (const band of written) {
			if (bands.has(band)) continue;
			const main = band === ending.outcome;
			report(
				'ending-text-never-shown',
				main ? ['endings', e, 'outcome'] : ['endings', e, 'otherwise', band],
				`${main ? `is "${band}", but` : `is the text for “${bandText[band]}”, but`} no play reaches this ending with a score in that band, so ${main ? 'its title and text are' : 'it is'} never shown.`,
				main
					? `set outcome: to the band plays really reach it in (${[...bands.keys()].join(', ')}), and move this text there.`
					: `remove otherwise: ${band}, or make a play that scores ${bandText[band].toLowerCase()} possible here.`,
				'warning',
			);
		}
	});
	for (const arrival of contradicted.values()) {
		const range = TRUST_FOR_OUTCOME[arrival.band];
		const need = range.atLeast > 0 && arrival.trust < range.atLeast ? `at least ${range.atLeast}` : `below ${range.below}`;
		report(
			'ending-trust-contradicts',
			endingPath(scenario, arrival.ending.id),
			`a play can reach this ending scoring ${arrival.total} (“${bandText[arrival.band]}”) with the customer's trust at ${arrival.trust} (${trustLevel(arrival.trust)}), which contradicts that outcome: it needs trust ${need}. The shortest such play: ${describePlay(space.pathOf(arrival))}.`,
			arrival.trust < range.atLeast
				? 'give the well-judged choices on such plays more trust (effect: { trust: … }), or make the choices that lose trust carry the pitfalls that cost the score.'
				: `lower the trust that pitfall choices on such plays earn, so that a play scoring “${bandText[arrival.band]}” does not leave the customer trusting you highly.`,
		);
	}
}

/**
 * A play ends early when it ends at a node from which another choice still leads on to a
 * step it never reached. The choice that ended it must name the mistake with a pitfall.
 */
function checkEarlyEndings({ scenario, procedure, report }: Context, space: PlaySpace): void {
	const plan = planFor(procedure);
	const ahead = stepsAhead(scenario);
	const seen = new Set<string>();
	for (const arrival of space.arrivals) {
		if (arrival.choice.pitfalls.length > 0) continue;
		const cutShort = arrival.notOffered.filter((i) => ahead.get(arrival.node.id)?.has(plan.steps[i]!.id));
		if (cutShort.length === 0) continue;
		const key = `${arrival.node.id}|${arrival.choice.id}|${arrival.ending.id}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const missing = cutShort.map((i) => `“${plan.steps[i]!.title}”`);
		const [, n] = nodePath(scenario, arrival.node.id);
		const c = arrival.node.choices.findIndex((choice) => choice.id === arrival.choice.id);
		const fitting = [...new Set(cutShort.flatMap((i) => plan.steps[i]!.pitfalls.map((p) => p.id)))];
		report(
			'early-ending-without-pitfall',
			['nodes', n!, 'choices', c, 'next'],
			`is "${arrival.ending.id}", which ends the conversation before ${sentenceList(missing)} came up, but this choice commits no pitfall, so the debrief cannot name the mistake that ended it. The shortest such play: ${describePlay(space.pathOf(arrival))}.`,
			`add the pitfall that ends the conversation to this choice, e.g. pitfalls: [${fitting[0] ?? '<id>'}]${fitting.length > 1 ? ` (the pitfalls of the steps it cuts off are: ${fitting.join(', ')})` : ''}; if the procedure has none that fits, add one there with status: added. Or offer those steps before this ending.`,
		);
	}
}
