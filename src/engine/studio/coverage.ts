import type { Procedure } from '../../schemas/procedure.ts';
import type { Outcome, Scenario } from '../../schemas/scenario.ts';
import { bestPath } from '../ideal-path.ts';
import { writtenBands } from '../outcome.ts';
import { explorePlays } from '../play-space.ts';
import { findNode, type PathStep } from '../runner.ts';
import { reachableFrom } from '../scenario-graph.ts';
import { bandFor, pitfallIndex, score, scoredSteps, type Band } from '../scoring.ts';
import { playByStrategy, SURFACE_STRATEGIES } from '../surface.ts';

/**
 * What a draft lets a learner do, worked out from every possible play (play-space.ts):
 * which documented steps some reachable choice performs well, which pitfalls a learner
 * can commit, the ideal path and its score, the bands each ending can be reached in, and
 * what a learner who picks by the look of the options (surface.ts) would score.
 */

export interface ChoiceAt {
	nodeId: string;
	choiceId: string;
}

export interface StepCoverage {
	id: string;
	title: string;
	/** Reachable choices that perform the step with no pitfall. */
	clean: ChoiceAt[];
	/** Reachable choices that perform it but commit a pitfall. */
	poorly: ChoiceAt[];
}

export interface PitfallCoverage {
	id: string;
	title: string;
	stepTitle: string;
	/** False for guidance this project added: shown, never scored. */
	scored: boolean;
	committedBy: ChoiceAt[];
}

export interface EndingCoverage {
	id: string;
	title: string;
	outcome: Outcome;
	/** Each band a play reaches the ending in, with the lowest and highest score. */
	reached: { band: Band; lowest: number; highest: number; written: boolean }[];
	/** Ends at once on a threshold (when:). */
	threshold: boolean;
}

export interface StrategyScore {
	id: string;
	label: string;
	/** Undefined when the play does not reach an ending. */
	total: number | undefined;
	band: Band | undefined;
	endingId: string | null;
	choices: number;
}

export interface Coverage {
	steps: StepCoverage[];
	pitfalls: PitfallCoverage[];
	ideal: { path: PathStep[]; total: number; band: Band; endingId: string | null } | undefined;
	endings: EndingCoverage[];
	strategies: StrategyScore[];
	/** The exact search stopped part-way: the figures cover only the plays it looked at. */
	truncated: boolean;
	states: number;
}

export function coverage(procedure: Procedure, scenario: Scenario, maxStates?: number): Coverage {
	const reachable = findNode(scenario, scenario.start) ? reachableFrom(scenario, scenario.start) : new Set<string>();
	const choices = scenario.nodes.filter((n) => reachable.has(n.id)).flatMap((node) => node.choices.map((choice) => ({ node, choice })));
	const at = ({ node, choice }: (typeof choices)[number]): ChoiceAt => ({ nodeId: node.id, choiceId: choice.id });

	const steps = scoredSteps(procedure).map((step) => ({
		id: step.id,
		title: step.title,
		clean: choices.filter(({ choice }) => choice.step === step.id && choice.pitfalls.length === 0).map(at),
		poorly: choices.filter(({ choice }) => choice.step === step.id && choice.pitfalls.length > 0).map(at),
	}));
	const pitfalls = [...pitfallIndex(procedure).values()].map(({ pitfall, step }) => ({
		id: pitfall.id,
		title: pitfall.title,
		stepTitle: step.title,
		scored: pitfall.status === 'documented' && step.status === 'documented',
		committedBy: choices.filter(({ choice }) => choice.pitfalls.includes(pitfall.id)).map(at),
	}));

	const space = explorePlays(procedure, scenario, maxStates);
	const best = bestPath(procedure, scenario, space);
	const ideal = best.result ? { path: best.path, total: best.result.total, band: best.result.band, endingId: best.result.endingId } : undefined;

	const endings = scenario.endings.map((ending) => {
		const bands = new Map<Band, { lowest: number; highest: number }>();
		for (const arrival of space.arrivals) {
			if (arrival.ending.id !== ending.id) continue;
			const seen = bands.get(arrival.band);
			bands.set(arrival.band, { lowest: Math.min(seen?.lowest ?? 100, arrival.total), highest: Math.max(seen?.highest ?? 0, arrival.total) });
		}
		const written = writtenBands(ending);
		const order: Band[] = ['recovered', 'partly-recovered', 'lost'];
		return {
			id: ending.id,
			title: ending.title,
			outcome: ending.outcome,
			threshold: ending.when !== undefined,
			reached: order.filter((band) => bands.has(band)).map((band) => ({ band, ...bands.get(band)!, written: written.includes(band) })),
		};
	});

	const strategies = SURFACE_STRATEGIES.map((strategy) => {
		const path = playByStrategy(scenario, strategy);
		const result = score(procedure, scenario, path);
		const ended = result.endingId !== null;
		return {
			id: strategy.id,
			label: strategy.label,
			total: ended ? result.total : undefined,
			band: ended ? bandFor(result.total) : undefined,
			endingId: result.endingId,
			choices: path.length,
		};
	});

	return { steps, pitfalls, ideal, endings, strategies, truncated: space.truncated, states: space.states };
}
