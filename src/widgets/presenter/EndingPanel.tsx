import { useEffect, useRef, useState } from 'preact/hooks';
import { findEnding } from '../../engine/runner.ts';
import { isExploring, stateOf } from '../../engine/workshop/session.ts';
import BackButton from './BackButton.tsx';
import { groupDebriefIfLoaded, loadGroupDebrief, type GroupDebriefView } from './group-debrief-view.ts';
import RevealEnding from './RevealEnding.tsx';
import type { PanelProps } from './types.ts';

/** At an ending: the room's group debrief (its code fetched when the session started), or the ending a "what if" reached. */
export default function EndingPanel(props: PanelProps) {
	const exploring = isExploring(props.session);
	const [GroupDebrief, setGroupDebrief] = useState<GroupDebriefView | undefined>(groupDebriefIfLoaded);
	const [failed, setFailed] = useState(false);
	const titleId = props.titleId ?? 'ws-panel-title';
	// Drawn after a wait (the placeholder or the warning was up): focus goes back to the panel, so its new title is read.
	const waited = useRef(false);
	const load = () => {
		waited.current = true;
		setFailed(false);
		loadGroupDebrief()
			.then((view) => setGroupDebrief(() => view))
			.catch(() => setFailed(true));
	};
	useEffect(() => {
		if (!exploring && !GroupDebrief) load();
	}, [exploring]);
	useEffect(() => {
		if (waited.current) document.getElementById(titleId)?.closest<HTMLElement>('[tabindex="-1"]')?.focus();
	}, [GroupDebrief, failed]);
	if (exploring) return <WhatIfEnding {...props} />;
	if (GroupDebrief) return <GroupDebrief {...props} />;
	return failed ? (
		<div class="callout warning" role="alert">
			<h2 id={titleId}>The debrief could not be loaded</h2>
			<p>This computer may be offline. Once it is connected, try again, or reload the page: the session is kept.</p>
			<button type="button" class="button secondary" onClick={load}>
				Try again
			</button>
		</div>
	) : (
		<p class="meta" id={titleId} aria-busy="true">
			Opening the debrief…
		</p>
	);
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
