import { useState } from 'preact/hooks';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import { bandText } from '../engine/words.ts';
import { completion, PASS_BAND, requirements, type Requirement } from '../engine/progress/certificate.ts';
import { useStoredProgress } from './use-stored-progress.ts';
import { formatDate } from '../utils/dates.ts';
import { url } from '../utils/url.ts';
import StorageNotice from './StorageNotice.tsx';

// Written out rather than imported from scoring.ts: that import moves code between shared chunks
// and puts the presenter page over its JavaScript budget (measured: +45 to +162 B).

/** /certificate/: what remains, or, once everything required is done, a certificate to print. */
export default function Certificate({ catalogue }: { catalogue: Catalogue }) {
	const { progress, busy } = useStoredProgress();
	const [name, setName] = useState('');
	const items = requirements(catalogue, progress);
	const status = completion(items);

	if (!status.complete) {
		return (
			<div class="certificate-status" aria-busy={busy ? 'true' : undefined}>
				<StorageNotice compact />
				<h2>Not yet: {status.remaining.length} {status.remaining.length === 1 ? 'thing remains' : 'things remain'}</h2>
				<p>
					The certificate needs every lesson marked as done, and each assessed role-play finished with an outcome of at least “{bandText[PASS_BAND]}”, in either
					mode.
				</p>
				<ul class="checklist">
					{items.map((item) => (
						<RequirementItem key={`${item.kind}-${item.id}`} item={item} />
					))}
				</ul>
				<p>
					See <a href={url('progress/')}>your progress</a> for your scores and the steps worth revisiting.
				</p>
			</div>
		);
	}

	const rolePlays = items.filter((item) => item.kind === 'role-play');
	return (
		<div class="certificate-status">
			<StorageNotice compact />
			<div class="no-print">
				<h2>You have completed the course</h2>
				<div class="name-field">
					<label for="certificate-name">Your name, as it should appear on the certificate</label>
					<input id="certificate-name" type="text" autocomplete="name" maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} aria-describedby="name-hint" />
					<p id="name-hint" class="meta">
						It stays on this page: it is not saved or sent anywhere. Leave it blank to write it by hand.
					</p>
				</div>
				<button type="button" class="button" onClick={() => window.print()}>
					Print the certificate
				</button>
			</div>
			<article class="certificate" aria-labelledby="certificate-title">
				<p class="eyebrow">Make Good · Service-recovery training</p>
				<h2 id="certificate-title">Certificate of completion</h2>
				<p>This is to certify that</p>
				<p class="certificate-name">{name.trim() || <span class="blank">&nbsp;</span>}</p>
				<p>
					read every lesson of the course and passed each assessed role-play, scored against the documented steps of service recovery.
				</p>
				<table>
					<caption class="visually-hidden">Role-play results</caption>
					<thead>
						<tr>
							<th scope="col">Role-play</th>
							<th scope="col">Best score</th>
							<th scope="col">Outcome</th>
						</tr>
					</thead>
					<tbody>
						{rolePlays.map((item) => (
							<tr key={item.id}>
								<td>{item.title}</td>
								<td>{item.passing!.score} / 100</td>
								<td>{bandText[item.passing!.band]}</td>
							</tr>
						))}
					</tbody>
				</table>
				<p class="certificate-date">Completed on {formatDate(status.completedAt!)}</p>
				<p class="meta">Recorded by the learner’s own browser; Make Good keeps no accounts.</p>
			</article>
		</div>
	);
}

function RequirementItem({ item }: { item: Requirement }) {
	const mark = item.doneAt ? (
		<span class="status done">
			<span aria-hidden="true">✓ </span>Done
		</span>
	) : (
		<span class="status todo">To do</span>
	);
	if (item.kind === 'lesson') {
		return (
			<li>
				Read the lesson <a href={item.href}>{item.title}</a> and mark it as done {mark}
			</li>
		);
	}
	return (
		<li>
			Play <a href={item.href}>{item.title}</a> to at least “{bandText[PASS_BAND]}” {mark}
			{!item.doneAt && item.best && (
				<span class="meta">
					{' '}
					Your best so far: {item.best.score} / 100, {bandText[item.best.band]}.
				</span>
			)}
		</li>
	);
}
