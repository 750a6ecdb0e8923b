import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

/**
 * Where things are in a role-play's YAML text, by what an author calls them: a node, a
 * choice in a node, an ending, and a field (or one item of a list field) inside any of
 * those or at the top of the file. The studio uses it to put a message on the line of
 * the faulty field and to jump from a box on the story map to its text.
 * Works on text that only partly parses: whatever can be found is found.
 */

export interface PlaceRef {
	node?: string | undefined;
	choice?: string | undefined;
	ending?: string | undefined;
	/** A field of the node, choice or ending (or of the file when none is named), e.g. "next". */
	field?: string | undefined;
	/** One item of that field: a list item with this value, or a key of a group of fields. */
	item?: string | undefined;
}

export interface Places {
	/** 1-based line, or undefined when the place is not in the text. */
	lineOf(ref: PlaceRef): number | undefined;
}

type Found = YamlNode | undefined;

function byId(list: unknown, id: string): Found {
	if (!isSeq(list)) return undefined;
	return list.items.find((item) => isMap(item) && item.get('id') === id) as Found;
}

function startOf(node: unknown): number | undefined {
	const range = node && typeof node === 'object' && 'range' in node ? (node as { range?: [number, number, number] | null }).range : undefined;
	return range ? range[0] : undefined;
}

export function placesIn(text: string): Places {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const line = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);

	return {
		lineOf({ node, choice, ending, field, item }) {
			let target: Found = doc.contents ?? undefined;
			if (node !== undefined) {
				target = byId(doc.get('nodes', true), node);
				if (target && choice !== undefined && isMap(target)) target = byId(target.get('choices', true), choice) ?? target;
			} else if (ending !== undefined) {
				target = byId(doc.get('endings', true), ending);
			}
			if (!target) return undefined;
			if (field === undefined || !isMap(target)) return line(startOf(target));
			const pair = target.items.find((p) => isScalar(p.key) && p.key.value === field);
			if (!pair) return line(startOf(target));
			if (item !== undefined) {
				const value = pair.value;
				if (isSeq(value)) {
					const hit = value.items.find((entry) => isScalar(entry) && entry.value === item);
					if (hit) return line(startOf(hit));
				} else if (isMap(value)) {
					const hit = value.items.find((entry) => isScalar(entry.key) && entry.key.value === item);
					if (hit) return line(startOf(hit.key));
				}
			}
			return line(startOf(pair.key));
		},
	};
}
