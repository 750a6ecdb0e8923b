import { findEnding } from '../../engine/runner.ts';
import { isExploring, stateOf, type WorkshopSession } from '../../engine/workshop/session.ts';
import { keys } from '../../engine/workshop/shortcuts.ts';
import { revealNow } from '../../stores/workshop-controls.ts';
import BackButton from './BackButton.tsx';
import GroupDebrief from './GroupDebrief.tsx';
import type { PanelProps, Say } from './types.ts';

/** At an ending: the room's group debrief, or the ending a "what if" reached. */
export default function EndingPanel(props: PanelProps) {
	return isExploring(props.session) ? <WhatIfEnding {...props} /> : <GroupDebrief {...props} />;
}

function WhatIfEnding({ scenario, session, say, titleId = 'ws-panel-title' }: PanelProps) {
	const ending = findEnding(scenario, stateOf(scenario, session).endingId!)!;
	return (
		<div class="ws-ending">
			<h2 id={titleId}>
				<span class="tag whatif">What if…</span> {ending.title}
			</h2>
			<p>{ending.text}</p>
			<RevealEnding session={session} say={say} />
			<div class="actions">
				<BackButton session={session} say={say} />
			</div>
		</div>
	);
}

/** Whether the room sees the score yet, and the button that shows it. */
export function RevealEnding({ session, say }: { session: WorkshopSession; say: Say }) {
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
