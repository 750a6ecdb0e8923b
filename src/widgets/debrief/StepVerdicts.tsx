import '../../styles/debrief.css';
import type { StepResult } from '../../engine/scoring.ts';
import { points, verdictMark, verdictText } from '../../engine/words.ts';

export interface StepLink {
	href: string;
	label: string;
}

/**
 * The step-by-step scorecard: each documented step with its verdict (words and a mark,
 * never colour alone), what it is worth and earned, what was done (set apart), why, and
 * where it is taught when it was not done well.
 */
export default function StepVerdicts({
	steps,
	stepLinks,
	who = 'You',
}: {
	steps: readonly StepResult[];
	stepLinks: Readonly<Record<string, StepLink>>;
	who?: string;
}) {
	return (
		<ol class="verdicts">
			{steps.map((step) => {
				const link = stepLinks[step.stepId];
				return (
					<li key={step.stepId} class={`verdict-${step.verdict}`}>
						<p class="verdict-head">
							<span class="verdict">
								<span aria-hidden="true">{verdictMark[step.verdict]} </span>
								{verdictText[step.verdict]}
							</span>
							<strong>{step.title}</strong>
							<span class="worth">
								{points(Math.round(step.points * 10) / 10)} of {points(Math.round(step.maxPoints * 10) / 10)} points
							</span>
						</p>
						{step.by && (
							<p class="did">
								<span class="did-label">{who}:</span> {step.by.text}
							</p>
						)}
						<p>{step.why}</p>
						{step.verdict !== 'performed' && link && <a href={link.href}>{link.label}</a>}
					</li>
				);
			})}
		</ol>
	);
}
