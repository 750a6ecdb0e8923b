import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import type { Counts } from '../engine/progress/import-plan.ts';
import { $browserProgressOffer, $lms, addBrowserProgress, connectLms } from '../stores/lms.ts';

interface Props {
	catalogue: Catalogue;
	/** The course's home page, shown in the frame below. */
	home: string;
}

const statusText = { incomplete: 'In progress', completed: 'All lessons done', passed: 'Course passed' } as Record<string, string>;

// Not engine/words.ts's plural: it would bring that module's 0.4 KB chunk to this page for one word.
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(counts: Counts): string {
	const parts = [
		counts.lessons > 0 ? plural(counts.lessons, 'lesson done', 'lessons done') : '',
		counts.attempts > 0 ? plural(counts.attempts, 'role-play played', 'role-plays played') : '',
		counts.drills > 0 ? plural(counts.drills, 'drill done', 'drills done') : '',
	].filter(Boolean);
	return parts.length > 0 ? parts.join(', ') : 'role-plays left part-way';
}

/**
 * The SCORM launch page: connects to the LMS and shows the course in a frame. The page itself
 * never navigates (leaving it would end the LMS session): every link is inside the frame.
 */
export default function LmsBridge({ catalogue, home }: Props) {
	const lms = useStore($lms);
	const offer = useStore($browserProgressOffer);
	useEffect(() => {
		let finish: (() => void) | undefined;
		let gone = false;
		void connectLms(catalogue).then((end) => (gone ? end() : (finish = end)));
		return () => {
			gone = true;
			finish?.();
		};
	}, []);
	if (lms.kind === 'none') {
		return (
			<div class="callout">
				<p>
					<strong>No learning management system found.</strong> This page reports to an LMS when the LMS opens it. Here the course works as on the web, and your
					progress stays in this browser: <a href={home}>open the course</a>.
				</p>
			</div>
		);
	}
	if (lms.kind === 'failed') {
		return (
			<div class="callout warning" role="alert">
				<p>
					<strong>Your LMS did not start a session for this course</strong>, so nothing you do here would be recorded. Close this window and open the course
					again from your LMS; if this happens again, tell whoever runs your LMS.
				</p>
			</div>
		);
	}
	return (
		<div class="lms-bridge">
			<p class="meta lms-status" role="status">
				{lms.kind === 'connected'
					? `Reporting to your LMS${lms.learnerName ? ` for ${lms.learnerName}` : ''}: ${statusText[lms.status] ?? lms.status}${lms.score === undefined ? '' : `, score ${lms.score}`}`
					: 'Connecting to your LMS…'}
			</p>
			{lms.kind === 'connected' && offer && (
				<div class="callout lms-offer">
					<p>This browser also holds progress made outside your LMS ({describe(offer)}). It counts for your LMS record only if it is your own work.</p>
					<button type="button" class="button secondary" onClick={addBrowserProgress}>
						It is mine: add it to my LMS record
					</button>
				</div>
			)}
			{lms.kind === 'connected' && <iframe class="lms-frame" src={home} title="Make Good course" />}
		</div>
	);
}
