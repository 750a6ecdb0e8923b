import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AudienceView } from '../../engine/workshop/audience-view.ts';
import { DecisionStage, EndingStage } from './StagePhases.tsx';
import JoinPanel from './JoinPanel.tsx';

/** A short spoken summary of each new screen, so a screen-reader user in the room can follow too. */
function spoken(view: AudienceView): string {
	if (view.kind === 'lobby') return `Ready: ${view.scenarioTitle}. The trainer will start shortly.`;
	if (view.kind === 'ending') return view.reveal ? `Debrief: ${view.reveal.total} out of 100, ${view.reveal.band}.` : `The role-play has ended: ${view.title}.`;
	if (view.reveal) return `What happened: ${view.reveal.feedback} ${view.reveal.trustChange}.`;
	if (view.chosen) return `${view.chosen} is played.`;
	return `Decision ${view.number}. ${view.speaker}: ${view.text}`;
}

/** How far the projector's type may grow above its base size (3 % of the screen's height), and shrink below it. */
const LARGEST = 1.5;
const SMALLEST = 0.6;

/**
 * The room's screen for each phase (lobby, question and votes, reveal, ending and debrief),
 * laid out to fit the screen without scrolling. On the projector (`fit`), type scales with
 * the window's height: as large as the phase allows, stepping down if it would overflow.
 * `announce`: false where the page already announces changes itself (the presenter's single screen).
 */
export function AudienceStage({ view, announce = true, fit = false }: { view: AudienceView; announce?: boolean; fit?: boolean }) {
	const [said, setSaid] = useState('');
	const first = useRef(true);
	const stage = useRef<HTMLDivElement>(null);
	const [scale, setScale] = useState(LARGEST);
	// Counts window resizes, so each one starts the fitting again even when the scale is already the largest.
	const [resizes, setResizes] = useState(0);
	const text = spoken(view);
	const phase =
		view.kind === 'decision'
			? view.reveal
				? 'reveal'
				: view.chosen
					? 'played'
					: 'vote'
			: view.kind === 'ending'
				? view.reveal
					? 'debrief'
					: 'ending'
				: 'lobby';
	// Announce changes, not the screen the page opened on (it is read with the page).
	useEffect(() => {
		if (first.current) first.current = false;
		else setSaid(text);
	}, [text]);

	// Each new screen starts as large as the type may go, so a short phase fills the screen for the
	// back row; while it overflows its box, the type steps down, by the share that overflows, to
	// 60 % of the base size at least.
	useLayoutEffect(() => setScale(LARGEST), [JSON.stringify(view), resizes]);
	useLayoutEffect(() => {
		const box = stage.current;
		if (!fit || !box || box.scrollHeight <= box.clientHeight + 1 || scale <= SMALLEST) return;
		const byShare = Math.floor(scale * (box.clientHeight / box.scrollHeight) * 20) / 20;
		setScale(Math.max(SMALLEST, Math.min(Math.round((scale - 0.05) * 100) / 100, byShare)));
	});
	useEffect(() => {
		if (!fit) return;
		const onResize = () => setResizes((n) => n + 1);
		window.addEventListener('resize', onResize);
		return () => window.removeEventListener('resize', onResize);
	}, [fit]);

	return (
		<div class={`stage${fit ? ' fit' : ''}`} data-kind={view.kind} data-phase={phase} ref={stage} style={fit ? { '--stage-scale': String(scale) } : undefined}>
			{view.kind === 'lobby' &&
				(view.join ? (
					<div class="stage-lobby">
						<p class="stage-meta">Ready when you are: “{view.scenarioTitle}”</p>
						<JoinPanel join={view.join} size="big" />
					</div>
				) : (
					<div class="stage-waiting">
						<p class="stage-big">Ready when you are</p>
						<p>The trainer will start “{view.scenarioTitle}” shortly.</p>
					</div>
				))}
			{view.kind === 'decision' && <DecisionStage view={view} />}
			{view.kind === 'ending' && <EndingStage view={view} />}
			{announce && (
				<div class="visually-hidden" aria-live="polite" aria-atomic="true">
					{said}
				</div>
			)}
		</div>
	);
}
