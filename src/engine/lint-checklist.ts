import type { Outcome } from '../schemas/scenario.ts';
import { eachChoice } from './lint-helpers.ts';
import type { Context } from './lint-types.ts';
import { orderedSteps } from './procedure.ts';
import { plural } from './words.ts';

/**
 * The authoring guide's checklist ("what makes a good role-play"), as warnings: the items
 * a program can count. A role-play that breaks them still plays; it is thinner than a
 * learner deserves. docs/scenario-template.yaml is deliberately small and warns here.
 */

/** The checklist's numbers, shared with the authoring guide. */
export const CHECKLIST = {
	decisions: 8,
	endings: 3,
	hiddenFacts: 2,
	facilitatorPrompts: 3,
	/** Share of the procedure's documented pitfalls that some choice should commit. */
	pitfallShare: 0.5,
} as const;

const OUTCOMES: readonly Outcome[] = ['recovered', 'partly-recovered', 'lost'];

/** Feedback that opens by judging the choice, not by telling what happens: "Correct!", "Wrong.", "Well done". */
const VERDICT = /^(correct|incorrect|wrong|right answer|well done|good (job|choice)|great (job|choice)|bad choice|not quite)\b/i;

export function checkChecklist(context: Context): void {
	checkSize(context);
	checkEndings(context);
	checkForTheRoom(context);
	checkPitfallsUsed(context);
	checkFeedback(context);
}

function checkSize({ scenario, report }: Context): void {
	const count = scenario.nodes.length;
	if (count >= CHECKLIST.decisions) return;
	report(
		'too-few-decisions',
		['nodes'],
		`has ${plural(count, 'decision node')}; a role-play needs at least ${CHECKLIST.decisions}, so the learner meets every step with room to make a mistake and recover from it.`,
		`add ${plural(CHECKLIST.decisions - count, 'more node')}, each with id, speaker, text and 2 to 4 choices, and point a choice's next: at each: e.g. a second question before the facts are confirmed, a colleague who sees it differently, or a chance to win back trust after a mistake.`,
		'warning',
	);
}

function checkEndings({ scenario, report }: Context): void {
	const endings = scenario.endings;
	const missing = OUTCOMES.filter((outcome) => !endings.some((ending) => ending.outcome === outcome));
	const withOutcomes = missing.length > 0 ? ` with ${missing.map((o) => `outcome: ${o}`).join(', another with ')}` : '';
	if (endings.length < CHECKLIST.endings) {
		report(
			'too-few-endings',
			['endings'],
			`has ${plural(endings.length, 'ending')}; a role-play needs at least ${CHECKLIST.endings}, so that each outcome (recovered, partly-recovered, lost) has a story of its own.`,
			`add ${CHECKLIST.endings - endings.length === 1 ? 'an ending' : 'endings'}${withOutcomes} (each with id, title, outcome and text), and point a choice's next: at ${CHECKLIST.endings - endings.length === 1 ? 'it' : 'each'}.`,
			'warning',
		);
	} else if (missing.length > 0) {
		report(
			'outcome-without-ending',
			['endings'],
			`has no ending written for ${missing.map((o) => `"${o}"`).join(' or ')}, so a play that ends that way only sees another ending's text.`,
			`add ${missing.length === 1 ? 'an ending' : 'endings'}${withOutcomes} (each with id, title, outcome and text), and point a choice's next: at ${missing.length === 1 ? 'it' : 'each'}; or change the outcome: of an ending that fits.`,
			'warning',
		);
	}
	if (!endings.some((ending) => ending.when !== undefined)) {
		report(
			'no-when-ending',
			['endings'],
			'has no ending with "when:", so the customer never hangs up or walks out, however badly the conversation goes.',
			'add an ending that a threshold sets off, e.g. "- id: hangs-up" with outcome: lost and when: { trustBelow: 15 }, and check that the perfect path never comes near it.',
			'warning',
		);
	}
}

function checkForTheRoom({ scenario, report }: Context): void {
	const facts = scenario.persona.hiddenFacts.length;
	if (facts < CHECKLIST.hiddenFacts) {
		report(
			'too-few-hidden-facts',
			['persona', 'hiddenFacts'],
			`has ${plural(facts, 'hidden fact')}; ${CHECKLIST.hiddenFacts} or 3 facts that only a good question brings out make the questions matter.`,
			`add ${plural(CHECKLIST.hiddenFacts - facts, 'more hidden fact')} under persona.hiddenFacts (id, fact, revealedBy), and "reveals: [<its id>]" on the choice that brings ${CHECKLIST.hiddenFacts - facts === 1 ? 'it' : 'each'} out.`,
			'warning',
		);
	}
	const prompts = scenario.nodes.filter((node) => node.facilitatorPrompt !== undefined).length;
	if (prompts < CHECKLIST.facilitatorPrompts && scenario.nodes.length >= CHECKLIST.facilitatorPrompts) {
		report(
			'too-few-facilitator-prompts',
			['nodes'],
			`${prompts === 0 ? `none of the ${scenario.nodes.length} has` : `only ${prompts} of ${scenario.nodes.length} ${prompts === 1 ? 'has' : 'have'}`} a facilitatorPrompt; a trainer running the role-play with a group needs at least ${CHECKLIST.facilitatorPrompts} moments worth pausing on.`,
			`add "facilitatorPrompt: <a question for the room>" to ${plural(CHECKLIST.facilitatorPrompts - prompts, 'more node')}, where the group should stop and think before choosing.`,
			'warning',
		);
	}
}

function checkPitfallsUsed({ scenario, procedure, report }: Context): void {
	const documented = orderedSteps(procedure).flatMap((step) => step.pitfalls.filter((pitfall) => pitfall.status === 'documented').map((pitfall) => pitfall.id));
	const committed = new Set<string>();
	eachChoice(scenario, (_, choice) => choice.pitfalls.forEach((id) => committed.add(id)));
	const used = documented.filter((id) => committed.has(id));
	if (documented.length === 0 || used.length >= documented.length * CHECKLIST.pitfallShare) return;
	report(
		'too-few-pitfalls',
		[],
		`the choices commit ${used.length} of the ${documented.length} documented pitfalls of "${procedure.id}"; tempting wrong options should, between them, commit most of them.`,
		`give wrong options pitfalls the role-play does not yet use: ${documented.filter((id) => !committed.has(id)).join(', ')}.`,
		'warning',
	);
}

function checkFeedback({ scenario, report }: Context): void {
	eachChoice(scenario, (_, choice, at) => {
		const verdict = VERDICT.exec(choice.feedback.trim());
		if (!verdict) return;
		report(
			'verdict-in-feedback',
			at('feedback'),
			`starts with "${verdict[0]}", a verdict: feedback shows what happens next, and the debrief gives the score.`,
			`start with the customer's reaction instead: what they say or do next, and why, tied to the step.`,
			'warning',
		);
	});
}
