import type { Scenario, ScenarioNode } from '../../schemas/scenario.ts';
import { messagesOf, speakerLabel } from '../../engine/transcript.ts';
import Avatar from './Avatar.tsx';

type Channel = Scenario['setting']['channel'];

/**
 * What someone says, laid out for the channel: chat bubbles with times, an email card
 * with sender and subject, or a line of dialogue. Narration ("What happens") has no face.
 */
export function NodeMessage({ node, customer, channel, time }: { node: ScenarioNode; customer: string; channel: Channel; time: string | undefined }) {
	const name = speakerLabel(node, customer);
	if (node.speaker === 'narrator') {
		return (
			<div class="msg msg-narration">
				<p class="msg-who visually-hidden">{name}</p>
				<p class="msg-text">{node.text}</p>
			</div>
		);
	}
	if (channel === 'email' && node.speaker === 'customer') {
		return (
			<article class="msg msg-email" aria-label={`Email from ${name}`}>
				<header class="email-head">
					<Avatar name={name} />
					<div>
						<p class="msg-who">{name}</p>
						{node.subject && <p class="email-subject">{node.subject}</p>}
						{time && <p class="msg-time">{time}</p>}
					</div>
				</header>
				<p class="msg-text email-body">{node.text}</p>
			</article>
		);
	}
	const lines = messagesOf(node.text, channel);
	return (
		<div class={`msg msg-them msg-${channel}`}>
			<Avatar name={name} />
			<div class="msg-body">
				<p class="msg-who">
					{name}
					{time && <span class="msg-time"> · {time}</span>}
				</p>
				{lines.map((line, index) => (
					<p key={index} class="msg-text bubble">
						{line}
					</p>
				))}
			</div>
		</div>
	);
}

/** The learner's own choice, shown in the conversation as what they said or did. */
export function YourMessage({ text, channel, time }: { text: string; channel: Channel; time: string | undefined }) {
	return (
		<div class={`msg msg-you msg-${channel}`}>
			<div class="msg-body">
				<p class="msg-who">You{time && <span class="msg-time"> · {time}</span>}</p>
				<p class="msg-text bubble">{text}</p>
			</div>
			<Avatar name="You" you />
		</div>
	);
}
