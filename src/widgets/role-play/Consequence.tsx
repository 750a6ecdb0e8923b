import type { Ref } from 'preact';
import { describeTrustChange } from '../../engine/transcript.ts';
import type { Turn } from '../../engine/transcript.ts';

/**
 * In practice mode, what a choice led to takes the stage until the learner moves on:
 * the customer's reaction first, the trust change second.
 */
export default function Consequence({ turn, ended, onContinue, focusRef }: { turn: Turn; ended: boolean; onContinue: () => void; focusRef: Ref<HTMLElement> }) {
	const direction = turn.trustChange > 0 ? 'up' : turn.trustChange < 0 ? 'down' : 'same';
	return (
		<section class="consequence" aria-labelledby="consequence-title" tabIndex={-1} ref={focusRef as Ref<HTMLElement>}>
			<h3 id="consequence-title">What happened</h3>
			<p>{turn.choice.feedback}</p>
			<p class={`trust-change trust-${direction}`}>{describeTrustChange(turn.trustChange)}</p>
			<button type="button" class="button" onClick={onContinue}>
				{ended ? 'See your debrief' : 'Continue'}
			</button>
		</section>
	);
}
