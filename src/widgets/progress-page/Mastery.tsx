import { useMemo } from 'preact/hooks';
import type { CatalogueScenario } from '../../engine/progress/catalogue.ts';
import { stepMastery, weakestSteps, type StepMastery } from '../../engine/progress/summary.ts';
import type { Section } from './shared.tsx';

export function Mastery({ catalogue, progress }: Section) {
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
