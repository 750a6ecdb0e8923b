import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { ToldEnding } from '../outcome.ts';
import { findStep } from '../procedure.ts';
import { findNode, type PathStep } from '../runner.ts';
import { pitfallIndex, score, type ScoreResult } from '../scoring.ts';
import { speakerLabel } from '../transcript.ts';
import type { Decision, WorkshopSession } from './session.ts';
import { shownChoiceIds } from './session.ts';
import { letterFor, voteSplit, type DecidedBy, type SplitRow } from './votes.ts';

/**
 * The group debrief: the path the room took, how it voted at each decision, what the
 * engine's score makes of the path, and the "what if" branches explored afterwards.
 */

/** What a choice maps to in the procedure, in words: the step it performs and the pitfalls it commits. */
export interface ChoiceMapping {
	/** Title of the step or check performed, if any. */
	performs: string | undefined;
	/** Titles of the pitfalls committed. */
	pitfalls: string[];
}

export function choiceMapping(procedure: Procedure, choice: { step?: string | undefined; pitfalls: readonly string[] }): ChoiceMapping {
	const pitfalls = pitfallIndex(procedure);
	return {
		performs: choice.step === undefined ? undefined : (findStep(procedure, choice.step)?.title ?? choice.step),
		pitfalls: choice.pitfalls.map((id) => pitfalls.get(id)?.pitfall.title ?? id),
	};
}

export interface DebriefDecision extends ChoiceMapping {
	/** From 1. */
	number: number;
	nodeId: string;
	speaker: string;
	text: string;
	chosen: { choiceId: string; letter: string; text: string };
	split: (SplitRow & { text: string })[];
	totalVotes: number;
	decidedBy: DecidedBy;
}

export interface DebriefBranch {
	/** The decision (from 1) at which the branch leaves the room's path. */
	divergesAt: number;
	/** The choice tried there instead of the room's. */
	choice: { letter: string; text: string };
	decisions: number;
	/** The ending told in the branch's band; null when the exploration stopped before an ending. */
	ending: ToldEnding | null;
	result: ScoreResult;
}

export interface GroupDebrief {
	decisions: DebriefDecision[];
	/** The ending told in the one outcome the room's score earns. */
	ending: ToldEnding | undefined;
	result: ScoreResult;
	branches: DebriefBranch[];
}

/** Each decision of a path with its vote split, in the letters the room saw. */
export function describeDecisions(procedure: Procedure, scenario: Scenario, path: readonly Decision[]): DebriefDecision[] {
	return path.map((decision, index) => {
		const node = findNode(scenario, decision.nodeId);
		if (!node) throw new Error(`Decision ${index + 1} was made at node "${decision.nodeId}", which scenario "${scenario.id}" does not have.`);
		const shown = shownChoiceIds(scenario, node);
		const choiceAt = (id: string) => node.choices.find((c) => c.id === id)!;
		const chosen = choiceAt(decision.choiceId);
		const split = voteSplit(decision.votes, shown).map((row) => ({ ...row, text: choiceAt(row.choiceId).text }));
		return {
			number: index + 1,
			nodeId: node.id,
			speaker: speakerLabel(node, scenario.persona.name),
			text: node.text,
			chosen: { choiceId: chosen.id, letter: letterFor(shown.indexOf(chosen.id)), text: chosen.text },
			split,
			totalVotes: split.reduce((sum, row) => sum + row.votes, 0),
			decidedBy: decision.decidedBy,
			...choiceMapping(procedure, chosen),
		};
	});
}

/** The first decision (from 1) where `branch` leaves `main`. */
function divergence(main: readonly PathStep[], branch: readonly PathStep[]): number {
	const at = branch.findIndex((step, i) => step.nodeId !== main[i]?.nodeId || step.choiceId !== main[i]?.choiceId);
	return (at === -1 ? branch.length : at) + 1;
}

export function groupDebrief(procedure: Procedure, scenario: Scenario, session: WorkshopSession): GroupDebrief {
	const result = score(procedure, scenario, session.main);
	return {
		decisions: describeDecisions(procedure, scenario, session.main),
		ending: result.told ?? undefined,
		result,
		branches: session.branches.map((branch) => {
			const at = divergence(session.main, branch);
			const step = branch[at - 1]!;
			const node = findNode(scenario, step.nodeId)!;
			const shown = shownChoiceIds(scenario, node);
			const result = score(procedure, scenario, branch);
			return {
				divergesAt: at,
				choice: { letter: letterFor(shown.indexOf(step.choiceId)), text: node.choices.find((c) => c.id === step.choiceId)!.text },
				decisions: branch.length,
				ending: result.told,
				result,
			};
		}),
	};
}
