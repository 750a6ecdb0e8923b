import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatProblem, isError, isWarning, type AuthoringProblem } from '../schemas/authoring-problem.ts';
import { parseYaml, type ParseResult } from '../schemas/friendly-errors.ts';
import { locate } from '../schemas/yaml-position.ts';
import { AuthoringFailure } from './authoring-failure.ts';
import { idFileNameProblem, yamlEntries } from './content-checks.ts';

/**
 * Content loaders for YAML authored by trainers. Unlike Astro's glob/file loaders they
 * validate with `parseYaml`, so a broken file stops the build with the file, the line,
 * the field and the fix, instead of a bare schema dump.
 */

function fail(problems: readonly AuthoringProblem[]): never {
	throw new AuthoringFailure(problems);
}

function relative(root: URL, file: string): string {
	return path.relative(root.pathname, file).split(path.sep).join('/');
}

interface HasId {
	id: string;
}

/**
 * Extra checks on a parsed entry that the schema cannot make, e.g. linting a scenario
 * against its procedure. Gets the project root (to read other files) and the entry's text
 * (to give line numbers).
 */
/** Warnings are logged; any other problem fails the build. */
export type EntryCheck<T> = (data: T, file: string, context: { root: URL; text: string }) => AuthoringProblem[] | Promise<AuthoringProblem[]>;

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
				if (misnamed) fail(locate([misnamed], text));
				const problems = options.check ? await options.check(result.data, file, { root: config.root, text }) : [];
				// Errors stop the build with the warnings beside them, as the CLI shows them.
				if (problems.some(isError)) fail(problems);
				for (const warning of problems.filter(isWarning)) logger.warn(formatProblem(warning));
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
