import { useEffect, useRef, useState } from 'preact/hooks';
import type { AudienceView } from '../../engine/workshop/audience-view.ts';

/** A short spoken summary of each new screen, so a screen-reader user in the room can follow too. */
function spoken(view: AudienceView): string {
	if (view.kind === 'lobby') return `Ready: ${view.scenarioTitle}. The trainer will start shortly.`;
	if (view.kind === 'ending') return view.reveal ? `Debrief: ${view.reveal.total} out of 100, ${view.reveal.band}.` : `The role-play has ended: ${view.title}.`;
	if (view.reveal) return `What happened: ${view.reveal.feedback} ${view.reveal.trustChange}.`;
	if (view.chosen) return `${view.chosen} is played.`;
	return `Decision ${view.number}. ${view.speaker}: ${view.text}`;
}

/** `announce`: false where the page already announces changes itself (the presenter's single screen). */
export function AudienceStage({ view, announce = true }: { view: AudienceView; announce?: boolean }) {
	const [said, setSaid] = useState('');
	const first = useRef(true);
	const text = spoken(view);
	// Announce changes, not the screen the page opened on (it is read with the page).
	useEffect(() => {
		if (first.current) first.current = false;
		else setSaid(text);
	}, [text]);

	return (
		<div class="stage" data-kind={view.kind}>
			{view.kind === 'lobby' && (
				<div class="stage-waiting">
					<p class="stage-big">Ready when you are</p>
					<p>The trainer will start “{view.scenarioTitle}” shortly.</p>
				</div>
			)}
			{view.kind === 'decision' && <DecisionStage view={view} />}
			{view.kind === 'ending' && <EndingStage view={view} />}
			{announce && (
				<div class="visually-hidden" aria-live="polite" aria-atomic="true">
					{said}
				</div>
			)}
		</div>
	);
}

function WhatIf({ exploring }: { exploring: boolean }) {
	return exploring ? <p class="stage-whatif">What if… (exploring another path)</p> : null;
}

function DecisionStage({ view }: { view: Extract<AudienceView, { kind: 'decision' }> }) {
	return (
		<section class="stage-decision" aria-labelledby="stage-heading">
			<WhatIf exploring={view.exploring} />
			<h2 id="stage-heading" class="stage-meta">
				Decision {view.number}: {view.speaker}
			</h2>
			<p class="stage-text">{view.text}</p>
			<ul class="stage-choices" aria-label="Choices">
				{view.choices.map((choice) => (
					<li key={choice.letter} class={choice.letter === view.chosen ? 'chosen' : undefined}>
						<span class="letter" aria-hidden="true">
							{choice.letter}
						</span>
						<span class="visually-hidden">{choice.letter}: </span>
						<span class="choice-text">{choice.text}</span>
						{choice.letter === view.chosen && <strong class="chosen-tag">✓ Played</strong>}
					</li>
				))}
			</ul>
			{view.chosen && !view.reveal && <p class="stage-wait">{view.chosen} is played. What happens next? The trainer will show you.</p>}
			{view.reveal && (
				<div class="stage-reveal">
					<h3>What happened</h3>
					<p>{view.reveal.feedback}</p>
					<p class="stage-facts">
						<span>{view.reveal.trustChange}</span>
						{view.reveal.performs && <span>Step: {view.reveal.performs}</span>}
						{view.reveal.pitfalls.map((pitfall) => (
							<span key={pitfall}>Pitfall: {pitfall}</span>
						))}
					</p>
					<h3>How the room voted</h3>
					<ul class="stage-votes">
						{view.reveal.votes.map((row) => (
							<li key={row.letter}>
								<span>
									{row.letter}: {row.votes} {row.votes === 1 ? 'vote' : 'votes'} ({row.percent}%)
								</span>
								<span class="bar" aria-hidden="true">
									<span style={{ width: `${row.percent}%` }} />
								</span>
							</li>
						))}
					</ul>
					<p class="meta">{view.reveal.decidedBy}</p>
				</div>
			)}
		</section>
	);
}

function EndingStage({ view }: { view: Extract<AudienceView, { kind: 'ending' }> }) {
	return (
		<section class="stage-ending" aria-labelledby="stage-heading">
			<WhatIf exploring={view.exploring} />
			<p class="stage-meta">The role-play has ended</p>
			<h2 id="stage-heading" class="stage-big">
				{view.title}
			</h2>
			<p class="stage-text">{view.text}</p>
			{view.reveal && (
				<div class="stage-reveal">
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
						<ul>
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
