import type { ScenarioNode } from '../../schemas/scenario.ts';
import { choiceMapping } from '../../engine/workshop/debrief.ts';
import { decisionNumber, isExploring, shownChoiceIds } from '../../engine/workshop/session.ts';
import { letterFor } from '../../engine/workshop/votes.ts';
import { speakerLabel } from '../../engine/transcript.ts';
import Mapping from './Mapping.tsx';
import ResultPanel from './ResultPanel.tsx';
import VoteTable from './VoteTable.tsx';
import type { PanelProps } from './types.ts';

/** An open decision (the room votes) or the choice just played (the trainer reveals it). */
export default function DecisionPanel(props: PanelProps & { node: ScenarioNode }) {
	const { scenario, procedure, session, node } = props;
	const voting = session.stage === 'vote';
	const played = voting ? undefined : session.current.at(-1)!;
	const shown = shownChoiceIds(scenario, node);
	return (
		<div class="ws-decision">
			<h2 id="ws-panel-title">
				{isExploring(session) && <span class="tag whatif">What if…</span>} Decision {decisionNumber(session)}
				{played && `: ${letterFor(shown.indexOf(played.choiceId))} played`}
			</h2>
			<p class="speaker">{speakerLabel(node, scenario.persona.name)}</p>
			<p class="ws-line">{node.text}</p>
			{node.facilitatorPrompt && voting && (
				<div class="callout">
					<p class="callout-title">Ask the room</p>
					<p>{node.facilitatorPrompt}</p>
				</div>
			)}
			{voting ? (
				<VoteTable {...props} withText renderMapping={(choice) => <Mapping mapping={choiceMapping(procedure, choice)} />} />
			) : (
				<ResultPanel {...props} />
			)}
		</div>
	);
}
