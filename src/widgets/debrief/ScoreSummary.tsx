import '../../styles/debrief.css';
import type { ScoreResult } from '../../engine/scoring.ts';
import { scoreSum, scoreSumText } from '../../engine/score-sum.ts';
import { trustLevel } from '../../engine/transcript.ts';
import { bandText } from '../../engine/words.ts';

/** The score, how it adds up, its one outcome in words and the customer's trust at the end: the head of every debrief. */
export default function ScoreSummary({ result }: { result: Pick<ScoreResult, 'total' | 'band' | 'finalTrust' | 'steps' | 'pitfalls'> }) {
	return (
		<div class={`score band-${result.band}`}>
			<p class="total">
				<strong>{result.total}</strong>
				<span> / 100</span>
			</p>
			<p>
				Outcome: <strong>{bandText[result.band]}</strong> · Customer trust at the end: {result.finalTrust} of 100 ({trustLevel(result.finalTrust)})
			</p>
			<p class="score-sum">{scoreSumText(scoreSum(result), result.total)}</p>
		</div>
	);
}
