import dagre from '@dagrejs/dagre';
import type { MapBox, MapEdge, StoryMap } from './story-map.ts';

/**
 * Places the story map's boxes with dagre (a maintained layered-graph layout: it puts a
 * branching story in rows from the start down, and routes the arrows between them). It
 * is small (about 17 KB gzipped) and synchronous; elkjs lays out just as well but weighs
 * several times more and runs in a worker, which a map of a few dozen boxes does not need.
 */

export interface PlacedBox extends MapBox {
	/** Top-left corner and size, in SVG units. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The text broken into lines that fit the box. */
	lines: string[];
	/** Each tag's words broken into lines that fit the box. */
	tagLines: { tag: MapBox['tags'][number]; lines: string[] }[];
}

export interface PlacedEdge extends MapEdge {
	points: { x: number; y: number }[];
}

export interface MapLayout {
	width: number;
	height: number;
	boxes: PlacedBox[];
	edges: PlacedEdge[];
}

const SIZE: Record<MapBox['kind'], { width: number; chars: number; lines: number }> = {
	node: { width: 220, chars: 27, lines: 2 },
	choice: { width: 200, chars: 24, lines: 2 },
	ending: { width: 200, chars: 24, lines: 2 },
	missing: { width: 200, chars: 24, lines: 2 },
};
const LINE = 16;
const PAD = 10;
const MARGIN = 16;

/** Up to `max` lines of at most `chars` characters, breaking at spaces; an ellipsis marks text cut short. */
export function wrapText(text: string, chars: number, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word.length > chars ? `${word.slice(0, chars - 1)}…` : word);
	}
	if (lines.length <= max) return lines.filter(Boolean);
	const kept = lines.slice(0, max);
	const tail = kept[max - 1]!;
	kept[max - 1] = `${tail.length >= chars ? tail.slice(0, chars - 1) : tail}…`;
	return kept;
}

/** Header line (id) + text lines + the tags' lines. */
function heightOf(lines: number, tagLines: number): number {
	return PAD * 2 + LINE * (1 + lines + tagLines);
}

export function layoutMap(map: StoryMap): MapLayout {
	const graph = new dagre.graphlib.Graph({ multigraph: true });
	graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, edgesep: 12, marginx: MARGIN, marginy: MARGIN });
	graph.setDefaultEdgeLabel(() => ({}));
	const wrapped = new Map<string, { lines: string[]; tagLines: PlacedBox['tagLines'] }>();
	for (const box of map.boxes) {
		const size = SIZE[box.kind];
		const lines = wrapText(box.text, size.chars, size.lines);
		const tagLines = box.tags.map((tag) => ({ tag, lines: wrapText(tag.text, size.chars, 3) }));
		wrapped.set(box.key, { lines, tagLines });
		graph.setNode(box.key, {
			width: size.width,
			height: heightOf(
				lines.length,
				tagLines.reduce((n, t) => n + t.lines.length, 0),
			),
		});
	}
	map.edges.forEach((edge, index) => graph.setEdge(edge.from, edge.to, { minlen: 1 }, String(index)));
	dagre.layout(graph);

	const boxes = map.boxes.map((box) => {
		const placed = graph.node(box.key);
		return { ...box, ...wrapped.get(box.key)!, width: placed.width, height: placed.height, x: placed.x! - placed.width / 2, y: placed.y! - placed.height / 2 };
	});
	const edges = map.edges.map((edge, index) => ({
		...edge,
		points: (graph.edge(edge.from, edge.to, String(index))?.points ?? []).map(({ x, y }: { x: number; y: number }) => ({ x, y })),
	}));
	const label = graph.graph();
	return { width: Math.ceil(label.width ?? 0), height: Math.ceil(label.height ?? 0), boxes, edges };
}
