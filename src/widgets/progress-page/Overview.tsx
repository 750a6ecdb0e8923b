import { completion, requirements } from '../../engine/progress/certificate.ts';
import { url } from '../../utils/url.ts';
import RequirementList from '../RequirementList.tsx';
import type { Section } from './shared.tsx';

export function Overview({ catalogue, progress }: Section) {
	const read = catalogue.lessons.filter((l) => progress.lessons[l.id]).length;
	const status = completion(requirements(catalogue, progress));
	return (
		<section class="overview card" aria-labelledby="overview-title">
			<h2 id="overview-title">At a glance</h2>
			<ul>
				<li>
					Lessons done: <strong>{read}</strong> of {catalogue.lessons.length}
				</li>
				<li>
					Role-play attempts: <strong>{progress.attempts.length}</strong>
				</li>
				<li>
					Certificate:{' '}
					{status.complete ? (
						<a href={url('certificate/')}>ready to print</a>
					) : (
						<>
							{status.remaining.length} {status.remaining.length === 1 ? 'thing' : 'things'} left — <a href={url('certificate/')}>see what remains</a>
						</>
					)}
				</li>
			</ul>
		</section>
	);
}

export function CertificateNeeds({ catalogue, progress }: Section) {
	const items = requirements(catalogue, progress);
	const status = completion(items);
	return (
		<section aria-labelledby="needs-title">
			<h2 id="needs-title">What the certificate needs</h2>
			{status.complete ? (
				<p>
					Everything is done: <a href={url('certificate/')}>print your certificate</a>.
				</p>
			) : (
				<p>Each lesson’s knowledge check passed, and each assessed role-play passed in assessment mode. Practice attempts do not count.</p>
			)}
			<RequirementList items={items} />
		</section>
	);
}
