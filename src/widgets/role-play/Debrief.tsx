import type { Ref } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { findStep } from '../../engine/procedure.ts';
import type { PathStep } from '../../engine/runner.ts';
import { score } from '../../engine/scoring.ts';
import { describeTrustChange, speakerLabel, transcript, type Turn } from '../../engine/transcript.ts';
import { bandText } from '../../engine/words.ts';
import type { Mode } from '../../stores/role-play.ts';
import PitfallList from '../debrief/PitfallList.tsx';
import AttemptSaved from './AttemptSaved.tsx';
import ScoreSummary from '../debrief/ScoreSummary.tsx';
import StepVerdicts, { type StepLink } from '../debrief/StepVerdicts.tsx';

interface Props {
	scenario: Scenario;
	procedure: Procedure;
	path: readonly PathStep[];
	idealPath: PathStep[];
	stepLinks: Record<string, StepLink>;
	turns: readonly Turn[];
	mode: Mode;
	/** A play-test of a draft (the studio): nothing was saved. */
	trial?: boolean;
	/** The certificate asks for this role-play, passed in assessment mode. */
	forCertificate?: boolean;
	onTryAgain: () => void;
	focusRef: Ref<HTMLElement>;
}

/** After the last choice: the ending told in the one outcome the score earns, then the scorecard. */
export default function Debrief({
	scenario,
	procedure,
	path,
	idealPath,
	stepLinks,
	turns,
	mode,
	trial = false,
	forCertificate = false,
	onTryAgain,
	focusRef,
}: Props) {
	const [showIdeal, setShowIdeal] = useState(false);
	const result = useMemo(() => score(procedure, scenario, path), [procedure, scenario, path]);
	const told = result.told!;
	return (
		<section class={`debrief band-${told.outcome}`} aria-labelledby="debrief-title" tabIndex={-1} ref={focusRef}>
			<p class="eyebrow">Debrief · {bandText[told.outcome]}</p>
			<h2 id="debrief-title">{told.title}</h2>
			<p class="ending-text">{told.text}</p>
			<ScoreSummary result={result} />

			<h3>The documented steps, step by step</h3>
			<StepVerdicts steps={result.steps} stepLinks={stepLinks} />

			<h3>Pitfalls</h3>
			<PitfallList pitfalls={result.pitfalls} showFeedback={mode === 'assessment'} />

			<h3>What this role-play practised</h3>
			<ul class="objectives">
				{scenario.objectives.map((objective) => (
					<li key={objective}>{objective}</li>
				))}
			</ul>

			{mode === 'assessment' && (
				<details class="your-path">
					<summary>What each of your choices led to</summary>
					<ol>
						{turns.map((turn, index) => (
							<li key={index}>
								<p class="did">
									<span class="did-label">You:</span> {turn.choice.text}
								</p>
								<p>{turn.choice.feedback}</p>
								<p class="trust-change">{describeTrustChange(turn.trustChange)}</p>
							</li>
						))}
					</ol>
				</details>
			)}

			{trial ? <p class="meta">A play-test: nothing is saved to anyone's progress.</p> : <AttemptSaved />}
			{mode === 'practice' && forCertificate && (
				<p class="meta">Practice attempts do not count towards the certificate: play it in assessment mode for that.</p>
			)}
			<div class="actions">
				<button type="button" class="button" onClick={onTryAgain}>
					Try again
				</button>
				<button type="button" class="button secondary" aria-expanded={showIdeal} aria-controls="ideal-path" onClick={() => setShowIdeal(!showIdeal)}>
					{showIdeal ? 'Hide the ideal path' : 'Show the ideal path'}
				</button>
			</div>
			{/* Built only when asked for, so the ending's click paints the debrief sooner. */}
			<div id="ideal-path" hidden={!showIdeal}>
				{showIdeal && <IdealPath scenario={scenario} procedure={procedure} idealPath={idealPath} />}
			</div>
		</section>
	);
}

function IdealPath({ scenario, procedure, idealPath }: { scenario: Scenario; procedure: Procedure; idealPath: PathStep[] }) {
	const ideal = useMemo(() => transcript(scenario, idealPath), [scenario, idealPath]);
	return (
		<>
			<h3>The ideal path</h3>
			<ol class="ideal">
				{ideal.map((turn, index) => (
					<li key={index}>
						<p class="line">
							<span class="speaker-inline">{speakerLabel(turn.node, scenario.persona.name)}:</span> {turn.node.text}
						</p>
						<p class="did">
							<span class="did-label">You:</span> {turn.choice.text}
						</p>
						<p class="meta">
							{turn.choice.step ? `Does: ${findStep(procedure, turn.choice.step)?.title ?? turn.choice.step}` : 'Keeps the conversation on track'}
						</p>
					</li>
				))}
			</ol>
		</>
	);
}
