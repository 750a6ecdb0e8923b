import type { DataPath } from './authoring-problem.ts';

/**
 * Reads a zod schema back at a data path: the field's description, the fields allowed or
 * required there, the values an enum allows, the bounds on a list. friendly-errors.ts
 * builds its fixes from these, so a fix names what to type rather than repeating an error.
 *
 * Zod 4 keeps a schema's parts in `_zod.def`; only the parts read here are typed.
 */

interface CheckDef {
	check?: string;
	minimum?: number;
	maximum?: number;
}
interface DefLike {
	type: string;
	innerType?: ZodLike;
	in?: ZodLike;
	shape?: Record<string, ZodLike>;
	element?: ZodLike;
	entries?: Record<string, string | number>;
	options?: ZodLike[];
	values?: readonly unknown[];
	checks?: readonly { _zod: { def: CheckDef } }[];
}
export interface ZodLike {
	_zod: { def: DefLike };
	description?: string;
}

/** The schema inside optional, default and pipe wrappers. */
export function unwrap(schema: ZodLike): ZodLike {
	let current = schema;
	for (let guard = 0; guard < 20; guard++) {
		const def = current._zod.def;
		const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
		if (!next) return current;
		current = next;
	}
	return current;
}

/** Of a union's options (e.g. a plain string or { text, status }), the one a path part can go into: an object for a field name, a list for an index. */
function unionOptionFor(def: DefLike, part: PropertyKey): ZodLike | undefined {
	const wanted = typeof part === 'number' ? 'array' : 'object';
	return def.options?.find((option) => unwrap(option)._zod.def.type === wanted);
}

/** The sub-schema at a data path, if the path exists in the schema. */
export function schemaAt(schema: ZodLike, path: DataPath): ZodLike | undefined {
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

/** The description of the field at `path`: it may sit on a wrapper (optional, default) or on the inner schema. */
export function descriptionAt(schema: ZodLike, path: DataPath): string | undefined {
	const found = schemaAt(schema, path);
	return found?.description ?? (found ? unwrap(found).description : undefined);
}

function shapeAt(schema: ZodLike, path: DataPath): Record<string, ZodLike> {
	const found = schemaAt(schema, path);
	let def = found ? unwrap(found)._zod.def : undefined;
	if (def?.type === 'union') def = def.options?.map((option) => unwrap(option)._zod.def).find((option) => option.type === 'object');
	return def?.type === 'object' && def.shape ? def.shape : {};
}

/** The fields an object at `path` may have. */
export function allowedKeys(schema: ZodLike, path: DataPath): string[] {
	return Object.keys(shapeAt(schema, path));
}

/** The fields an object at `path` must have (those with no default and not optional). */
export function requiredKeys(schema: ZodLike, path: DataPath): string[] {
	return Object.entries(shapeAt(schema, path))
		.filter(([, field]) => !['optional', 'default', 'prefault'].includes(field._zod.def.type))
		.map(([key]) => key);
}

/** The values an enum (or literal) at `path` allows, if it is one. */
export function enumValues(schema: ZodLike, path: DataPath): string[] | undefined {
	const found = schemaAt(schema, path);
	const def = found ? unwrap(found)._zod.def : undefined;
	if (def?.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
	if (def?.type === 'literal' && def.values) return def.values.map(String);
	return undefined;
}

/** The least and greatest number of items (or characters) allowed at `path`. */
export function lengthBounds(schema: ZodLike, path: DataPath): { min?: number; max?: number } {
	const found = schemaAt(schema, path);
	const bounds: { min?: number; max?: number } = {};
	for (const check of (found ? unwrap(found)._zod.def.checks : undefined) ?? []) {
		const def = check._zod.def;
		if (def.check === 'min_length' && def.minimum !== undefined) bounds.min = def.minimum;
		if (def.check === 'max_length' && def.maximum !== undefined) bounds.max = def.maximum;
	}
	return bounds;
}

/** Whether the schema at `path` is a list whose items are groups of fields. */
export function isListOfObjects(schema: ZodLike, path: DataPath): boolean {
	const found = schemaAt(schema, path);
	const def = found ? unwrap(found)._zod.def : undefined;
	return def?.type === 'array' && def.element !== undefined && unwrap(def.element)._zod.def.type === 'object';
}
