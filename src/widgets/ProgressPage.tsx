import type { Catalogue } from '../engine/progress/catalogue.ts';
import { useStoredProgress } from './use-stored-progress.ts';
import StorageNotice from './storage-notice/StorageNotice.tsx';
import ProgressTransfer from './ProgressTransfer.tsx';
import ClearProgress from './ClearProgress.tsx';
import UnreadableProgress from './UnreadableProgress.tsx';
import { Drills, Lessons } from './progress-page/Checklists.tsx';
import { Mastery } from './progress-page/Mastery.tsx';
import { CertificateNeeds, Overview } from './progress-page/Overview.tsx';
import { RolePlays } from './progress-page/RolePlays.tsx';

/** /progress/: everything the learner has done, what to revisit, and their data to take away. */
export default function ProgressPage({ catalogue }: { catalogue: Catalogue }) {
	const { progress, busy } = useStoredProgress();
	return (
		<div class="progress-page" aria-busy={busy ? 'true' : undefined}>
			<StorageNotice />
			<UnreadableProgress />
			<Overview catalogue={catalogue} progress={progress} />
			<CertificateNeeds catalogue={catalogue} progress={progress} />
			<Lessons catalogue={catalogue} progress={progress} />
			<Drills catalogue={catalogue} progress={progress} />
			<RolePlays catalogue={catalogue} progress={progress} />
			<Mastery catalogue={catalogue} progress={progress} />
			<ProgressTransfer catalogue={catalogue} progress={progress} />
			<ClearProgress progress={progress} />
		</div>
	);
}
