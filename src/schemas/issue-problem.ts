import type { z } from 'astro/zod';
import { didYouMean, itemNoun, placeOf, type AuthoringProblem, type DataPath } from './authoring-problem.ts';
import { allowedKeys, descriptionAt, enumValues, isListOfObjects, lengthBounds, requiredKeys, schemaAt, unwrap, type ZodLike } from './schema-walk.ts';
import type { LineOf } from './yaml-position.ts';

/**
 * One zod issue as a problem an author can act on: the place named by ids, what is wrong
 * in plain words (never "undefined"), and a fix that says what to type or change. The
 * field's own description follows the fix as guidance on what to write.
 */

export interface IssueContext {
	schema: ZodLike;
	/** The file's data as read from the YAML, before validation. */
	data: unknown;
	lineOf: LineOf;
	file: string;
}

function valueAt(data: unknown, path: DataPath): unknown {
	let current = data;
	for (const part of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[part];
	}
	return current;
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

/** "a", "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`);

/** What holds the field, for "add it to …": this list item ("this choice"), the group ("setting"), or the file. */
function holder(path: DataPath): string {
	const parent = path.at(-2);
	if (parent === undefined) return 'the file';
	if (typeof parent === 'number') return `this ${itemNoun(typeof path.at(-3) === 'string' ? (path.at(-3) as string) : undefined)}`;
	return `"${parent}"`;
}

/** "add 2 to 4 choices, each with id, text, feedback and next" — what a list needs, counting what is there. */
function fillList(schema: ZodLike, path: DataPath, field: string, count: number): string {
	const { min = 1, max } = lengthBounds(schema, path);
	const needed = Math.max(min - count, 1);
	const objects = isListOfObjects(schema, path);
	const one = count === 0 ? max === undefined && min === 1 : needed === 1;
	const range = count === 0 ? (max !== undefined ? `${min} to ${max}` : `at least ${min === 1 ? 'one' : min}`) : `${needed} more`;
	const noun = objects ? (one ? itemNoun(field) : field) : one ? 'item' : 'items';
	const each = count > 0 && needed === 1 ? '' : 'each ';
	const fields = objects ? `${each}with ${andList(requiredKeys(schema, [...path, 0]))}` : `${each}on its own line starting with "- "`;
	return `add ${range} ${noun} under "${field}:", ${fields}`;
}

/** What a field of this shape looks like when typed, for a missing field. */
function howToWrite(schema: ZodLike, path: DataPath, field: string): string {
	const values = enumValues(schema, path);
	if (values) return `set to ${orList(quoted(values))}, e.g. ${field}: ${values[0]}`;
	const found = schemaAt(schema, path);
	const type = found ? unwrap(found)._zod.def.type : undefined;
	if (type === 'array') return fillList(schema, path, field, 0).replace(/^add /, 'with ').replace(` under "${field}:"`, ' below it');
	if (type === 'object') return `with ${andList(requiredKeys(schema, path)) || 'its fields'} indented below it`;
	if (type === 'number' || type === 'int') return `followed by a number, e.g. ${field}: 1`;
	if (type === 'boolean') return 'followed by true or false';
	const description = descriptionAt(schema, path);
	return description
		? `followed by ${/^[A-Z][a-z]/.test(description) ? description[0]!.toLowerCase() + description.slice(1) : description}`
		: 'followed by the text';
}

/** How to retype a field whose value has the wrong shape. */
function retype(schema: ZodLike, path: DataPath, field: string, expected: string, value: unknown): string {
	switch (expected) {
		case 'string':
			if (typeof value === 'number' || typeof value === 'boolean') return `put the value in quotes: ${field}: "${String(value)}".`;
			return `write the text on the same line as "${field}:", or after "${field}: >-" on the lines below it, indented; put quotes around text that contains ": ".`;
		case 'number':
		case 'int':
			return `write ${expected === 'int' ? 'a whole number' : 'a number'} without quotes after "${field}:", e.g. ${field}: 1.`;
		case 'boolean':
			return `write ${field}: true or ${field}: false.`;
		case 'array': {
			const items = isListOfObjects(schema, path) ? `, each with ${andList(requiredKeys(schema, [...path, 0]))}` : '';
			return `make "${field}" a list: put each item on its own line below "${field}:", starting with "- "${items}.`;
		}
		case 'object':
			return `put ${andList(requiredKeys(schema, path)) || 'its fields'} on the lines below "${field}:", indented.`;
		default:
			return `write ${field}: as the guidance says.`;
	}
}

/** The description as guidance after a fix, if the schema has one. */
function guidance(schema: ZodLike, path: DataPath): string {
	const description = descriptionAt(schema, path);
	return description ? ` ${description.endsWith('.') ? description : `${description}.`}` : '';
}

/** An id typed with capitals or spaces, as the id it was probably meant to be. */
const asId = (value: string) =>
	value
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

/** Zod's own wording ("Too small: expected number to be >=0") is replaced; a schema's own error is kept. */
const isZodDefault = (message: string) => /^(Too (small|big)|Invalid (input|option)|Expected)/.test(message);

export function problemFromIssue(issue: z.core.$ZodIssue, context: IssueContext): AuthoringProblem[] {
	const { schema, data, lineOf, file } = context;
	const path = issue.path as DataPath;
	const field = String(path.at(-1) ?? 'the file');
	const value = valueAt(data, path);
	const at = (p: DataPath, message: string, fix: string): AuthoringProblem => ({ file, line: lineOf(p), where: placeOf(p, data), path: p, message, fix });
	const sentence = (message: string) => `${message.replace(/\.$/, '')}.`;

	switch (issue.code) {
		case 'invalid_type': {
			if (value === undefined) {
				const how = howToWrite(schema, path, field);
				const more = how.startsWith('followed by') || isListOfObjects(schema, path) ? '' : guidance(schema, path);
				return [at(path, 'is missing.', `add "${field}:" to ${holder(path)}, ${how.replace(/\.$/, '')}.${more}`)];
			}
			const message = `should be ${expectedWords[issue.expected] ?? issue.expected}, not ${kindOf(value)}.`;
			return [at(path, message, `${retype(schema, path, field, issue.expected, value)}${guidance(schema, path)}`)];
		}
		case 'unrecognized_keys': {
			const allowed = allowedKeys(schema, path);
			return issue.keys.map((key) => {
				const guess = didYouMean(key, allowed);
				const fix = guess ? `did you mean "${guess}"? Rename "${key}:" to "${guess}:".` : `remove it, or correct the spelling.`;
				return at([...path, key], 'is not a field here.', `${fix} The fields allowed here are: ${allowed.join(', ')}.`);
			});
		}
		case 'invalid_value': {
			const values = issue.values.map(String);
			if (value === undefined) {
				return [
					at(
						path,
						`is missing: it must be one of ${orList(quoted(values))}.`,
						`add "${field}:" to ${holder(path)}, e.g. ${field}: ${values[0]}.${guidance(schema, path)}`,
					),
				];
			}
			const guess = didYouMean(String(value), values);
			const fix = guess ? `did you mean "${guess}"? Set ${field}: ${guess}.` : `set ${field}: to one of ${orList(values)}.`;
			return [at(path, `must be one of ${orList(quoted(values))}, not "${String(value)}".`, `${fix}${guidance(schema, path)}`)];
		}
		case 'too_small':
		case 'too_big': {
			const small = issue.code === 'too_small';
			const limit = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
			if (issue.origin === 'array' && Array.isArray(value)) {
				const fill = fillList(schema, path, field, value.length);
				const fix = !small
					? `remove ${value.length - limit} of the ${value.length} ${field} under "${field}:", so that at most ${limit} remain.`
					: value.length === 0
						? `replace "${field}: []" with "${field}:" and ${fill.replace(/^add /, '').replace(` under "${field}:"`, ' below it')}.`
						: `${fill}.`;
				return [at(path, sentence(issue.message), `${fix}${isListOfObjects(schema, path) ? '' : guidance(schema, path)}`)];
			}
			if (issue.origin === 'string' && typeof value === 'string') {
				const fix = small ? `write the text after "${field}:".` : `shorten it to ${limit} characters or fewer (it has ${value.trim().length}).`;
				return [at(path, sentence(issue.message), `${fix}${small ? guidance(schema, path) : ''}`)];
			}
			const message = isZodDefault(issue.message) ? `is ${String(value)}, but it must be ${small ? 'at least' : 'at most'} ${limit}.` : sentence(issue.message);
			return [at(path, message, `set ${field}: to ${limit} or ${small ? 'more' : 'less'}.${guidance(schema, path)}`)];
		}
		case 'invalid_union': {
			// Either form of a field may be right (plain text, or { text, status }): report the problems
			// of the form the author evidently chose, the one that matches the kind of value written.
			const chosen = issue.errors.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
			// A misspelt field name explains a missing one, so it is reported first.
			const inner = chosen?.find((candidate) => candidate.code === 'unrecognized_keys') ?? chosen?.[0];
			if (inner) return problemFromIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, context);
			const kinds = issue.errors.flatMap((branch) => (branch[0]?.code === 'invalid_type' ? [expectedWords[branch[0].expected] ?? branch[0].expected] : []));
			return [at(path, `should be ${orList(kinds)}, not ${kindOf(value)}.`, `write it as ${orList(kinds)}.${guidance(schema, path)}`)];
		}
		case 'invalid_format': {
			const idLike = issue.format === 'regex' && typeof value === 'string' && (issue as { pattern?: string }).pattern === String(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			const fix = idLike && asId(value as string) ? `change it to "${asId(value as string)}".` : `change it as the message says.`;
			return [at(path, sentence(issue.message), `${fix}${guidance(schema, path)}`)];
		}
		default: {
			// Cross-field rules (superRefine) carry their own fix in params.fix.
			const own = issue.code === 'custom' && typeof issue.params?.['fix'] === 'string' ? (issue.params['fix'] as string) : undefined;
			return [at(path, sentence(issue.message), own ?? `correct it as the message says.${guidance(schema, path)}`)];
		}
	}
}
