import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { resumeOffer, type ResumeOffer } from '../../engine/progress/resume.ts';
import type { PathStep } from '../../engine/runner.ts';
import { plural } from '../../engine/words.ts';
import { $mode, $playMode, $rolePlay, beginRolePlay, leaveRolePlay, resumeRolePlay, type Play } from '../../stores/role-play.ts';
import { $progress, discardRolePlay } from '../../stores/progress.ts';
import { useClientStore } from '../use-client-store.ts';
import type { StepLink } from '../debrief/StepVerdicts.tsx';
import type PlayViewType from './PlayView.tsx';
import StartPanel from './StartPanel.tsx';

interface Props {
	scenario: Scenario;
	procedure: Procedure;
	/** Worked out at build time: the search is too costly to run on a phone. */
	idealPath: PathStep[];
	/** Where each step is taught, by step id. */
	stepLinks: Record<string, StepLink>;
	/** A play-test of a draft (the studio): no resume offer, nothing saved to progress. */
	trial?: boolean;
	/** The certificate asks for this role-play, passed in assessment mode. */
	forCertificate?: boolean;
}

const noOffer: ResumeOffer = { kind: 'none' };

/**
 * The role-play: pick a mode and start (or resume); the play itself (PlayView) loads when it
 * begins. Rules live in src/engine and the stores.
 */
export default function RolePlay({ scenario, procedure, idealPath, stepLinks, trial = false, forCertificate = false }: Props) {
	const state = useStore($rolePlay);
	const [ready, setReady] = useState(false);
	useEffect(() => setReady(true), []);
	const chosenMode = useClientStore($mode, 'practice');
	const playMode = useStore($playMode);
	const mode = state ? playMode : chosenMode;
	const play: Play = useMemo(() => ({ scenario, procedure, trial, forCertificate }), [scenario, procedure, trial, forCertificate]);
	const [announcement, setAnnouncement] = useState('');

	const [PlayView, setPlayView] = useState<typeof PlayViewType | null>(null);
	useEffect(() => {
		if (state && !PlayView) void import('./PlayView.tsx').then((module) => setPlayView(() => module.default));
	}, [state === null]);

	// A role-play left part-way (here or in another tab) is offered back; read after hydration.
	const progress = useClientStore($progress, null);
	const stored = trial ? undefined : progress?.inProgress[scenario.id];
	const offer = useMemo(() => (stored ? resumeOffer(scenario, stored) : noOffer), [scenario, stored]);
	const [changed, setChanged] = useState(false);
	useEffect(() => {
		if (offer.kind !== 'changed') return;
		setChanged(true);
		discardRolePlay(scenario.id);
	}, [offer.kind]);

	useEffect(() => () => leaveRolePlay(), []);

	const resume =
		offer.kind === 'resume'
			? () => {
					resumeRolePlay(offer.state, offer.mode);
					setAnnouncement(`Picked up where you left off, after ${plural(offer.state.path.length, 'decision')}.`);
				}
			: undefined;

	return (
		<>
			{/* Keyed, so Preact keeps the one live region in place as the start panel gives way to the play. */}
			{!state && (
				<StartPanel
					key="start"
					mode={mode}
					ready={ready}
					offer={offer}
					onStart={() => beginRolePlay(play)}
					onResume={resume}
					changed={changed}
					trial={trial}
					forCertificate={forCertificate}
				/>
			)}
			{state && !PlayView && (
				<p key="loading" class="roleplay-loading" aria-busy="true">
					Starting the role-play…
				</p>
			)}
			{state && PlayView && <PlayView key="play" play={play} state={state} mode={mode} idealPath={idealPath} stepLinks={stepLinks} say={setAnnouncement} />}
			<div key="live" class="visually-hidden" aria-live="polite" aria-atomic="true">
				{announcement}
			</div>
		</>
	);
}
