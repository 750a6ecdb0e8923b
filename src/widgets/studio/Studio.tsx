import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { downloadName } from '../../engine/studio/drafts.ts';
import { plural } from '../../engine/words.ts';
import { $check, $checking, $coverage, checkNow, checkSoon, startChecker } from '../../stores/studio-check.ts';
import { $current, $drafts, editCurrent, startDrafts } from '../../stores/studio.ts';
import { fetchCatalogue } from '../../stores/studio-open.ts';
import type { StudioCatalogue } from '../../utils/studio-catalogue.ts';
import { download } from '../download.ts';
import CoveragePanel from './CoveragePanel.tsx';
import DraftNotices from './DraftNotices.tsx';
import OpenPanel from './OpenPanel.tsx';
import ProblemList from './ProblemList.tsx';
import type PlayTest from './PlayTest.tsx';
import type StoryMapView from './StoryMapView.tsx';
import Tabs from './Tabs.tsx';
import YamlEditor, { type Jump } from './YamlEditor.tsx';

interface Props {
	catalogueHref: string;
	templateHref: string;
	/** Each built role-play's YAML file, by role-play id. */
	sources: Record<string, string>;
	/** The local workshop page; "?draft=<key>" opens a draft there. */
	workshopHref: string;
}

const TABS = [
	{ id: 'problems', label: 'Problems' },
	{ id: 'map', label: 'Map' },
	{ id: 'coverage', label: 'Coverage' },
	{ id: 'play', label: 'Play-test' },
];

/** The role-play studio: open, edit with the checker's messages inline, map, coverage, play-test, download. */
export default function Studio({ catalogueHref, templateHref, sources, workshopHref }: Props) {
	const [catalogue, setCatalogue] = useState<StudioCatalogue | null>(null);
	const [problem, setProblem] = useState('');
	const drafts = useStore($drafts);
	const current = useStore($current);
	const check = useStore($check);
	const checking = useStore($checking);
	const coverage = useStore($coverage);
	const [tab, setTab] = useState('problems');
	const [jump, setJump] = useState<Jump | null>(null);
	const [opening, setOpening] = useState(false);
	// The map (with dagre) and the play-test (with the role-play) load when their tab is first opened.
	const [MapView, setMapView] = useState<typeof StoryMapView | null>(null);
	const [Play, setPlay] = useState<typeof PlayTest | null>(null);
	useEffect(() => {
		if (tab === 'map' && !MapView) void import('./StoryMapView.tsx').then((module) => setMapView(() => module.default));
		if (tab === 'play' && !Play) void import('./PlayTest.tsx').then((module) => setPlay(() => module.default));
	}, [tab]);

	useEffect(() => startDrafts(), []);
	useEffect(() => {
		let stop = () => {};
		void fetchCatalogue<StudioCatalogue>(catalogueHref).then((loaded) => {
			if (!loaded.ok) return setProblem(loaded.problem);
			setCatalogue(loaded.catalogue);
			stop = startChecker(loaded.catalogue);
		});
		return () => stop();
	}, []);

	useEffect(() => {
		if (catalogue && current) checkNow(current.text);
	}, [catalogue, current?.key]);

	const goTo = (line: number) => setJump({ line, n: (jump?.n ?? 0) + 1 });
	const show = (key: string) => {
		const line = check?.lines[key];
		if (line !== undefined) goTo(line);
	};
	const save = () => current && download(downloadName(current.text), current.text, 'text/yaml');

	if (problem) return <p class="callout warning">{problem}</p>;
	if (!catalogue) return <p aria-busy="true">Loading the procedures to check against…</p>;

	const open = (
		<OpenPanel
			drafts={drafts}
			rolePlays={catalogue.rolePlays}
			templateHref={templateHref}
			sourceHref={(id) => sources[id] ?? ''}
			onOpened={() => setOpening(false)}
		/>
	);
	if (!current) return <div class="studio">{open}</div>;

	const summary =
		checking || !check
			? 'Checking…'
			: check.messages.length === 0
				? 'No errors, no warnings'
				: `${plural(check.errors, 'error')}, ${plural(check.warnings, 'warning')}`;
	const stepLinks = check?.procedure ? (catalogue.stepLinks[check.procedure.id] ?? {}) : {};

	return (
		<div class="studio">
			<div class="studio-bar">
				<p class="studio-name">
					<span class="meta">Draft:</span> <strong>{current.name}</strong>
				</p>
				<button type="button" class="button secondary" aria-expanded={opening} aria-controls="studio-open" onClick={() => setOpening(!opening)}>
					Open or start another
				</button>
				<button type="button" class="button" onClick={save}>
					Download {downloadName(current.text)}
				</button>
				<a class="button secondary" href={`${workshopHref}?draft=${encodeURIComponent(current.key)}`}>
					Run in a workshop
				</a>
			</div>
			<DraftNotices onDownload={save} />
			<div id="studio-open" hidden={!opening}>
				{opening && open}
			</div>
			<div class="studio-main">
				<section class="studio-editor" aria-labelledby="studio-editor-title">
					<h2 id="studio-editor-title">Your role-play, in YAML</h2>
					<p id="studio-editor-help" class="meta">
						Saved in this browser as you type. Messages appear under the line they are about. Tab leaves the editor; Ctrl+] indents, Ctrl+[ outdents.
					</p>
					<p class={`studio-summary${check && check.errors > 0 ? ' has-errors' : ''}`} role="status" aria-live="polite">
						{summary}
					</p>
					<YamlEditor
						docKey={current.key}
						text={current.text}
						messages={check?.messages ?? []}
						onChange={(text) => {
							editCurrent(text);
							checkSoon(text);
						}}
						jump={jump}
						label="Your role-play, in YAML"
						description="Saved in this browser as you type. Messages appear under the line they are about. Tab leaves the editor; Ctrl+] indents, Ctrl+[ outdents."
					/>
				</section>
				<section class="studio-side" aria-label="Checks">
					<Tabs tabs={TABS} active={tab} onSelect={setTab} label="Checks of this draft">
						{tab === 'problems' && <ProblemList messages={check?.messages ?? []} onJump={goTo} />}
						{tab === 'map' &&
							(!MapView ? (
								<p aria-busy="true">Loading the map…</p>
							) : check?.map ? (
								<MapView map={check.map} name={check.scenario?.id ?? current.name} onShow={show} />
							) : (
								<p>The map appears once the file can be read and has every field it needs: fix the errors listed under Problems first.</p>
							))}
						{tab === 'coverage' && <CoveragePanel coverage={coverage} onShow={show} />}
						{tab === 'play' && !Play && <p aria-busy="true">Loading the play-test…</p>}
						{tab === 'play' && Play && (
							<Play
								scenario={coverage ? check?.scenario : undefined}
								procedure={coverage ? check?.procedure : undefined}
								text={current.text}
								stepLinks={stepLinks}
								waiting={coverage === undefined}
							/>
						)}
					</Tabs>
				</section>
			</div>
		</div>
	);
}
