import { Component } from 'preact';
import type { Scenario } from '../../schemas/scenario.ts';
import { timeOfDay, type Turn } from '../../engine/transcript.ts';
import { NodeMessage, YourMessage } from './Message.tsx';

interface TurnProps {
	turn: Turn;
	scenario: Scenario;
}

/**
 * One past exchange: what was said, and what the learner said or did. Past turns never
 * change, so they are not diffed again on every choice: a turn's node and choice are the
 * scenario's own objects, so identity says whether it is the same.
 */
export class PastTurn extends Component<TurnProps> {
	override shouldComponentUpdate(next: TurnProps) {
		return next.turn.node !== this.props.turn.node || next.turn.choice !== this.props.turn.choice || next.scenario !== this.props.scenario;
	}

	override render({ turn, scenario }: TurnProps) {
		const time = timeOfDay(scenario.setting.startsAt, turn.at, scenario.clock.unit);
		return (
			<li class="exchange">
				<NodeMessage node={turn.node} customer={scenario.persona.name} channel={scenario.setting.channel} time={time} />
				<YourMessage text={turn.choice.text} channel={scenario.setting.channel} time={time} />
			</li>
		);
	}
}

/** The conversation so far, as a list read in order. */
export default function Conversation({ turns, scenario }: { turns: readonly Turn[]; scenario: Scenario }) {
	return (
		<ol class={`conversation channel-${scenario.setting.channel}`} aria-label="The conversation so far">
			{turns.map((turn, index) => (
				<PastTurn key={index} turn={turn} scenario={scenario} />
			))}
		</ol>
	);
}
