import type { ChoiceMapping } from '../../engine/workshop/debrief.ts';

/** The step a choice performs and the pitfalls it commits, as tags (the trainer's eyes only). */
export default function Mapping({ mapping }: { mapping: ChoiceMapping }) {
	return (
		<span class="ws-mapping">
			{mapping.performs ? <span class="tag step">Step: {mapping.performs}</span> : <span class="tag">No step</span>}
			{mapping.pitfalls.map((pitfall) => (
				<span key={pitfall} class="tag pitfall">
					Pitfall: {pitfall}
				</span>
			))}
		</span>
	);
}
