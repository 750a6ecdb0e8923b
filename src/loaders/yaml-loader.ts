import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { formatProblem, parseYaml, type AuthoringProblem, type ParseResult } from '../schemas/friendly-errors.ts';
import { idFileNameProblem, yamlEntries, type Severity } from './content-checks.ts';

/**
 * Content loaders for YAML authored by trainers. Unlike Astro's glob/file loaders they
 * validate with `parseYaml`, so a broken file stops the build with the file, the line,
 * the field and the fix, instead of a bare schema dump.
 */

function fail(problems: AuthoringProblem[]): never {
	const [first, ...rest] = problems;
	const more = rest.length > 0 ? `\n\n(and ${rest.length} more problem${rest.length === 1 ? '' : 's'}:)\n${rest.map(formatProblem).join('\n\n')}` : '';
	throw new AstroError(`${formatProblem(first!)}${more}`, first!.fix);
}

function relative(root: URL, file: string): string {
	return path.relative(root.pathname, file).split(path.sep).join('/');
}

interface HasId {
	id: string;
}

/** A problem found by a loader's `check`; warnings are logged, anything else fails the build. */
export type CheckProblem = AuthoringProblem & { severity?: Severity };

/**
 * Extra checks on a parsed entry that the schema cannot make, e.g. linting a scenario
 * against its procedure. Gets the project root (to read other files) and the entry's text
 * (to give line numbers).
 */
export type EntryCheck<T> = (data: T, file: string, context: { root: URL; text: string }) => CheckProblem[] | Promise<CheckProblem[]>;

/**
 * One entry per `*.yaml` file in `directory`; the file name must equal the entry's `id`.
 * Files starting with "_" are drafts and skipped; a missing directory means no entries.
 * `parse` replaces the plain `parseYaml(schema, …)` when a file's schema depends on its
 * content (drills pick theirs by `kind`, so errors keep each field's own fix).
 */
export function yamlDirectoryLoader<S extends z.ZodType<HasId>>(options: {
	directory: string;
	schema: S;
	parse?: (text: string, file: string) => ParseResult<z.output<S>>;
	check?: EntryCheck<z.output<S>>;
}): Loader {
	return {
		name: 'make-good-yaml-directory',
		load: async ({ store, config, parseData, watcher, logger }) => {
			const dir = new URL(options.directory.replace(/\/?$/, '/'), config.root);
			const files = await yamlEntries(dir);
			store.clear();
			for (const name of files) {
				const absolute = new URL(name, dir).pathname;
				const file = relative(config.root, absolute);
				const text = await readFile(absolute, 'utf8');
				const result = options.parse ? options.parse(text, file) : parseYaml(options.schema, text, file);
				if (!result.ok) fail(result.problems);
				const misnamed = idFileNameProblem(result.data.id, name, file);
				if (misnamed) fail([misnamed]);
				const problems = options.check ? await options.check(result.data, file, { root: config.root, text }) : [];
				const errors = problems.filter((problem) => problem.severity !== 'warning');
				if (errors.length > 0) fail(errors);
				for (const warning of problems.filter((problem) => problem.severity === 'warning')) logger.warn(formatProblem(warning));
				const data = await parseData({ id: result.data.id, data: result.data as Record<string, unknown>, filePath: file });
				store.set({ id: result.data.id, data, filePath: file });
			}
			watcher?.add(dir.pathname);
		},
	};
}

/** One entry per item of a YAML list in a single file; ids must be unique. */
export function yamlListLoader<S extends z.ZodType<HasId[]>>(options: { file: string; schema: S }): Loader {
	return {
		name: 'make-good-yaml-list',
		load: async ({ store, config, parseData, watcher }) => {
			const absolute = new URL(options.file, config.root).pathname;
			const file = relative(config.root, absolute);
			const result = parseYaml(options.schema, await readFile(absolute, 'utf8'), file);
			if (!result.ok) fail(result.problems);
			store.clear();
			for (const item of result.data) {
				const data = await parseData({ id: item.id, data: item as unknown as Record<string, unknown>, filePath: file });
				store.set({ id: item.id, data, filePath: file });
			}
			watcher?.add(absolute);
		},
	};
}
