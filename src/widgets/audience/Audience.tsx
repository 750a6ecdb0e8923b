import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $audienceView, connectAudience } from '../../stores/workshop-channel.ts';
import { AudienceStage } from './AudienceStage.tsx';

/**
 * The audience screen: what the room sees on the projector. It renders only what the
 * presenter sends (see audienceView in src/engine/workshop), so it has no rules of its own.
 */

interface Props {
	scenarioId: string;
}

export default function Audience({ scenarioId }: Props) {
	const view = useStore($audienceView);
	const [fullscreen, setFullscreen] = useState(false);
	useEffect(() => connectAudience(scenarioId), [scenarioId]);
	useEffect(() => {
		const onChange = () => setFullscreen(document.fullscreenElement !== null);
		document.addEventListener('fullscreenchange', onChange);
		return () => document.removeEventListener('fullscreenchange', onChange);
	}, []);

	const toggleFullscreen = () => {
		if (document.fullscreenElement) void document.exitFullscreen();
		else void document.documentElement.requestFullscreen?.().catch(() => {});
	};

	return (
		<div class="ws-audience">
			{view ? (
				<AudienceStage view={view} fit />
			) : (
				<div class="stage stage-waiting">
					<p class="stage-big">Waiting for the presenter…</p>
					<p>
						Open this role-play’s presenter page in another window of this browser. This screen follows it as soon as it is open. (Joining from a phone? Scan
						the QR code on the projector instead.)
					</p>
				</div>
			)}
			<p class="ws-audience-tools">
				<button type="button" class="button secondary" aria-pressed={fullscreen} onClick={toggleFullscreen}>
					{fullscreen ? 'Leave full screen' : 'Full screen'}
				</button>
			</p>
		</div>
	);
}
