import type { WorkshopSession } from '../../engine/workshop/session.ts';
import { keys } from '../../engine/workshop/shortcuts.ts';
import { revealNow } from '../../stores/workshop-controls.ts';
import type { Say } from './types.ts';

/** Whether the room sees the score yet, and the button that shows it. */
export default function RevealEnding({ session, say }: { session: WorkshopSession; say: Say }) {
	return (
		<p class="ws-revealed no-print">
			<strong>On the audience screen:</strong> {session.revealed ? 'the score and steps are showing' : 'the ending only'}{' '}
			{!session.revealed && (
				<button type="button" class="button secondary" aria-keyshortcuts={keys.reveal} onClick={() => say(revealNow())}>
					Reveal the score to the room (R)
				</button>
			)}
		</p>
	);
}
