import type { Attempt } from '../../engine/progress/model.ts';
import { retiredAttempts, scenarioSummaries } from '../../engine/progress/summary.ts';
import { bandText } from '../../engine/words.ts';
import { formatDate } from '../../utils/dates.ts';
import type { Section } from './shared.tsx';

function ScoreLine({ attempt }: { attempt: Attempt }) {
	return (
		<>
			<strong>{attempt.score}</strong> / 100 · {bandText[attempt.band]} · {formatDate(attempt.date)}
		</>
	);
}

export function RolePlays({ catalogue, progress }: Section) {
	const summaries = scenarioSummaries(catalogue, progress);
	const retired = retiredAttempts(catalogue, progress);
	return (
		<section aria-labelledby="roleplays-title">
			<h2 id="roleplays-title">Role-plays</h2>
			<ul class="roleplay-scores">
				{summaries.map(({ scenario, attempts, best, latest }) => (
					<li key={scenario.id}>
						<a href={scenario.href}>{scenario.title}</a>
						{best && latest ? (
							<dl>
								<div>
									<dt>Best</dt>
									<dd>
										<ScoreLine attempt={best} />
									</dd>
								</div>
								<div>
									<dt>Latest</dt>
									<dd>
										<ScoreLine attempt={latest} />
									</dd>
								</div>
								<div>
									<dt>Attempts</dt>
									<dd>{attempts}</dd>
								</div>
							</dl>
						) : (
							<p class="meta">Not played yet.</p>
						)}
						<LeftPartWay decisions={progress.inProgress[scenario.id]?.path.length ?? 0} href={scenario.href} />
					</li>
				))}
			</ul>
			{retired > 0 && (
				<p class="meta">
					{retired} {retired === 1 ? 'attempt is' : 'attempts are'} at role-plays this site no longer offers; {retired === 1 ? 'it is' : 'they are'} kept, and
					included in your exports.
				</p>
			)}
		</section>
	);
}

function LeftPartWay({ decisions, href }: { decisions: number; href: string }) {
	if (decisions === 0) return null;
	return (
		<p class="meta">
			Left part-way after {decisions} {decisions === 1 ? 'decision' : 'decisions'}: <a href={href}>pick it up where you left off</a>.
		</p>
	);
}
