import type { ChoiceAt, Coverage } from '../../engine/studio/coverage.ts';
import { bandText } from '../../engine/words.ts';

interface Props {
	coverage: Coverage | null | undefined;
	/** Shows a node's or a choice's text in the editor. */
	onShow: (key: string) => void;
}

function Places({ at, onShow, none }: { at: readonly ChoiceAt[]; onShow: Props['onShow']; none: string }) {
	if (at.length === 0) return <span class="meta">{none}</span>;
	return (
		<span class="studio-places">
			{at.map((place, index) => (
				<span key={`${place.nodeId}/${place.choiceId}`}>
					{index > 0 && ', '}
					<button type="button" class="studio-linelink" onClick={() => onShow(`choice:${place.nodeId}/${place.choiceId}`)}>
						{place.nodeId}: {place.choiceId}
					</button>
				</span>
			))}
		</span>
	);
}

/** What a learner can do in this draft: steps, pitfalls, the ideal path, endings by band, and surface strategies. */
export default function CoveragePanel({ coverage, onShow }: Props) {
	if (coverage === undefined) return <p aria-busy="true">Trying every possible play…</p>;
	if (coverage === null)
		return (
			<p>
				Coverage needs a role-play whose every next: leads somewhere, with step and pitfall ids the procedure has. Fix the errors listed under Problems first.
			</p>
		);
	return (
		<div class="studio-coverage">
			{coverage.truncated && (
				<p class="callout warning">
					The search stopped after {coverage.states.toLocaleString('en-GB')} states: these figures cover only the plays it looked at.
				</p>
			)}
			<h3>The ideal path</h3>
			{coverage.ideal ? (
				<>
					<p>
						<strong>
							{coverage.ideal.total} out of 100, {bandText[coverage.ideal.band]}
						</strong>
						, ending at “{coverage.ideal.endingId}” after {coverage.ideal.path.length} decisions.
					</p>
					<ol class="studio-path">
						{coverage.ideal.path.map((step) => (
							<li key={`${step.nodeId}/${step.choiceId}`}>
								<button type="button" class="studio-linelink" onClick={() => onShow(`choice:${step.nodeId}/${step.choiceId}`)}>
									{step.nodeId}: {step.choiceId}
								</button>
							</li>
						))}
					</ol>
				</>
			) : (
				<p>No play reaches an ending.</p>
			)}
			<h3>Documented steps</h3>
			<ul class="studio-steps">
				{coverage.steps.map((step) => (
					<li key={step.id} class={step.clean.length > 0 ? 'covered' : 'uncovered'}>
						<strong>{step.title}</strong> <span class="meta">({step.id})</span>{' '}
						<span class={`studio-verdict ${step.clean.length > 0 ? 'ok' : 'bad'}`}>
							{step.clean.length > 0 ? '✓ Can be done well' : '✗ No option does it well'}
						</span>
						<p>
							Done well by: <Places at={step.clean} onShow={onShow} none="no option" />
						</p>
						{step.poorly.length > 0 && (
							<p>
								Done poorly by: <Places at={step.poorly} onShow={onShow} none="no option" />
							</p>
						)}
					</li>
				))}
			</ul>
			<h3>Pitfalls a learner can commit</h3>
			<ul class="studio-pitfalls">
				{coverage.pitfalls.map((pitfall) => (
					<li key={pitfall.id}>
						<strong>{pitfall.title}</strong>{' '}
						<span class="meta">
							({pitfall.id}, under “{pitfall.stepTitle}”{pitfall.scored ? '' : ', added guidance: not scored'})
						</span>
						<Places at={pitfall.committedBy} onShow={onShow} none="No option commits it." />
					</li>
				))}
			</ul>
			<h3>Endings, by the bands plays reach them in</h3>
			<ul class="studio-endings">
				{coverage.endings.map((ending) => (
					<li key={ending.id}>
						<button type="button" class="studio-linelink" onClick={() => onShow(`ending:${ending.id}`)}>
							{ending.title}
						</button>{' '}
						<span class="meta">
							({ending.id}, written for {bandText[ending.outcome]}
							{ending.threshold ? ', ends on a threshold' : ''})
						</span>
						{ending.reached.length === 0 ? (
							<p>No play reaches it.</p>
						) : (
							<ul>
								{ending.reached.map((r) => (
									<li key={r.band}>
										{bandText[r.band]}: scores {r.lowest === r.highest ? r.lowest : `${r.lowest}–${r.highest}`}
										{r.written ? ' · told' : ' · ✗ no text for this band'}
									</li>
								))}
							</ul>
						)}
					</li>
				))}
			</ul>
			<h3>A learner who picks by the look of the options</h3>
			<table>
				<thead>
					<tr>
						<th scope="col">Always picks</th>
						<th scope="col">Scores</th>
					</tr>
				</thead>
				<tbody>
					{coverage.strategies.map((s) => (
						<tr key={s.id}>
							<th scope="row">{s.label.replace(/^always /, '')}</th>
							<td>{s.total === undefined ? `does not finish in ${s.choices} choices` : `${s.total} (${bandText[s.band!]})`}</td>
						</tr>
					))}
				</tbody>
			</table>
			<p class="meta">None of these should reach Recovered: if one does, the right options can be spotted without reading them.</p>
		</div>
	);
}
