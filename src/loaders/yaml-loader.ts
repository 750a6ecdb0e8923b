import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import { formatProblem, parseYaml, type AuthoringProblem } from '../schemas/friendly-errors.ts';

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

/** One entry per `*.yaml` file in `directory`; the file name must equal the entry's `id`. */
export function yamlDirectoryLoader<S extends z.ZodType<HasId>>(options: { directory: string; schema: S }): Loader {
	return {
		name: 'make-good-yaml-directory',
		load: async ({ store, config, parseData, watcher }) => {
			const dir = new URL(options.directory.replace(/\/?$/, '/'), config.root);
			const files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
			store.clear();
			for (const name of files) {
				const absolute = new URL(name, dir).pathname;
				const file = relative(config.root, absolute);
				const result = parseYaml(options.schema, await readFile(absolute, 'utf8'), file);
				if (!result.ok) fail(result.problems);
				const expected = name.replace(/\.yaml$/, '');
				if (result.data.id !== expected) {
					fail([{ file, line: undefined, where: 'id', message: `is "${result.data.id}" but the file is named "${name}".`, fix: `rename the file to "${result.data.id}.yaml", or set id: ${expected}.` }]);
				}
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
