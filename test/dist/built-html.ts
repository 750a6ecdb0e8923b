import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * Reading a built page the way a learner reads it, without a browser: the visible text,
 * block by block. Used by the tests that check the words on every page.
 */

/** The parts of htmlparser2's DOM these helpers read. */
interface Node {
	type: string;
	parent: Node | null;
}
export interface Element extends Node {
	name: string;
	attribs: Record<string, string>;
	children: Node[];
}
interface Text extends Node {
	data: string;
}
interface Document extends Node {
	children: Node[];
}

/** Elements that start a new line of text; everything else runs on inside its line. */
const BLOCKS = new Set(
	'address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr label legend li main nav ol p section summary table td th tr ul'.split(' '),
);
/** Never shown as text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);

export function parsePage(file: string): Document {
	return parseDocument(readFileSync(file, 'utf8')) as unknown as Document;
}

const isElement = (node: Node): node is Element => 'attribs' in node;
const isText = (node: Node): node is Text => node.type === 'text';

export function hasClass(element: Element, name: string): boolean {
	return (element.attribs['class'] ?? '').split(/\s+/).includes(name);
}

/** Elements with a class, in document order. */
export function byClass(root: Document | Element, name: string): Element[] {
	return DomUtils.findAll((element) => hasClass(element as unknown as Element, name), root.children as never) as unknown as Element[];
}

/** Elements under `root` that match, in document order. */
export function findAll(root: Document | Element, match: (element: Element) => boolean): Element[] {
	return DomUtils.findAll((element) => match(element as unknown as Element), root.children as never) as unknown as Element[];
}

/** The first element under `root` that matches; a missing one fails the test, naming `what`. */
export function findOne(root: Document | Element, match: (element: Element) => boolean, what: string): Element {
	const found = DomUtils.findOne((element) => match(element as unknown as Element), root.children as never) as unknown as Element | null;
	if (!found) throw new Error(`${what} is not on the page`);
	return found;
}

/** Elements by tag name, in document order. */
export function byTag(root: Document | Element, name: string): Element[] {
	return DomUtils.findAll((element) => (element as unknown as Element).name === name, root.children as never) as unknown as Element[];
}

export interface TextOptions {
	/** Leave out text only screen readers get (class "visually-hidden") and what is hidden from them (aria-hidden). */
	asSeen?: boolean;
	/** Leave out elements with any of these classes. */
	without?: readonly string[];
}

/** The text of a node as lines: one per block element, whitespace squashed. */
export function textLines(root: Document | Element, options: TextOptions = {}): string[] {
	const lines: string[] = [''];
	const walk = (node: Node) => {
		if (isText(node)) {
			lines[lines.length - 1] += node.data;
			return;
		}
		if (!isElement(node) || SKIPPED.has(node.name)) return;
		if (options.asSeen && (hasClass(node, 'visually-hidden') || node.attribs['aria-hidden'] === 'true')) return;
		if (options.without?.some((name) => hasClass(node, name))) return;
		const block = BLOCKS.has(node.name);
		if (block) lines.push('');
		node.children.forEach(walk);
		if (block) lines.push('');
	};
	root.children.forEach(walk);
	return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The text of a node as one string. */
export function textOf(root: Document | Element, options: TextOptions = {}): string {
	return textLines(root, options).join('\n');
}

/** A node's text, with which characters lie inside an element of the given class. */
export interface MarkedText {
	text: string;
	inside: boolean[];
}

export function markedText(root: Document | Element, className: string, options: TextOptions = {}): MarkedText {
	let text = '';
	const inside: boolean[] = [];
	const add = (data: string, marked: boolean) => {
		text += data;
		for (let i = 0; i < data.length; i++) inside.push(marked);
	};
	const walk = (node: Node, marked: boolean) => {
		if (isText(node)) return add(node.data, marked);
		if (!isElement(node) || SKIPPED.has(node.name)) return;
		if (options.asSeen && (hasClass(node, 'visually-hidden') || node.attribs['aria-hidden'] === 'true')) return;
		if (options.without?.some((name) => hasClass(node, name))) return;
		const block = BLOCKS.has(node.name);
		if (block) add('\n', marked);
		for (const child of node.children) walk(child, marked || hasClass(node, className));
		if (block) add('\n', marked);
	};
	for (const child of root.children) walk(child, false);
	return { text, inside };
}

/** A phrase as a pattern that ignores case and how the words are spaced or broken across lines. */
export function phrasePattern(phrase: string): RegExp {
	const words = phrase
		.trim()
		.split(/\s+/)
		.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
	return new RegExp(words.join('\\s+'), 'giu');
}

/** Each place the phrase occurs with some of it outside the marked elements, with context. */
export function unmarkedOccurrences(marked: MarkedText, phrase: string): string[] {
	return [...marked.text.matchAll(phrasePattern(phrase))]
		.filter((match) => marked.inside.slice(match.index, match.index + match[0].length).some((inside) => !inside))
		.map((match) => marked.text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ').trim());
}
