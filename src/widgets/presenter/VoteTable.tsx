import type { ComponentChildren } from 'preact';
import type { Choice, ScenarioNode } from '../../schemas/scenario.ts';
import { lettersOf } from '../../engine/workshop/announce.ts';
import { openTally, shownChoiceIds } from '../../engine/workshop/session.ts';
import { keys } from '../../engine/workshop/shortcuts.ts';
import { letterFor, majority, totalVotes, votesFor } from '../../engine/workshop/votes.ts';
import { $session, setVoteCount } from '../../stores/workshop.ts';
import { playNow, voteFor } from '../../stores/workshop-controls.ts';
import BackButton from './BackButton.tsx';
import type { PanelProps } from './types.ts';

interface Props extends PanelProps {
	node: ScenarioNode;
	/** Show each choice's words (not in single-screen mode, where the stage above shows them). */
	withText: boolean;
	renderMapping?: (choice: Choice) => ComponentChildren;
}

/** The votes for each choice (hands typed or keyed in, plus phones in room mode), and Play. */
export default function VoteTable({ scenario, session, node, say, withText, renderMapping }: Props) {
	const shown = shownChoiceIds(scenario, node);
	const tally = openTally(session);
	const lead = majority(tally, shown);
	const total = totalVotes(tally);
	const phones = session.phoneVotes !== undefined;
	const leadText =
		lead.kind === 'none'
			? 'No votes yet.'
			: lead.kind === 'winner'
				? `${letterFor(shown.indexOf(lead.choiceId))} leads with ${lead.votes} of ${total}.`
				: `Tie: ${lettersOf(lead.choiceIds, shown)} have ${lead.votes} each. Play one of them.`;
	return (
		<div class="ws-votes">
			<h3>Votes</h3>
			<ul class="ws-choices">
				{shown.map((id, index) => {
					const choice = node.choices.find((c) => c.id === id)!;
					const letter = letterFor(index);
					return (
						<li key={id} class="ws-choice">
							<span class="letter" aria-hidden="true">
								{letter}
							</span>
							<div class="ws-choice-body">
								{withText && <p class="ws-choice-text">{choice.text}</p>}
								{withText && renderMapping?.(choice)}
								<div class="ws-count">
									{phones && (
										<span class="ws-phone-count" data-letter={letter}>
											{votesFor(session.phoneVotes ?? {}, id)} by phone
											<span class="visually-hidden"> for {letter}</span>
										</span>
									)}
									<button
										type="button"
										class="ws-step"
										aria-label={`Take a vote from ${letter}`}
										aria-keyshortcuts={keys.removeVote(index)}
										onClick={() => say(voteFor(id, -1))}
									>
										−
									</button>
									<HandsInput id={id} letter={letter} count={votesFor(session.pending, id)} phones={phones} />
									<button
										type="button"
										class="ws-step"
										aria-label={`Add a vote for ${letter}`}
										aria-keyshortcuts={keys.addVote(index)}
										onClick={() => say(voteFor(id, 1))}
									>
										+
									</button>
									<button type="button" class="button secondary ws-play" onClick={() => say(playNow(id))}>
										Play {letter}
									</button>
								</div>
							</div>
						</li>
					);
				})}
			</ul>
			<p class="ws-lead">
				<strong>{total === 1 ? '1 vote' : `${total} votes`}.</strong> {leadText}
			</p>
			<div class="actions">
				<button type="button" class="button" aria-keyshortcuts={keys.next} onClick={() => say(playNow())} disabled={lead.kind !== 'winner'}>
					Play the choice with most votes (N)
				</button>
				<BackButton session={session} say={say} />
			</div>
		</div>
	);
}

/** The trainer's count for a choice: the hands in the room (on top of phone votes in room mode). */
function HandsInput({ id, letter, count, phones }: { id: string; letter: string; count: number; phones: boolean }) {
	return (
		<label>
			<span class="visually-hidden">{phones ? `Votes by hand for ${letter}` : `Votes for ${letter}`}</span>
			<input
				type="number"
				inputMode="numeric"
				min={0}
				max={999}
				value={count}
				onInput={(e) => {
					const input = e.currentTarget;
					if (input.value !== '') setVoteCount(id, input.valueAsNumber);
				}}
				onBlur={(e) => {
					e.currentTarget.value = String(votesFor($session.get()?.pending ?? {}, id));
				}}
			/>
		</label>
	);
}
