import { keys } from '../../engine/workshop/shortcuts.ts';
import { isExploring, type WorkshopSession } from '../../engine/workshop/session.ts';
import { backNow, returnNow } from '../../stores/workshop-controls.ts';
import type { Say } from './types.ts';

/** Back one decision; while exploring, also the way home to the room's debrief. */
export default function BackButton({ session, say }: { session: WorkshopSession; say: Say }) {
	return (
		<>
			{session.current.length > 0 && (
				<button type="button" class="button secondary" aria-keyshortcuts={keys.back} onClick={() => say(backNow())}>
					{session.mainEndingId === null ? 'Back one decision (B)' : 'Back: explore “what if” (B)'}
				</button>
			)}
			{isExploring(session) && (
				<button type="button" class="button secondary" onClick={() => say(returnNow())}>
					Return to the room’s debrief
				</button>
			)}
		</>
	);
}
