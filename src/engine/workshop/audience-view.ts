import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { findNode } from '../runner.ts';
import { score } from '../scoring.ts';
import { describeTrustChange, speakerLabel } from '../transcript.ts';
import { bandText, verdictText } from '../words.ts';
import { choiceMapping } from './debrief.ts';
import { atEnding, decisionNumber, isExploring, nodeOnScreen, openTally, shownChoiceIds, type WorkshopSession } from './session.ts';
import { decidedByText, letterFor, totalVotes, voteSplit } from './votes.ts';

/**
 * What the audience screen shows: worked out on the presenter's side from the session,
 * so the projector only ever receives what the room is allowed to see. Nothing about
 * consequences, steps, pitfalls or scores is in it until the trainer reveals it.
 * Plain JSON (it travels over BroadcastChannel) and ready to render: every text is final.
 */

export interface AudienceChoice {
	letter: string;
	text: string;
}

export interface AudienceReveal {
	feedback: string;
	/** "Trust +5", in words so meaning never rests on colour. */
	trustChange: string;
	performs: string | undefined;
	pitfalls: string[];
	/** The room's votes, in display order. */
	votes: { letter: string; votes: number; percent: number }[];
	decidedBy: string;
}

export interface AudienceDebrief {
	total: number;
	band: string;
	steps: { title: string; verdict: string }[];
	pitfalls: string[];
}

/** How phones join (room mode): shown on the projector only, never sent to phones. */
export interface JoinInfo {
	/** "K7P2Q-9XQMR". */
	code: string;
	/** The join page, for people who type it in. */
	url: string;
	/** The broker's address, for people who type it in; null when the site has it built in. */
	broker: string | null;
	/** The QR code of the join link, one string of 0 and 1 per row (1: dark). */
	qr: string[];
}

/** The room's votes so far at the open decision, when the trainer shows them (hands and phones). */
export interface LiveTally {
	votes: { letter: string; votes: number; percent: number }[];
	total: number;
}

/** What the presenter adds to the view from the room (all null without a room, and on phones). */
export interface RoomExtras {
	join: JoinInfo | null;
	/** True: the projector shows the split while the room votes; false: only how many votes are in. */
	showTally: boolean;
	/** True when votes come from phones, so the projector says how many are in. */
	counting: boolean;
}

export const NO_ROOM: RoomExtras = { join: null, showTally: false, counting: false };

export type AudienceView =
	| { kind: 'lobby'; scenarioTitle: string; join: JoinInfo | null }
	| {
			kind: 'decision';
			scenarioTitle: string;
			join: JoinInfo | null;
			/** While voting: how many votes are in (null when no phones vote), and the split if the trainer shows it. */
			votesIn: number | null;
			live: LiveTally | null;
			/** True while the trainer explores a "what if" after the ending. */
			exploring: boolean;
			number: number;
			speaker: string;
			text: string;
			choices: AudienceChoice[];
			/** The letter the room chose, once played; null while voting. */
			chosen: string | null;
			reveal: AudienceReveal | null;
	  }
	| {
			kind: 'ending';
			scenarioTitle: string;
			join: JoinInfo | null;
			exploring: boolean;
			title: string;
			text: string;
			reveal: AudienceDebrief | null;
	  };

export function audienceView(procedure: Procedure, scenario: Scenario, session: WorkshopSession | null, room: RoomExtras = NO_ROOM): AudienceView {
	const scenarioTitle = scenario.title;
	const join = room.join;
	if (!session) return { kind: 'lobby', scenarioTitle, join };
	const exploring = isExploring(session);
	if (atEnding(scenario, session)) {
		const result = score(procedure, scenario, session.current);
		const ending = result.told!;
		let reveal: AudienceDebrief | null = null;
		if (session.revealed) {
			reveal = {
				total: result.total,
				band: bandText[result.band],
				steps: result.steps.map((step) => ({ title: step.title, verdict: verdictText[step.verdict] })),
				pitfalls: result.pitfalls.map((pitfall) => pitfall.title),
			};
		}
		return { kind: 'ending', scenarioTitle, join, exploring, title: ending.title, text: ending.text, reveal };
	}
	const node = nodeOnScreen(scenario, session)!;
	const shown = shownChoiceIds(scenario, node);
	const choices = shown.map((id, index) => ({ letter: letterFor(index), text: node.choices.find((c) => c.id === id)!.text }));
	const played = session.stage === 'result' ? session.current.at(-1)! : undefined;
	let reveal: AudienceReveal | null = null;
	if (played && session.revealed) {
		const choice = findNode(scenario, played.nodeId)!.choices.find((c) => c.id === played.choiceId)!;
		reveal = {
			feedback: choice.feedback,
			trustChange: describeTrustChange(choice.effect.trust),
			...choiceMapping(procedure, choice),
			votes: voteSplit(played.votes, shown).map(({ letter, votes, percent }) => ({ letter, votes, percent })),
			decidedBy: decidedByText[played.decidedBy],
		};
	}
	const voting = session.stage === 'vote';
	const tally = openTally(session);
	const split = voteSplit(tally, shown);
	return {
		kind: 'decision',
		scenarioTitle,
		join,
		votesIn: voting && room.counting ? totalVotes(tally) : null,
		live: voting && room.showTally ? { votes: split.map(({ letter, votes, percent }) => ({ letter, votes, percent })), total: totalVotes(tally) } : null,
		exploring,
		number: decisionNumber(session),
		speaker: speakerLabel(node, scenario.persona.name),
		text: node.text,
		choices,
		chosen: played ? letterFor(shown.indexOf(played.choiceId)) : null,
		reveal,
	};
}
