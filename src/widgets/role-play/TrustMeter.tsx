import { trustLevel } from '../../engine/transcript.ts';
import { modeText, plural } from '../../engine/words.ts';
import type { Mode } from '../../stores/role-play.ts';

/** The customer's trust, as a number, in words and as a bar (the bar is decoration). */
export default function TrustMeter({ trust, mode, decisions }: { trust: number; mode: Mode; decisions: number }) {
	return (
		<div class="rp-status">
			<div class="trust">
				<span class="trust-label">
					Customer trust: <strong>{trust}</strong> of 100 ({trustLevel(trust)})
				</span>
				<span class="trust-bar" aria-hidden="true">
					<span style={{ transform: `scaleX(${trust / 100})` }} />
				</span>
			</div>
			<p class="meta">
				{modeText[mode]} mode · {plural(decisions, 'decision')} made
			</p>
		</div>
	);
}
