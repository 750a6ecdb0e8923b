import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { DraftCheck } from '../../engine/studio/check-draft.ts';
import { plural } from '../../engine/words.ts';
import { $check, $checking, checkNow, startChecker } from '../../stores/studio-check.ts';
import { $drafts, startDrafts } from '../../stores/studio.ts';
import { fetchCatalogue, readYamlFile } from '../../stores/studio-open.ts';
import type { StudioCatalogue } from '../../utils/studio-catalogue.ts';
import { paragraphs } from '../../utils/paragraphs.ts';
import Presenter from '../presenter/Presenter.tsx';
import { FileField } from '../FileField.tsx';

interface Props {
	catalogueHref: string;
	/** The local audience page; "?id=<role-play id>" names the channel it follows. */
	audienceHref: string;
	studioHref: string;
	/** The phones' join page, for room mode. */
	joinHref: string;
	/** The message broker built into the site, if any. */
	brokerUrl?: string | undefined;
}

interface Loaded {
	name: string;
	text: string;
	n: number;
}

/** The checker's messages of one severity, each as the linter words it. */
function ProblemList({ check, severity }: { check: DraftCheck; severity: 'error' | 'warning' }) {
	return (
		<ol class="local-problems">
			{check.messages
				.filter((m) => m.severity === severity)
				.map((m, index) => (
					<li key={index}>
						{m.label}: {m.text}
					</li>
				))}
		</ol>
	);
}

/** Refuses a role-play the build would refuse; warnings are shown but do not stop it. */
function Refused({ check, name, studioHref }: { check: DraftCheck; name: string; studioHref: string }) {
	return (
		<div class="callout warning" role="alert">
			<p>
				<strong>
					“{name}” cannot be run: {plural(check.errors, 'error')}
				</strong>{' '}
				that would stop the site’s build too. Fix them in the <a href={studioHref}>studio</a> (open the file there), then load it again.
			</p>
			<ProblemList check={check} severity="error" />
		</div>
	);
}

function Notes({ scenario, procedure, check }: { scenario: Scenario; procedure: Procedure; check: DraftCheck }) {
	return (
		<>
			<header class="page-head ws-intro">
				<p class="eyebrow">Your own role-play · not part of the site</p>
				<h2 class="local-title">{scenario.title}</h2>
				<p class="meta">
					About {scenario.minutes} minutes · Procedure: {procedure.title}
				</p>
			</header>
			{check.warnings > 0 && (
				<details class="ws-notes ws-intro local-warnings">
					<summary>The checker has {plural(check.warnings, 'warning')} about it; they do not stop the session</summary>
					<ProblemList check={check} severity="warning" />
				</details>
			)}
			<details class="ws-notes ws-intro">
				<summary>Objectives and facilitator notes (not shown to the room)</summary>
				<h3>Objectives</h3>
				<ul>
					{scenario.objectives.map((objective) => (
						<li key={objective}>{objective}</li>
					))}
				</ul>
				<h3>Facilitator notes</h3>
				{paragraphs(scenario.facilitatorNotes).map((p) => (
					<p key={p}>{p}</p>
				))}
			</details>
		</>
	);
}

/** Loads a role-play file or a studio draft, checks it as the build would, then runs it with the workshop's presenter. */
export default function LocalWorkshop({ catalogueHref, audienceHref, studioHref, joinHref, brokerUrl }: Props) {
	const [problem, setProblem] = useState('');
	const [ready, setReady] = useState(false);
	const catalogue = useRef<StudioCatalogue | null>(null);
	const stop = useRef<(() => void) | null>(null);
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [draftKey, setDraftKey] = useState('');
	const drafts = useStore($drafts);
	const check = useStore($check);
	const checking = useStore($checking);

	useEffect(() => startDrafts(), []);
	useEffect(() => {
		void fetchCatalogue<StudioCatalogue>(catalogueHref).then((result) => {
			if (!result.ok) return setProblem(result.problem);
			catalogue.current = result.catalogue;
			setReady(true);
		});
		return () => stop.current?.();
	}, []);

	const load = (name: string, text: string) => {
		setProblem('');
		setLoaded({ name, text, n: (loaded?.n ?? 0) + 1 });
		// The checker (a worker with the schema and the linter) starts with the first file, not with the page.
		stop.current ??= startChecker(catalogue.current!);
		checkNow(text);
	};
	const loadDraft = (key: string) => {
		const draft = $drafts.get().find((d) => d.key === key);
		if (draft) load(draft.name, draft.text);
	};

	// "?draft=<key>" from the studio's "Run in a workshop": load that draft at once.
	useEffect(() => {
		const key = new URLSearchParams(location.search).get('draft');
		if (!ready || !key || loaded) return;
		setDraftKey(key);
		if ($drafts.get().some((d) => d.key === key)) loadDraft(key);
		else setProblem('That studio draft is not in this browser any more. Choose another below, or load a file.');
	}, [ready, drafts.length]);

	const result = loaded && !checking ? check : null;
	const runnable = result && result.errors === 0 && result.scenario && result.procedure ? { scenario: result.scenario, procedure: result.procedure } : null;

	return (
		<div class="local-workshop">
			<section class="ws-start" aria-labelledby="local-load">
				<h2 id="local-load">Load a role-play</h2>
				<div class="local-sources">
					<FileField
						id="local-file"
						label="A role-play file (.yaml)"
						accept=".yaml,.yml,text/yaml"
						disabled={!ready}
						onFile={async (file) => {
							const read = await readYamlFile(file);
							if (read.ok) load(file.name, read.text);
							else setProblem(read.problem);
						}}
					/>
					{drafts.length > 0 && (
						<div>
							<label for="local-draft" class="label">
								Or a draft from the studio
							</label>
							<div class="studio-row">
								<select id="local-draft" value={draftKey} onChange={(e) => setDraftKey((e.target as HTMLSelectElement).value)}>
									<option value="">Choose a draft</option>
									{drafts.map((d) => (
										<option key={d.key} value={d.key}>
											{d.name}
										</option>
									))}
								</select>
								<button type="button" class="button secondary" disabled={!ready || !draftKey} onClick={() => loadDraft(draftKey)}>
									Use this draft
								</button>
							</div>
						</div>
					)}
				</div>
				<p role="status" class="local-status">
					{problem || (loaded && checking ? `Checking “${loaded.name}” as the site’s build would…` : runnable ? `“${loaded!.name}” passed the checks.` : '')}
				</p>
			</section>
			{result && !runnable && loaded && <Refused check={result} name={loaded.name} studioHref={studioHref} />}
			{runnable && loaded && (
				<div key={loaded.n}>
					<Notes scenario={runnable.scenario} procedure={runnable.procedure} check={result!} />
					<Presenter
						scenario={runnable.scenario}
						procedure={runnable.procedure}
						audienceHref={`${audienceHref}?id=${encodeURIComponent(runnable.scenario.id)}`}
						joinHref={joinHref}
						brokerUrl={brokerUrl}
					/>
				</div>
			)}
		</div>
	);
}
