import { useStore } from '@nanostores/preact';
import { $storage } from '../../stores/progress.ts';
import { url } from '../../utils/url.ts';
import { ExportNow, lasts } from '../storage-notice/NoticeBody.tsx';

/** The debrief's word on where the attempt went: in the learner's progress, or not saved (with the export). */
export default function AttemptSaved() {
	const storage = useStore($storage);
	if (storage.kind === 'saved') {
		return (
			<p class="meta">
				This attempt is in <a href={url('progress/')}>your progress</a>, with your best and latest scores.
			</p>
		);
	}
	return (
		<div class="callout warning">
			<p>
				<strong>This attempt is not saved in this browser.</strong> {lasts[storage.keptFor]} Download a copy to keep it.
			</p>
			<p class="actions">
				<ExportNow />
			</p>
		</div>
	);
}
