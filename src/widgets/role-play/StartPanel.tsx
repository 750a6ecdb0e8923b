import type { ResumeOffer } from '../../engine/progress/resume.ts';
import { modeText, plural } from '../../engine/words.ts';
import { formatDateTime } from '../../utils/dates.ts';
import { setMode, type Mode } from '../../stores/role-play.ts';
import StorageNotice from '../storage-notice/StorageNotice.tsx';

interface Props {
	mode: Mode;
	/** False until the island has read what this browser remembers: the controls wait for it. */
	ready: boolean;
	offer: ResumeOffer;
	onStart: () => void;
	onResume: (() => void) | undefined;
	/** The role-play left part-way no longer fits this role-play, which has been edited since. */
	changed: boolean;
	/** A play-test of a draft (the studio): nothing counts towards a certificate. */
	trial?: boolean;
	/** The certificate asks for this role-play, passed in assessment mode. */
	forCertificate?: boolean;
}

/** Before play: resume what was left part-way, pick a mode, start. */
export default function StartPanel({ mode, ready, offer, onStart, onResume, changed, trial = false, forCertificate = false }: Props) {
	return (
		<div class="roleplay start-panel" data-ready={ready ? 'true' : undefined}>
			<StorageNotice compact />
			{/* Present and empty from the first render, so what appears in it is announced. */}
			<div class="resume-slot" aria-live="polite">
				{offer.kind === 'resume' && onResume && (
					<div class="callout resume">
						<p>
							<strong>You left this role-play part-way</strong> on {formatDateTime(offer.updatedAt)}, after {plural(offer.state.path.length, 'decision')} in{' '}
							{modeText[offer.mode]} mode.
						</p>
						<button type="button" class="button" onClick={onResume}>
							Resume where you left off
						</button>
					</div>
				)}
				{changed && (
					<p class="callout warning">
						<strong>This role-play has changed since you last played it,</strong> so the attempt you left part-way cannot be picked up. Please start again: your
						finished attempts are all kept.
					</p>
				)}
			</div>
			<fieldset class="modes" disabled={!ready}>
				<legend>How do you want to play?</legend>
				<label class="mode">
					<input type="radio" name="mode" value="practice" checked={mode === 'practice'} onChange={() => setMode('practice')} />
					<span>
						<strong>Practice</strong>
						<span class="meta">See what each choice leads to as you go.</span>
					</span>
				</label>
				<label class="mode">
					<input type="radio" name="mode" value="assessment" checked={mode === 'assessment'} onChange={() => setMode('assessment')} />
					<span>
						<strong>Assessment</strong>
						<span class="meta">
							No hints: all feedback waits for the debrief.
							{trial ? '' : forCertificate ? ' The certificate needs this role-play passed in this mode.' : ' The certificate does not ask for this role-play.'}
						</span>
					</span>
				</label>
			</fieldset>
			<button type="button" class={offer.kind === 'resume' ? 'button secondary' : 'button'} disabled={!ready} onClick={onStart}>
				{offer.kind === 'resume' ? 'Start again from the beginning' : 'Start the role-play'}
			</button>
		</div>
	);
}
