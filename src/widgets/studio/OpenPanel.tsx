import { useState } from 'preact/hooks';
import type { Draft } from '../../engine/studio/drafts.ts';
import { deleteDraft, openDraft } from '../../stores/studio.ts';
import { openFromFile, openFromSite, type Opened } from '../../stores/studio-open.ts';
import { FileField } from '../FileField.tsx';

interface Props {
	drafts: readonly Draft[];
	rolePlays: readonly { id: string; title: string }[];
	templateHref: string;
	/** The address of a site role-play's YAML, by id. */
	sourceHref: (id: string) => string;
	onOpened: () => void;
}

/** Where a draft comes from: one of yours, the template, a role-play of the site, or a file. */
export default function OpenPanel({ drafts, rolePlays, templateHref, sourceHref, onOpened }: Props) {
	const [problem, setProblem] = useState('');
	const [site, setSite] = useState(rolePlays[0]?.id ?? '');
	const [busy, setBusy] = useState(false);
	const done = async (opening: Promise<Opened>) => {
		setBusy(true);
		const opened = await opening;
		setBusy(false);
		setProblem(opened.ok ? '' : opened.problem);
		if (opened.ok) onOpened();
	};
	const title = rolePlays.find((r) => r.id === site)?.title ?? site;

	return (
		<section class="studio-open" aria-labelledby="studio-open-title">
			<h2 id="studio-open-title">Open a role-play</h2>
			<div class="studio-open-grid">
				<div>
					<h3>Start something new</h3>
					<p class="meta">The template is a small, complete role-play with a note on every line.</p>
					<button type="button" class="button" disabled={busy} onClick={() => done(openFromSite(templateHref, 'template', 'The template'))}>
						Start from the template
					</button>
				</div>
				<div>
					<h3>Change a role-play of this site</h3>
					<label for="studio-site" class="label">
						Role-play
					</label>
					<div class="studio-row">
						<select id="studio-site" value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value)}>
							{rolePlays.map((r) => (
								<option key={r.id} value={r.id}>
									{r.title}
								</option>
							))}
						</select>
						<button
							type="button"
							class="button secondary"
							disabled={busy || !site}
							onClick={() => done(openFromSite(sourceHref(site), `site:${site}`, `“${title}”`))}
						>
							Open a copy
						</button>
					</div>
				</div>
				<div>
					<h3>Open a file from your computer</h3>
					<FileField
						id="studio-file"
						label="A role-play file (.yaml)"
						accept=".yaml,.yml,text/yaml"
						disabled={busy}
						onFile={(file) => void done(openFromFile(file))}
					/>
				</div>
			</div>
			<p class="studio-open-problem" role="alert">
				{problem}
			</p>
			{drafts.length > 0 && (
				<>
					<h3>Your drafts in this browser</h3>
					<ul class="studio-drafts">
						{drafts.map((draft) => (
							<li key={draft.key}>
								<span>
									<strong>{draft.name}</strong>
									<span class="meta">
										{' '}
										·{' '}
										{draft.unreadable
											? 'could not be read: shown as it was stored'
											: `changed ${new Date(draft.updatedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}`}
									</span>
								</span>
								<button
									type="button"
									class="button secondary"
									onClick={() => {
										openDraft(draft.key);
										onOpened();
									}}
								>
									Open<span class="visually-hidden"> {draft.name}</span>
								</button>
								<button
									type="button"
									class="button secondary"
									onClick={() => {
										if (window.confirm(`Delete the draft “${draft.name}” from this browser? Download it first if you want to keep it.`)) deleteDraft(draft.key);
									}}
								>
									Delete<span class="visually-hidden"> {draft.name}</span>
								</button>
							</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
