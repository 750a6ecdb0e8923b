import { useMemo } from 'preact/hooks';
import type { Catalogue, CatalogueScenario } from '../engine/progress/catalogue.ts';
import { bandText } from '../engine/words.ts';
import type { Attempt, Progress } from '../engine/progress/model.ts';
import { retiredAttempts, scenarioSummaries, stepMastery, weakestSteps, type StepMastery } from '../engine/progress/summary.ts';
import { completion, requirements } from '../engine/progress/certificate.ts';
import { useStoredProgress } from './use-stored-progress.ts';
import { formatDate } from '../utils/dates.ts';
import { url } from '../utils/url.ts';
import StorageNotice from './StorageNotice.tsx';
import ProgressTransfer from './ProgressTransfer.tsx';
import ClearProgress from './ClearProgress.tsx';
import RequirementList from './RequirementList.tsx';
import UnreadableProgress from './UnreadableProgress.tsx';

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

interface Section {
	catalogue: Catalogue;
	progress: Progress;
}

function Overview({ catalogue, progress }: Section) {
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

function CertificateNeeds({ catalogue, progress }: Section) {
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

function Done({ on }: { on: string }) {
	return (
		<span class="status done">
			<span aria-hidden="true">✓ </span>Done on {formatDate(on)}
		</span>
	);
}

const NotYet = () => <span class="status todo">Not yet</span>;

function Lessons({ catalogue, progress }: Section) {
	return (
		<section aria-labelledby="lessons-title">
			<h2 id="lessons-title">Lessons</h2>
			<ul class="checklist">
				{catalogue.lessons.map((lesson) => {
					const done = progress.lessons[lesson.id];
					const check = progress.quizzes[lesson.id];
					return (
						<li key={lesson.id}>
							<a href={lesson.href}>{lesson.title}</a> {done ? <Done on={done.readAt} /> : <NotYet />}
							{check && (
								<span class="meta">
									{' '}
									Knowledge check: best {check.best.correct} of {check.best.total} right first time
									{check.passedAt ? `, passed on ${formatDate(check.passedAt)}` : ', not passed yet'}.
								</span>
							)}
						</li>
					);
				})}
			</ul>
		</section>
	);
}

function Drills({ catalogue, progress }: Section) {
	return (
		<section aria-labelledby="drills-title">
			<h2 id="drills-title">Drills</h2>
			<ul class="checklist">
				{catalogue.drills.map((drill) => {
					const done = progress.drills[drill.id];
					return (
						<li key={drill.id}>
							<a class="item-title" href={drill.href}>
								{drill.title}
							</a>{' '}
							{done ? (
								<>
									<Done on={done.lastDoneAt} />
									<span class="meta">
										{' '}
										Last: {done.last.correct} of {done.last.total} · best: {done.best.correct} of {done.best.total}
									</span>
								</>
							) : (
								<NotYet />
							)}
						</li>
					);
				})}
			</ul>
		</section>
	);
}

function ScoreLine({ attempt }: { attempt: Attempt }) {
	return (
		<>
			<strong>{attempt.score}</strong> / 100 · {bandText[attempt.band]} · {formatDate(attempt.date)}
		</>
	);
}

function RolePlays({ catalogue, progress }: Section) {
	const summaries = scenarioSummaries(catalogue, progress);
	const retired = retiredAttempts(catalogue, progress);
	return (
		<section aria-labelledby="roleplays-title">
			<h2 id="roleplays-title">Role-plays</h2>
			<ul class="roleplay-scores">
				{summaries.map(({ scenario, attempts, best, latest }) => (
					<li key={scenario.id}>
						<a href={scenario.href}>{scenario.title}</a>
						{best && latest ? (
							<dl>
								<div>
									<dt>Best</dt>
									<dd>
										<ScoreLine attempt={best} />
									</dd>
								</div>
								<div>
									<dt>Latest</dt>
									<dd>
										<ScoreLine attempt={latest} />
									</dd>
								</div>
								<div>
									<dt>Attempts</dt>
									<dd>{attempts}</dd>
								</div>
							</dl>
						) : (
							<p class="meta">Not played yet.</p>
						)}
						<LeftPartWay decisions={progress.inProgress[scenario.id]?.path.length ?? 0} href={scenario.href} />
					</li>
				))}
			</ul>
			{retired > 0 && (
				<p class="meta">
					{retired} {retired === 1 ? 'attempt is' : 'attempts are'} at role-plays this site no longer offers; {retired === 1 ? 'it is' : 'they are'} kept, and
					included in your exports.
				</p>
			)}
		</section>
	);
}

function LeftPartWay({ decisions, href }: { decisions: number; href: string }) {
	if (decisions === 0) return null;
	return (
		<p class="meta">
			Left part-way after {decisions} {decisions === 1 ? 'decision' : 'decisions'}: <a href={href}>pick it up where you left off</a>.
		</p>
	);
}

function Mastery({ catalogue, progress }: Section) {
	const mastery = useMemo(() => stepMastery(catalogue, progress), [catalogue, progress]);
	const weakest = weakestSteps(mastery);
	const scenarios = new Map(catalogue.scenarios.map((s) => [s.id, s]));
	return (
		<section aria-labelledby="mastery-title">
			<h2 id="mastery-title">Step mastery</h2>
			<p>
				How often you did each documented step well when you had the chance. A <em>chance</em> is a finished attempt at a role-play of that step’s procedure; a
				step counts when one of your choices did it without a pitfall, even late or out of order. Done poorly does not count.
			</p>
			{weakest.length > 0 && (
				<div class="callout weakest">
					<h3 class="callout-title">Worth revisiting</h3>
					<ul>
						{weakest.map((m) => (
							<li key={`${m.procedure.id}-${m.step.id}`}>
								<strong>{m.step.title}</strong>: done well in {m.performed} of {m.chances} {m.chances === 1 ? 'chance' : 'chances'}.{' '}
								<a href={m.step.href}>{m.step.linkLabel}</a>
								<PractiseLink scenario={m.step.scenarioIds.map((id) => scenarios.get(id)).find(Boolean)} />
							</li>
						))}
					</ul>
				</div>
			)}
			{catalogue.procedures.map((procedure) => {
				const rows = mastery.filter((m) => m.procedure.id === procedure.id);
				const practised = rows.some((m) => m.chances > 0);
				const scenario = catalogue.scenarios.find((s) => s.procedureId === procedure.id);
				return (
					<div key={procedure.id} class="mastery-procedure">
						<h3>{procedure.title}</h3>
						{practised ? (
							<ul class="mastery">
								{rows.map((m) => (
									<MasteryRow key={m.step.id} mastery={m} />
								))}
							</ul>
						) : (
							<p class="meta">
								Not practised yet.
								{scenario ? (
									<>
										{' '}
										Try <a href={scenario.href}>{scenario.title}</a>.
									</>
								) : (
									' No role-play practises this procedure yet.'
								)}
							</p>
						)}
					</div>
				);
			})}
		</section>
	);
}

function PractiseLink({ scenario }: { scenario: CatalogueScenario | undefined }) {
	if (!scenario) return null;
	return (
		<>
			{' · '}
			<a href={scenario.href}>Practise it in “{scenario.title}”</a>
		</>
	);
}

function MasteryRow({ mastery: m }: { mastery: StepMastery }) {
	const share = m.chances === 0 ? 0 : Math.round((m.performed / m.chances) * 100);
	return (
		<li>
			<span>
				<strong>{m.step.title}</strong>: {m.chances === 0 ? 'no chance yet' : `${m.performed} of ${m.chances}`}
				{m.chances > 0 && m.onTimeInOrder < m.performed && <span class="meta"> ({m.onTimeInOrder} on time and in order)</span>}
			</span>
			<span class="mastery-bar" aria-hidden="true">
				<span style={{ width: `${share}%` }} />
			</span>
		</li>
	);
}
