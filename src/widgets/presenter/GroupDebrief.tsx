import { useEffect, useMemo } from 'preact/hooks';
import ScoreSummary from '../debrief/ScoreSummary.tsx';
import StepVerdicts from '../debrief/StepVerdicts.tsx';
import PitfallList from '../debrief/PitfallList.tsx';
import { bandText, plural } from '../../engine/words.ts';
import { groupDebrief, type DebriefDecision } from '../../engine/workshop/debrief.ts';
import { sessionExport, sessionFileName } from '../../engine/workshop/session-json.ts';
import { decidedByText } from '../../engine/workshop/votes.ts';
import { endWorkshop } from '../../stores/workshop.ts';
import BackButton from './BackButton.tsx';
import RevealEnding from './RevealEnding.tsx';
import Mapping from './Mapping.tsx';
import type { PanelProps } from './types.ts';

/**
 * The room's debrief: its ending, score, path with the votes, the steps and pitfalls,
 * and the "what if" branches. Printed, it is the handout: choices are shown as written.
 */
export default function GroupDebrief({ scenario, procedure, session, say, titleId = 'ws-panel-title' }: PanelProps) {
	const debrief = useMemo(() => groupDebrief(procedure, scenario, session), [session.main, session.branches]);
	const download = useMemo(() => {
		const data = sessionExport(procedure, scenario, session, new Date().toISOString());
		return {
			href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })),
			name: sessionFileName(scenario.id, session.startedAt),
		};
	}, [session]);
	useEffect(() => () => URL.revokeObjectURL(download.href), [download.href]);
	const { result, ending } = debrief;
	return (
		<div class="ws-debrief">
			<p class="eyebrow">Group debrief{ending && ` · ${bandText[ending.outcome]}`}</p>
			<h2 id={titleId}>{ending?.title}</h2>
			<p>{ending?.text}</p>
			<ScoreSummary result={result} />
			<RevealEnding session={session} say={say} />

			<h3>The room’s path</h3>
			<ol class="ws-path">
				{debrief.decisions.map((d) => (
					<PathDecision key={d.number} decision={d} />
				))}
			</ol>

			<h3>The documented steps, step by step</h3>
			<StepVerdicts steps={result.steps} stepLinks={{}} who="The room" />

			<h3>Pitfalls</h3>
			<PitfallList pitfalls={result.pitfalls} showFeedback={false} who="The room" />

			{debrief.branches.length > 0 && (
				<>
					<h3>“What if” branches explored</h3>
					<ul class="ws-branches">
						{debrief.branches.map((branch, i) => (
							<li key={i}>
								<p>
									At decision {branch.divergesAt}, {branch.choice.letter} instead:{' '}
									{branch.ending
										? `${branch.ending.title}, ${branch.result.total} / 100 (${bandText[branch.result.band]}).`
										: `${plural(branch.decisions - branch.divergesAt + 1, 'decision')} explored from there, no ending reached.`}
								</p>
								<p class="did">
									<span class="did-label">{branch.choice.letter}:</span> {branch.choice.text}
								</p>
							</li>
						))}
					</ul>
				</>
			)}

			<div class="actions no-print">
				<button type="button" class="button" onClick={() => window.print()}>
					Print the debrief
				</button>
				<a class="button secondary" href={download.href} download={download.name}>
					Download the session (JSON)
				</a>
				<BackButton session={session} say={say} />
				<button type="button" class="button secondary" onClick={() => endWorkshop()}>
					End and start afresh
				</button>
			</div>
		</div>
	);
}

function PathDecision({ decision: d }: { decision: DebriefDecision }) {
	return (
		<li>
			<p class="speaker">
				Decision {d.number}: {d.speaker}
			</p>
			<p class="ws-line">{d.text}</p>
			<p class="you">
				<span class="you-label">Played {d.chosen.letter}:</span> {d.chosen.text}
			</p>
			<Mapping mapping={d} />
			<table class="ws-split">
				<caption>
					Votes at decision {d.number} ({d.totalVotes} in all; {decidedByText[d.decidedBy].toLowerCase()})
				</caption>
				<thead>
					<tr>
						<th scope="col">Choice</th>
						<th scope="col">Votes</th>
						<th scope="col">Share</th>
					</tr>
				</thead>
				<tbody>
					{d.split.map((row) => (
						<tr key={row.letter} class={row.letter === d.chosen.letter ? 'played' : undefined}>
							<th scope="row">
								{row.letter}
								{row.letter === d.chosen.letter && ' (played)'}
							</th>
							<td>{row.votes}</td>
							<td>{row.percent}%</td>
						</tr>
					))}
				</tbody>
			</table>
		</li>
	);
}
