import { useState } from 'preact/hooks';
import type { Scenario } from '../../schemas/scenario.ts';
import { readSessionFile } from '../../engine/workshop/session-json.ts';
import { decisionNumber, type WorkshopSession } from '../../engine/workshop/session.ts';
import { loadWorkshop, resumeWorkshop, startWorkshop } from '../../stores/workshop.ts';
import type { Say } from './types.ts';
import { FileField } from '../FileField.tsx';

/** Before the session: start it, resume the one in progress, or load a downloaded session file. */
/** `resumable`: the session saved before a reload, read by the presenter once connected. */
export default function Lobby({ scenario, resumable, say }: { scenario: Scenario; resumable: WorkshopSession | null; say: Say }) {
	const [problem, setProblem] = useState('');

	const load = async (file: File | undefined) => {
		if (!file) return;
		const read = readSessionFile(await file.text(), scenario);
		if (!read.ok) return setProblem(read.problem);
		setProblem('');
		loadWorkshop(read.session);
		say(`Session loaded: decision ${decisionNumber(read.session)}.`);
	};

	return (
		<div class="ws-start">
			<p>
				Open the audience screen and drag it to the projector (or choose <strong>Single screen</strong> if you have only one screen), then start.
			</p>
			<div class="actions">
				<button type="button" class="button" onClick={() => startWorkshop()}>
					Start the session
				</button>
				{resumable && (
					<button type="button" class="button secondary" onClick={() => resumeWorkshop()}>
						Resume the session in progress (decision {decisionNumber(resumable)})
					</button>
				)}
			</div>
			<div class="ws-load">
				<FileField
					id="ws-session-file"
					label="Load a downloaded session (.json)"
					accept=".json,application/json"
					onFile={(file) => void load(file)}
					aria-describedby={problem ? 'ws-load-problem' : undefined}
				/>
				{problem && (
					<p id="ws-load-problem" class="callout warning" role="alert">
						{problem}
					</p>
				)}
			</div>
		</div>
	);
}
