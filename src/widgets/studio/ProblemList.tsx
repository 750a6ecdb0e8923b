import type { StudioMessage } from '../../engine/studio/messages.ts';

interface Props {
	messages: readonly StudioMessage[];
	onJump: (line: number) => void;
}

/** Every message of the latest check, in file order, each one a way to its line. */
export default function ProblemList({ messages, onJump }: Props) {
	if (messages.length === 0) return <p class="studio-clean">No errors and no warnings: the build and the linter would accept this role-play as it is.</p>;
	return (
		<ol class="studio-problems">
			{messages.map((message, index) => (
				<li key={`${index}-${message.line}`} class={message.severity} data-line={message.line}>
					<button type="button" class="studio-linelink" onClick={() => onJump(message.line)}>
						Line {message.line}
						<span class="visually-hidden">: show in the editor</span>
					</button>
					<p>
						<strong>{message.label}:</strong> <span class="studio-message">{message.text}</span>
					</p>
				</li>
			))}
		</ol>
	);
}
