import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every page of a built site, as a base-relative path ("", "lessons/", …), found by walking its output. */
export function builtPages(outDir: string): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name === 'index.html') pages.push(path.relative(outDir, dir).split(path.sep).filter(Boolean).map((s) => `${s}/`).join(''));
		}
	};
	walk(outDir);
	return pages;
}

/** Every file of a built site, as a full path. */
export function builtFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? builtFiles(full) : [full];
	});
}
