import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The scripts a built page loads before the learner does anything, read from its files as a
 * browser would fetch them: each island's component and renderer, every script tag, and every
 * module those import statically (`import … from`, `import "…"`, `export … from`). Dynamic
 * `import()` is left out: that code loads when a feature is used, not with the page.
 */
export interface ScriptsAtLoad {
	/** Preact islands and elements a plain script draws (`data-widget`, e.g. the offline notice). */
	islands: number;
	/** Module and script files, full paths, each once. */
	files: string[];
	/** The text of inline scripts. */
	inline: string[];
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function scriptsAtLoad(outDir: string, pagePath: string, base = '/'): ScriptsAtLoad {
	const html = readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');
	const files = new Set<string>();
	const follow = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) follow(path.join(path.dirname(file), match[1]!));
	};
	const local = (url: string) => path.join(outDir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
	for (const match of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+\.js)"/g)) follow(local(match[1]!));
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) follow(local(match[1]!));
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((text) => text.trim() !== '');
	return { islands: (html.match(/<astro-island\b|\bdata-widget=/g) ?? []).length, files: [...files], inline };
}
