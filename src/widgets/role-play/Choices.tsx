import type { Choice } from '../../schemas/scenario.ts';

const LETTERS = 'ABCD';

/** The options at a decision, as equal cards lettered A–D, in the order the engine shows them. */
export default function Choices({ shown, onChoose }: { shown: readonly Choice[]; onChoose: (choiceId: string) => void }) {
	return (
		<div class="choices" role="group" aria-labelledby="choices-label">
			<p id="choices-label" class="label">
				What do you do?
			</p>
			<ul>
				{shown.map((choice, index) => (
					<li key={choice.id}>
						<button type="button" class="choice" onClick={() => onChoose(choice.id)}>
							<span class="choice-letter" aria-hidden="true">
								{LETTERS[index]}
							</span>
							<span class="choice-text">{choice.text}</span>
						</button>
					</li>
				))}
			</ul>
		</div>
	);
}
