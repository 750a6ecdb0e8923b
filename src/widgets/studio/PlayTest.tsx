import { useState } from 'preact/hooks';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { PathStep } from '../../engine/runner.ts';
import type { StepLink } from '../../utils/step-links.ts';
import { idealFrom } from '../../stores/studio-check.ts';
import RolePlay from '../role-play/RolePlay.tsx';

interface Props {
	/** The draft as last checked, when it can be played. */
	scenario: Scenario | undefined;
	procedure: Procedure | undefined;
	text: string;
	stepLinks: Record<string, StepLink>;
	/** True while the latest check is still being worked out. */
	waiting: boolean;
}

interface Session {
	scenario: Scenario;
	procedure: Procedure;
	ideal: PathStep[];
	from: string;
	at: string;
	n: number;
}

/**
 * The draft in the real role-play, practice or assessment, from the start or from any
 * node. It plays the version that was current when the play-test started, so typing does
 * not pull the story from under the player; nothing is saved to the learner's progress.
 */
export default function PlayTest({ scenario, procedure, text, stepLinks, waiting }: Props) {
	const [from, setFrom] = useState('');
	const [session, setSession] = useState<Session | null>(null);
	const [busy, setBusy] = useState(false);
	if (!session && waiting) return <p aria-busy="true">Checking the draft…</p>;
	if (!session && (!scenario || !procedure)) return <p>The play-test opens once the errors listed under Problems are fixed.</p>;
	if (!scenario || !procedure)
		return <RolePlay key={session!.n} scenario={session!.scenario} procedure={session!.procedure} idealPath={session!.ideal} stepLinks={stepLinks} trial />;
	const start = from && scenario.nodes.some((n) => n.id === from) ? from : scenario.start;

	const begin = async () => {
		setBusy(true);
		const ideal = await idealFrom(text, start);
		setBusy(false);
		setSession({
			scenario: { ...scenario, start },
			procedure,
			ideal,
			from: start,
			at: new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }),
			n: (session?.n ?? 0) + 1,
		});
	};

	return (
		<div class="studio-play">
			<div class="studio-row">
				<label for="play-from" class="label">
					Start from
				</label>
				<select id="play-from" value={start} onChange={(e) => setFrom((e.target as HTMLSelectElement).value)}>
					{scenario.nodes.map((node) => (
						<option key={node.id} value={node.id}>
							{node.id === scenario.start ? `${node.id} (the start)` : node.id}
						</option>
					))}
				</select>
				<button type="button" class="button" onClick={begin} disabled={busy}>
					{session ? 'Play-test the latest version' : 'Play-test this version'}
				</button>
			</div>
			<p class="meta">
				Play-tests are not saved to your progress. Started from a later node, the steps before it count as skipped in the debrief.
				{session && ` Playing the version of ${session.at}, from “${session.from}”.`}
			</p>
			{session && <RolePlay key={session.n} scenario={session.scenario} procedure={session.procedure} idealPath={session.ideal} stepLinks={stepLinks} trial />}
		</div>
	);
}
