import '../../styles/debrief.css';
import type { PitfallResult } from '../../engine/scoring.ts';

/**
 * The pitfalls a play committed, each with the choice (set apart, not re-quoted: choices often quote
 * speech themselves) and what followed. A
 * pitfall this project added is marked as added guidance and costs nothing.
 */
export default function PitfallList({
	pitfalls,
	showFeedback = true,
	who = 'You',
}: {
	pitfalls: readonly PitfallResult[];
	showFeedback?: boolean;
	who?: string;
}) {
	if (pitfalls.length === 0) return <p>None: every choice avoided the pitfalls the procedure warns against.</p>;
	return (
		<ul class="pitfall-results">
			{pitfalls.map((pitfall) => (
				<li key={`${pitfall.nodeId}-${pitfall.choiceId}-${pitfall.pitfallId}`}>
					<p>
						<strong>{pitfall.title}</strong>{' '}
						{pitfall.scored ? <span class="penalty">−{pitfall.penalty} points</span> : <span class="badge added">Added guidance · not scored</span>}
					</p>
					<p class="did">
						<span class="did-label">{who}:</span> {pitfall.choiceText}
					</p>
					{showFeedback && <p class="meta">{pitfall.feedback}</p>}
				</li>
			))}
		</ul>
	);
}
