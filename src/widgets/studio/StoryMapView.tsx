import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { layoutMap, type PlacedBox } from '../../engine/studio/map-layout.ts';
import type { MapBox, StoryMap } from '../../engine/studio/story-map.ts';

interface Props {
	/** Worked out by the checker (in its worker) with the draft's check. */
	map: StoryMap;
	/** The role-play's id, for the map's name. */
	name: string;
	onShow: (key: string) => void;
}

const kindWord: Record<MapBox['kind'], string> = { node: 'Node', choice: 'Option', ending: 'Ending', missing: 'Missing' };

function heading(box: MapBox): string {
	return box.kind === 'choice' ? `${box.letter} · ${box.id}` : `${kindWord[box.kind]} · ${box.id}`;
}

/** What a screen reader says for a box, and what the list view shows: the same words. */
function spoken(box: MapBox): string {
	return `${heading(box)}: ${box.text}. ${box.tags.map((t) => t.text).join('. ')}`;
}

function Box({ box, onShow }: { box: PlacedBox; onShow: Props['onShow'] }) {
	const activate = () => box.kind !== 'missing' && onShow(box.key);
	const problem = box.tags.some((t) => t.problem);
	return (
		<g
			class={`map-box ${box.kind} tone-${box.tone}${problem ? ' flagged' : ''}`}
			transform={`translate(${box.x} ${box.y})`}
			role={box.kind === 'missing' ? 'img' : 'button'}
			// Lower case: on SVG elements Preact sets attributes as written, and only "tabindex" makes one focusable.
			tabindex={box.kind === 'missing' ? undefined : 0}
			data-key={box.key}
			onClick={activate}
			onKeyDown={(event) => {
				if (event.key !== 'Enter' && event.key !== ' ') return;
				event.preventDefault();
				activate();
			}}
		>
			{/* The whole text, for screen readers and as a tooltip: the box shows it cut to fit. */}
			<title>{`${spoken(box)}${box.kind === 'missing' ? '' : '. Show in the editor.'}`}</title>
			<rect width={box.width} height={box.height} rx={box.kind === 'choice' ? 6 : 10} />
			<text x={10} y={22} class="map-head">
				{heading(box)}
			</text>
			{box.lines.map((line, index) => (
				<text key={index} x={10} y={22 + 16 * (index + 1)}>
					{line}
				</text>
			))}
			{box.tagLines
				.flatMap(({ tag, lines }) => lines.map((line, index) => ({ tag, line: index === 0 && tag.problem ? `⚠ ${line}` : line })))
				.map(({ tag, line }, index) => (
					<text key={index} x={10} y={22 + 16 * (box.lines.length + index + 1)} class={`map-tag ${tag.kind}${tag.problem ? ' problem' : ''}`}>
						{line}
					</text>
				))}
		</g>
	);
}

/** The story as a map (SVG laid out by dagre) or as a list; both show the same words. */
export default function StoryMapView({ map, name, onShow }: Props) {
	// A phone's screen is too narrow for a map of a real role-play: the list comes first there.
	const [view, setView] = useState<'map' | 'list'>(() => (globalThis.matchMedia?.('(max-width: 40rem)').matches ? 'list' : 'map'));
	const [scale, setScale] = useState(1);
	const scroller = useRef<HTMLDivElement>(null);
	const layout = useMemo(() => (view === 'map' ? layoutMap(map) : undefined), [map, view]);
	const byKey = useMemo(() => new Map(map.boxes.map((b) => [b.key, b])), [map]);
	const flagged = map.boxes.filter((b) => b.tags.some((t) => t.problem));

	// First sight of a map: as much of it as stays readable, with the start in view.
	useLayoutEffect(() => {
		const box = scroller.current;
		if (!layout || !box) return;
		const fit = Math.min(1, Math.max(0.6, Math.floor((box.clientWidth / layout.width) * 10) / 10));
		setScale(fit);
		const start = layout.boxes.find((b) => b.tags.some((t) => t.kind === 'start'));
		if (start) box.scrollLeft = Math.max(0, (start.x + start.width / 2) * fit - box.clientWidth / 2);
	}, [layout === undefined]);

	return (
		<div class="studio-map">
			<div class="studio-row">
				<fieldset class="studio-switch">
					<legend class="visually-hidden">Show the story as</legend>
					<label>
						<input type="radio" name="map-view" checked={view === 'map'} onChange={() => setView('map')} /> Map
					</label>
					<label>
						<input type="radio" name="map-view" checked={view === 'list'} onChange={() => setView('list')} /> List
					</label>
				</fieldset>
				{view === 'map' && (
					<span class="studio-zoom">
						<button type="button" class="button secondary" onClick={() => setScale((s) => Math.max(0.4, s - 0.2))} disabled={scale <= 0.4}>
							Zoom out
						</button>
						<button type="button" class="button secondary" onClick={() => setScale((s) => Math.min(1.4, s + 0.2))} disabled={scale >= 1.4}>
							Zoom in
						</button>
					</span>
				)}
			</div>
			<p class="meta">
				{map.boxes.filter((b) => b.kind === 'node').length} nodes, {map.boxes.filter((b) => b.kind === 'choice').length} options,{' '}
				{map.boxes.filter((b) => b.kind === 'ending').length} endings.{' '}
				{flagged.length === 0
					? 'Nothing flagged.'
					: `Flagged: ${flagged
							.map(
								(b) =>
									`${b.id} (${b.tags
										.filter((t) => t.problem)
										.map((t) => t.text.toLowerCase())
										.join(', ')})`,
							)
							.join('; ')}.`}{' '}
				Green: a step done well; amber: a step with a pitfall; red: a pitfall; grey: no step. Choose a box to see its text in the editor.
			</p>
			{layout ? (
				<div class="studio-map-scroll" tabIndex={-1} ref={scroller}>
					<svg
						class="story-map"
						viewBox={`0 0 ${layout.width} ${layout.height}`}
						width={Math.round(layout.width * scale)}
						height={Math.round(layout.height * scale)}
						role="group"
						aria-label={`Story map of ${name}`}
					>
						<defs>
							<marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
								<path d="M0 0 L10 5 L0 10 z" class="map-arrowhead" />
							</marker>
						</defs>
						{layout.edges.map((edge, index) => (
							<polyline
								key={index}
								class={`map-edge${edge.loop ? ' loop' : ''}`}
								points={edge.points.map((p) => `${p.x},${p.y}`).join(' ')}
								marker-end="url(#map-arrow)"
							/>
						))}
						{layout.boxes.map((box) => (
							<Box key={box.key} box={box} onShow={onShow} />
						))}
					</svg>
				</div>
			) : (
				<ol class="studio-map-list">
					{map.boxes
						.filter((b) => b.kind === 'node')
						.map((node) => (
							<li key={node.key}>
								<button type="button" class="studio-linelink" onClick={() => onShow(node.key)}>
									{heading(node)}
								</button>{' '}
								{node.tags.map((t) => (
									<span key={t.text} class={`tag${t.problem ? ' pitfall' : ''}`}>
										{t.text}
									</span>
								))}
								<p>{node.text}</p>
								<ul>
									{map.edges
										.filter((e) => e.from === node.key)
										.map((e) => byKey.get(e.to)!)
										.map((choice) => {
											const target = byKey.get(map.edges.find((e) => e.from === choice.key)!.to)!;
											return (
												<li key={choice.key} class={`tone-${choice.tone}`}>
													<button type="button" class="studio-linelink" onClick={() => onShow(choice.key)}>
														{heading(choice)}
													</button>{' '}
													{choice.text} <span class="meta">({choice.tags.map((t) => t.text).join('; ')})</span> → {kindWord[target.kind].toLowerCase()} “
													{target.id}”
												</li>
											);
										})}
								</ul>
							</li>
						))}
					{map.boxes
						.filter((b) => b.kind === 'ending' || b.kind === 'missing')
						.map((box) => (
							<li key={box.key}>
								{box.kind === 'ending' ? (
									<button type="button" class="studio-linelink" onClick={() => onShow(box.key)}>
										{heading(box)}
									</button>
								) : (
									<strong>{heading(box)}</strong>
								)}{' '}
								{box.text} <span class="meta">({box.tags.map((t) => t.text).join('; ')})</span>
							</li>
						))}
				</ol>
			)}
		</div>
	);
}
