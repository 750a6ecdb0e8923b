import type { AudienceView } from '../../engine/workshop/audience-view.ts';
import JoinPanel from './JoinPanel.tsx';

type DecisionView = Extract<AudienceView, { kind: 'decision' }>;
type EndingView = Extract<AudienceView, { kind: 'ending' }>;

function WhatIf({ exploring }: { exploring: boolean }) {
	return exploring ? <p class="stage-whatif">What if… (exploring another path)</p> : null;
}

// Not engine/words.ts's plural: it would bring that module's 0.4 KB chunk to the projector for one word.
const votesWord = (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`;

/** One bar per choice, its length the share; the numbers are in words beside it. */
function VoteBars({ rows }: { rows: readonly { letter: string; votes: number; percent: number }[] }) {
	return (
		<ul class="stage-votes">
			{rows.map((row) => (
				<li key={row.letter}>
					<span>
						{row.letter}: {votesWord(row.votes)} ({row.percent}%)
					</span>
					<span class="bar" aria-hidden="true">
						<span style={{ width: `${row.percent}%` }} />
					</span>
				</li>
			))}
		</ul>
	);
}

/** The question and the choices while the room votes (with the live split if the trainer shows it); then the reveal in their place. */
export function DecisionStage({ view }: { view: DecisionView }) {
	const live = new Map(view.live?.votes.map((row) => [row.letter, row]));
	return (
		<section class="stage-decision" aria-labelledby="stage-heading">
			<header class="stage-head">
				<div>
					<WhatIf exploring={view.exploring} />
					<h2 id="stage-heading" class="stage-meta">
						Decision {view.number}: {view.speaker}
					</h2>
					{view.votesIn !== null && <p class="stage-count">{votesWord(view.votesIn)} in</p>}
				</div>
				{view.join && !view.reveal && <JoinPanel join={view.join} size="small" />}
			</header>
			{view.reveal ? (
				<div class="stage-reveal">
					<div class="reveal-main">
						<p class="stage-played">
							<span class="letter" aria-hidden="true">
								{view.chosen}
							</span>
							<span>
								<span class="visually-hidden">The room played {view.chosen}: </span>
								{view.choices.find((c) => c.letter === view.chosen)?.text}
							</span>
						</p>
						<h3>What happened</h3>
						<p class="consequence">{view.reveal.feedback}</p>
						<p class="stage-facts">
							<span>{view.reveal.trustChange}</span>
							{view.reveal.performs && <span>Step: {view.reveal.performs}</span>}
							{view.reveal.pitfalls.map((pitfall) => (
								<span key={pitfall}>Pitfall: {pitfall}</span>
							))}
						</p>
					</div>
					<div class="reveal-votes">
						<h3>How the room voted</h3>
						<VoteBars rows={view.reveal.votes} />
						<p class="meta">{view.reveal.decidedBy}</p>
					</div>
				</div>
			) : (
				<>
					<p class="stage-text">{view.text}</p>
					<ul class="stage-choices" aria-label="Choices">
						{view.choices.map((choice) => {
							const row = live.get(choice.letter);
							return (
								<li key={choice.letter} class={choice.letter === view.chosen ? 'chosen' : undefined}>
									<span class="letter" aria-hidden="true">
										{choice.letter}
									</span>
									<span class="visually-hidden">{choice.letter}: </span>
									<span class="choice-text">{choice.text}</span>
									{choice.letter === view.chosen && <strong class="chosen-tag">✓ Played</strong>}
									{row && (
										<span class="live">
											<span class="bar" aria-hidden="true">
												<span style={{ width: `${row.percent}%` }} />
											</span>
											<span>
												{votesWord(row.votes)} ({row.percent}%)
											</span>
										</span>
									)}
								</li>
							);
						})}
					</ul>
					{view.chosen && <p class="stage-wait">{view.chosen} is played. What happens next? The trainer will show you.</p>}
				</>
			)}
		</section>
	);
}

export function EndingStage({ view }: { view: EndingView }) {
	return (
		<section class="stage-ending" aria-labelledby="stage-heading">
			<WhatIf exploring={view.exploring} />
			<p class="stage-meta">The role-play has ended</p>
			<h2 id="stage-heading" class="stage-big">
				{view.title}
			</h2>
			<p class="stage-text">{view.text}</p>
			{view.reveal && (
				<div class="stage-reveal stage-debrief">
					<h3>
						Score: {view.reveal.total} out of 100 · {view.reveal.band}
					</h3>
					<ul class="stage-steps">
						{view.reveal.steps.map((step) => (
							<li key={step.title}>
								<strong>{step.verdict}:</strong> {step.title}
							</li>
						))}
					</ul>
					<h3>Pitfalls</h3>
					{view.reveal.pitfalls.length === 0 ? (
						<p>None on this path.</p>
					) : (
						<ul class="stage-pitfalls">
							{view.reveal.pitfalls.map((pitfall, i) => (
								<li key={i}>{pitfall}</li>
							))}
						</ul>
					)}
				</div>
			)}
		</section>
	);
}
