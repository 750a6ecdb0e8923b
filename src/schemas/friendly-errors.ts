import type { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { bidiControlProblems } from './safe-text.ts';

/**
 * Turns YAML text into validated data, or into problems an author can act on:
 * each names the file, the line and field, what is wrong, and the fix.
 * Pure: no Astro, no file system. The Astro loader and the linters call it.
 */

export interface AuthoringProblem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** 1-based line of the offending node, when it can be located. */
	line?: number | undefined;
	/** Where in the data, e.g. `steps[2].title`; empty for the whole file. */
	where: string;
	/** What is wrong, as a sentence fragment after the field. */
	message: string;
	/** What the author should do about it. */
	fix: string;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: AuthoringProblem[] };

type Path = readonly PropertyKey[];

/** `steps[2].pitfalls[0].id` — the way an author counts in the file (from 0, like the tools). */
export function formatPath(path: Path): string {
	return path
		.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

/** One problem as the single block of text that the build and the linter print. */
export function formatProblem(problem: AuthoringProblem): string {
	const place = [problem.file, problem.line ? `line ${problem.line}` : undefined, problem.where || undefined]
		.filter(Boolean)
		.join(', ');
	return `${place}: ${problem.message}\nFix: ${problem.fix}`;
}

// Zod 4 keeps a schema's parts in `_zod.def`; walking it lets an error point back at the
// field's own description, which is the most specific fix we can offer.
interface DefLike {
	type: string;
	innerType?: ZodLike;
	in?: ZodLike;
	shape?: Record<string, ZodLike>;
	element?: ZodLike;
	options?: ZodLike[];
}
interface ZodLike {
	_zod: { def: DefLike };
	description?: string;
}

function unwrap(schema: ZodLike): ZodLike {
	let current = schema;
	for (let guard = 0; guard < 20; guard++) {
		const def = current._zod.def;
		const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
		if (!next) return current;
		current = next;
	}
	return current;
}

/** Of a union's options, the one a path part can go into: an object for a field name, a list for an index. */
function unionOptionFor(def: DefLike, part: PropertyKey): ZodLike | undefined {
	const wanted = typeof part === 'number' ? 'array' : 'object';
	return def.options?.find((option) => unwrap(option)._zod.def.type === wanted);
}

/** The sub-schema at a data path, if the path exists in the schema. */
export function schemaAt(schema: ZodLike, path: Path): ZodLike | undefined {
	let current: ZodLike | undefined = schema;
	for (const part of path) {
		if (!current) return undefined;
		let def: DefLike = unwrap(current)._zod.def;
		if (def.type === 'union') {
			const option = unionOptionFor(def, part);
			if (!option) return undefined;
			def = unwrap(option)._zod.def;
		}
		if (def.type === 'object' && typeof part === 'string') current = def.shape?.[part];
		else if (def.type === 'array' && typeof part === 'number') current = def.element;
		else return undefined;
	}
	return current;
}

function descriptionAt(schema: ZodLike, path: Path): string | undefined {
	// The description may sit on a wrapper (optional, default) or on the inner schema.
	const found = schemaAt(schema, path);
	return found?.description ?? (found ? unwrap(found).description : undefined);
}

function allowedKeys(schema: ZodLike, path: Path): string[] {
	const found = schemaAt(schema, path);
	let def = found ? unwrap(found)._zod.def : undefined;
	if (def?.type === 'union') def = def.options?.map((option) => unwrap(option)._zod.def).find((option) => option.type === 'object');
	return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Edit distance, to suggest the field an author probably meant. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

function closest(key: string, options: readonly string[]): string | undefined {
	const ranked = options.map((option) => ({ option, d: distance(key.toLowerCase(), option.toLowerCase()) })).sort((a, b) => a.d - b.d);
	return ranked[0] && ranked[0].d <= 2 ? ranked[0].option : undefined;
}

function kindOf(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'string') return 'text';
	return `a ${typeof value}`;
}

const expectedWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list (lines starting with "- ")',
	object: 'a group of fields',
};

function valueAt(data: unknown, path: Path): unknown {
	let current = data;
	for (const part of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[part as string];
	}
	return current;
}

/** Line of the YAML node at `path`, or of its nearest ancestor that exists. */
function lineOf(doc: Document, counter: LineCounter, path: Path, key?: string): number | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
		const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number] | undefined) : undefined;
		if (!range) continue;
		let offset = range[0];
		if (key && depth === path.length && isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
			if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
		}
		return counter.linePos(offset).line;
	}
	return undefined;
}

function problemFromIssue(issue: z.core.$ZodIssue, schema: ZodLike, data: unknown, doc: Document, counter: LineCounter, file: string): AuthoringProblem {
	const path = issue.path as Path;
	const field = String(path.at(-1) ?? 'the file');
	const description = descriptionAt(schema, path);
	const where = formatPath(path);
	const line = lineOf(doc, counter, path);
	const fixFromDescription = description ?? `see the documented fields in the schema for "${field}"`;

	switch (issue.code) {
		case 'invalid_type': {
			const value = valueAt(data, path);
			const expected = expectedWords[issue.expected] ?? issue.expected;
			if (value === undefined) {
				return { file, line, where, message: 'is missing.', fix: `add "${field}:" here. ${fixFromDescription}` };
			}
			return { file, line, where, message: `should be ${expected}, not ${kindOf(value)}.`, fix: fixFromDescription };
		}
		case 'unrecognized_keys': {
			const key = issue.keys[0] ?? '';
			const allowed = allowedKeys(schema, path);
			const guess = closest(key, allowed);
			return {
				file,
				line: lineOf(doc, counter, path, key),
				where: formatPath([...path, key]),
				message: `is not a field here.`,
				fix: `${guess ? `did you mean "${guess}"? Otherwise remove it` : 'remove it, or correct the spelling'}. The fields allowed here are: ${allowed.join(', ')}.`,
			};
		}
		case 'invalid_value': {
			const options = issue.values.map((v) => `"${String(v)}"`).join(', ');
			if (valueAt(data, path) === undefined) {
				return { file, line, where, message: 'is missing.', fix: `add "${field}:" here, one of ${options}. ${fixFromDescription}` };
			}
			return { file, line, where, message: `must be one of ${options}, not "${String(valueAt(data, path))}".`, fix: fixFromDescription };
		}
		case 'invalid_union': {
			// Either form of a field may be right (e.g. text, or { text, status }): report the
			// problems of the form the author evidently chose, i.e. the one that matches the kind of value.
			const chosen = issue.errors.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
			// A misspelt field name explains a missing one, so it is reported first.
			const inner = chosen?.find((candidate) => candidate.code === 'unrecognized_keys') ?? chosen?.[0];
			if (inner) {
				return problemFromIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, schema, data, doc, counter, file);
			}
			const kinds = issue.errors.map((branch) => branch[0]).flatMap((inner) => (inner?.code === 'invalid_type' ? [expectedWords[inner.expected] ?? inner.expected] : []));
			return { file, line, where, message: `should be ${kinds.join(' or ')}, not ${kindOf(valueAt(data, path))}.`, fix: fixFromDescription };
		}
		case 'custom': {
			// Cross-field rules carry their own fix in params.fix (see procedure.ts).
			const fix = typeof issue.params?.['fix'] === 'string' ? issue.params['fix'] : fixFromDescription;
			return { file, line, where, message: `${issue.message.replace(/\.$/, '')}.`, fix };
		}
		default:
			return { file, line, where, message: `${issue.message.replace(/\.$/, '')}.`, fix: fixFromDescription };
	}
}

/** Parses YAML text and validates it; never throws for bad input. */
export function parseYaml<S extends z.ZodType>(schema: S, text: string, file: string): ParseResult<z.output<S>> {
	// Invisible direction controls anywhere in the file (text, keys, comments) are refused first.
	const hidden = bidiControlProblems(text, file);
	if (hidden.length > 0) return { ok: false, problems: hidden };
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		const error = doc.errors[0]!;
		const line = counter.linePos(error.pos[0]).line;
		const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		const duplicate = error.code === 'DUPLICATE_KEY';
		const duplicateKey = text.split('\n')[line - 1]?.split(':')[0]?.trim();
		return {
			ok: false,
			problems: [
				{
					file,
					line,
					where: '',
					message: duplicate ? `the field "${duplicateKey}" appears twice in the same group.` : `the YAML cannot be read (${firstLine}).`,
					fix: duplicate
						? `keep one of the two "${duplicateKey}:" lines and delete the other.`
						: 'check the indentation on this line and the one above, and put text that contains a colon or starts with a quote mark inside quotes.',
				},
			],
		};
	}
	const data: unknown = doc.toJS();
	const result = schema.safeParse(data);
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => problemFromIssue(issue, schema as unknown as ZodLike, data, doc, counter, file)),
	};
}
