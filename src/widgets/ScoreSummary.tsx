import type { ScoreResult } from '../engine/scoring.ts';
import { bandText } from '../engine/words.ts';

/** The score, its band in words and the final trust: the head of every debrief. */
export default function ScoreSummary({ result }: { result: Pick<ScoreResult, 'total' | 'band' | 'finalTrust'> }) {
	return (
		<div class={`score band-${result.band}`}>
			<p class="total">
				<strong>{result.total}</strong>
				<span> / 100</span>
			</p>
			<p>
				Outcome: <strong>{bandText[result.band]}</strong> · Final trust {result.finalTrust} of 100
			</p>
		</div>
	);
}
