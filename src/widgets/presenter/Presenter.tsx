import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { atEnding, isExploring, nodeOnScreen, stateOf, type WorkshopSession } from '../../engine/workshop/session.ts';
import { shortcutFor } from '../../engine/workshop/shortcuts.ts';
import { $audienceConnected, $session, $singleScreen, connectPresenter, savedSession, setSingleScreen } from '../../stores/workshop.ts';
import { runShortcut } from '../../stores/workshop-controls.ts';
import DecisionPanel from './DecisionPanel.tsx';
import EndingPanel from './EndingPanel.tsx';
import { loadGroupDebrief } from './group-debrief-view.ts';
import Lobby from './Lobby.tsx';
import RoomPanel from './RoomPanel.tsx';
import { DecisionTimer, Legend } from './SidePanel.tsx';
import type { Say } from './types.ts';

type SingleScreenView = typeof import('./SingleScreen.tsx').default;

/**
 * The trainer's screen: votes, play, reveal, back, the decision timer, the room and the
 * debrief. Every rule is in src/engine/workshop; what each control does and says is in
 * src/stores/workshop-controls.ts. `scenario` and `procedure` are props, so a page can
 * hand it any role-play, built in or loaded at run time.
 */

interface Props {
	scenario: Scenario;
	procedure: Procedure;
	/** The audience page, with the deploy base. */
	audienceHref: string;
	/** The phones' join page, with the deploy base (absolute URLs are worked out in the browser). */
	joinHref: string;
	/** The message broker built into the site (MAKE_GOOD_BROKER_URL), if any; the trainer can enter another. */
	brokerUrl?: string | undefined;
}

export default function Presenter({ scenario, procedure, audienceHref, joinHref, brokerUrl }: Props) {
	const session = useStore($session);
	const single = useStore($singleScreen);
	// The single-screen view (the audience's stage drawn inside this page) loads when it is turned on, not with the page.
	const [SingleScreen, setSingleScreenView] = useState<SingleScreenView | null>(null);
	const [singleFailed, setSingleFailed] = useState(false);
	const connected = useStore($audienceConnected);
	const [status, setStatus] = useState('');
	useEffect(() => {
		if (!single || SingleScreen) return;
		import('./SingleScreen.tsx')
			.then((module) => {
				setSingleFailed(false);
				setSingleScreenView(() => module.default);
			})
			.catch(() => {
				setSingleScreen(false);
				setSingleFailed(true);
			});
	}, [single]);
	const [popupBlocked, setPopupBlocked] = useState(false);
	const panel = useRef<HTMLElement>(null);
	const say: Say = (message) => message && setStatus(message);

	const [resumable, setResumable] = useState<WorkshopSession | null>(null);
	useEffect(() => {
		const disconnect = connectPresenter(scenario, procedure);
		// Read once connected (it comes from localStorage): the server's HTML has no saved session.
		setResumable(savedSession());
		return disconnect;
	}, [scenario, procedure]);

	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (!$session.get()) return;
			const target = event.target instanceof HTMLElement ? event.target : null;
			const action = shortcutFor(
				event,
				target && { tagName: target.tagName, type: (target as HTMLInputElement).type, isContentEditable: target.isContentEditable },
			);
			if (!action) return;
			event.preventDefault();
			say(runShortcut(action));
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, []);

	// The debrief's code is fetched as a session starts, not with the page (see group-debrief-view.ts).
	const started = session !== null;
	useEffect(() => {
		if (started) loadGroupDebrief().catch(() => {});
	}, [started]);

	// Focus follows the screen: a new decision, a result, or the ending.
	const screenKey = session ? `${session.current.length}-${session.stage}` : 'none';
	useEffect(() => {
		if (session) panel.current?.focus();
	}, [screenKey]);

	const openAudience = () => {
		const opened = window.open(audienceHref, `make-good-audience-${scenario.id}`, 'popup,width=1280,height=800');
		setPopupBlocked(opened === null);
	};

	const toolbar = (
		<div class="ws-toolbar no-print">
			<p class="ws-connection">
				<span aria-hidden="true">{connected ? '● ' : '○ '}</span>
				Audience screen: {connected ? 'connected' : 'not connected yet'}
			</p>
			<button type="button" class="button secondary" onClick={openAudience}>
				Open the audience screen
			</button>
			<button type="button" class="button secondary" aria-pressed={single} onClick={() => setSingleScreen(!single)}>
				Single screen
			</button>
			{singleFailed && (
				<p class="callout warning" role="alert">
					The single screen could not be loaded: this computer may be offline. Reload the page once it is connected; the session is kept.
				</p>
			)}
			{popupBlocked && (
				<p class="callout warning" role="alert">
					The browser blocked the new window. Open{' '}
					<a href={audienceHref} target="_blank">
						the audience screen
					</a>{' '}
					in a new window yourself, then drag it to the projector.
				</p>
			)}
			<RoomPanel scenario={scenario} joinHref={joinHref} brokerUrl={brokerUrl} say={say} />
		</div>
	);

	if (!session) {
		return (
			<div class="ws-presenter" data-state="lobby">
				{toolbar}
				<Lobby scenario={scenario} resumable={resumable} say={say} />
				<Status status={status} />
			</div>
		);
	}

	const ended = atEnding(scenario, session);
	const node = nodeOnScreen(scenario, session);
	const props = { scenario, procedure, session, say };

	return (
		<div class={`ws-presenter${single ? ' single' : ''}`} data-state={ended ? 'ended' : session.stage}>
			{toolbar}
			<div class="ws-layout">
				<section class="ws-panel" tabIndex={-1} ref={panel as never} aria-labelledby="ws-panel-title">
					{single ? (
						SingleScreen ? (
							<SingleScreen {...props} />
						) : (
							<p class="meta" id="ws-panel-title">
								Opening the single screen…
							</p>
						)
					) : ended ? (
						<EndingPanel {...props} />
					) : (
						<DecisionPanel {...props} node={node!} />
					)}
				</section>
				<aside class="ws-side no-print" aria-label="Timer and shortcuts">
					<DecisionTimer say={say} />
					{!single && (
						<p class="meta">
							{isExploring(session) ? 'Exploring “what if”' : 'The room’s path'} · customer trust {stateOf(scenario, session).trust} of 100
						</p>
					)}
					<Legend />
				</aside>
			</div>
			<Status status={status} />
		</div>
	);
}

function Status({ status }: { status: string }) {
	return (
		<div class="visually-hidden" aria-live="polite" aria-atomic="true">
			{status}
		</div>
	);
}
