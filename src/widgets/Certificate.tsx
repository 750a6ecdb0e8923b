import { useState } from 'preact/hooks';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import { bandText } from '../engine/words.ts';
import { completion, PASS_BAND, requirements } from '../engine/progress/certificate.ts';
import { QUIZ_PASS_SHARE } from '../engine/quiz.ts';
import { useStoredProgress } from './use-stored-progress.ts';
import { formatDate } from '../utils/dates.ts';
import { url } from '../utils/url.ts';
import StorageNotice from './storage-notice/StorageNotice.tsx';
import RequirementList from './RequirementList.tsx';

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
				<h2>
					Not yet: {status.remaining.length} {status.remaining.length === 1 ? 'thing remains' : 'things remain'}
				</h2>
				<p>
					The certificate needs each lesson’s knowledge check passed ({Math.round(QUIZ_PASS_SHARE * 100)} % right first time), and each assessed role-play
					finished in <strong>assessment mode</strong> with an outcome of at least “{bandText[PASS_BAND]}”. Practice attempts help you learn but do not count.
				</p>
				<RequirementList items={items} />
				<p>
					See <a href={url('progress/')}>your progress</a> for your scores and the steps worth revisiting.
				</p>
			</div>
		);
	}

	const checked = items.filter((item) => item.kind !== 'lesson');
	return (
		<div class="certificate-status">
			<StorageNotice compact />
			<div class="no-print">
				<h2>You have completed the course</h2>
				<div class="name-field">
					<label for="certificate-name">Your name, as it should appear on the certificate</label>
					<input
						id="certificate-name"
						type="text"
						autocomplete="name"
						maxLength={80}
						value={name}
						onInput={(e) => setName(e.currentTarget.value)}
						aria-describedby="name-hint"
					/>
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
					passed the knowledge check of every lesson, answering at least {Math.round(QUIZ_PASS_SHARE * 100)} % of its questions right first time, and passed
					each assessed role-play in assessment mode (no hints until the debrief), scored step by step against the documented procedures of service recovery.
				</p>
				<table>
					<caption>What was checked</caption>
					<thead>
						<tr>
							<th scope="col">Check</th>
							<th scope="col">Result</th>
							<th scope="col">Passed on</th>
						</tr>
					</thead>
					<tbody>
						{checked.map((item) => (
							<tr key={`${item.kind}-${item.id}`}>
								<td>{item.kind === 'knowledge-check' ? `Knowledge check: ${item.title}` : `Role-play (assessment): ${item.title}`}</td>
								<td>
									{item.kind === 'knowledge-check'
										? `${item.record!.best.correct} of ${item.record!.best.total} right first time`
										: item.kind === 'role-play' && `${item.passing!.score} / 100, ${bandText[item.passing!.band]}`}
								</td>
								<td>{formatDate(item.doneAt!)}</td>
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
