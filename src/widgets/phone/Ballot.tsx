import type { AudienceView } from '../../engine/workshop/audience-view.ts';
import { vote } from '../../stores/room-phone.ts';

/** The open decision on a phone: the customer's words and a big button per choice; the phone's vote is pressed. */
export default function Ballot({
	view,
	letters,
	myVote,
	delivered,
}: {
	view: Extract<AudienceView, { kind: 'decision' }>;
	letters: string[];
	myVote: string | null;
	delivered: boolean;
}) {
	return (
		<section class="phone-ballot" aria-labelledby="ballot-heading">
			<h2 id="ballot-heading">
				Decision {view.number}: {view.speaker}
			</h2>
			<p class="phone-line">{view.text}</p>
			<p class="phone-ask">What should the agent do?</p>
			<ul class="phone-choices">
				{view.choices
					.filter((choice) => letters.includes(choice.letter))
					.map((choice) => (
						<li key={choice.letter}>
							<button type="button" aria-pressed={myVote === choice.letter} onClick={() => vote(choice.letter)}>
								<span class="letter" aria-hidden="true">
									{choice.letter}
								</span>
								<span>
									<span class="visually-hidden">{choice.letter}: </span>
									{choice.text}
								</span>
							</button>
						</li>
					))}
			</ul>
			<p class="phone-voted" role="status">
				{myVote ? `Your vote: ${myVote}${delivered ? '' : ' (sending…)'}. You can change it until the trainer plays a choice.` : 'Tap a choice to vote.'}
			</p>
		</section>
	);
}
