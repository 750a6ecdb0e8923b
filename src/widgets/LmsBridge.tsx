import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import { $lms, connectLms } from '../stores/lms.ts';

interface Props {
	catalogue: Catalogue;
	/** The course's home page, shown in the frame below. */
	home: string;
}

const statusText = { incomplete: 'In progress', completed: 'All lessons done', passed: 'Course passed' } as Record<string, string>;

/** The SCORM launch page: connects to the LMS and shows the course in a frame. */
export default function LmsBridge({ catalogue, home }: Props) {
	const lms = useStore($lms);
	useEffect(() => connectLms(catalogue), []);
	if (lms.kind === 'none') {
		return (
			<div class="callout">
				<p>
					<strong>No learning management system found.</strong> This page connects the course to an LMS when it runs inside one. Everything else works as on
					the web: <a href={home}>open the course</a>.
				</p>
			</div>
		);
	}
	return (
		<div class="lms-bridge">
			<p class="meta lms-status" role="status">
				{lms.kind === 'connected' ? `Reporting to your LMS: ${statusText[lms.status] ?? lms.status}${lms.score === undefined ? '' : `, score ${lms.score}`}` : 'Connecting to your LMS…'}
			</p>
			{lms.kind === 'connected' && <iframe class="lms-frame" src={home} title="Make Good course" />}
		</div>
	);
}
