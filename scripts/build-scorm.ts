/**
 * npm run build:scorm — writes make-good-scorm.zip, a SCORM 1.2 package of the whole site.
 * The site is built under a placeholder base path, every link is then made relative and names
 * its file (the LMS decides where the package lives, and may not serve folder indexes), and
 * imsmanifest.xml names /lms/ as the launch page, which reports lesson status, score and suspend
 * data to the LMS (src/stores/lms.ts). Islands run from classic scripts, not modules, so the
 * package also works opened from disk (scripts/scorm/classic-islands.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { relativizeLinks, scormManifest } from '../src/engine/scorm/package.ts';
import { assertNoModuleScripts, islandsOf, plainWidgetsOf, withClassicIslands } from '../src/engine/scorm/islands.ts';
import { bundleClassicIslands } from './scorm/classic-islands.ts';

const PLACEHOLDER = '/__make_good_package__/';
const outDir = process.env.SCORM_OUT_DIR ?? 'dist-scorm';
const zipFile = process.env.SCORM_ZIP ?? 'make-good-scorm.zip';

rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, BASE_PATH: PLACEHOLDER, OUT_DIR: outDir, MAKE_GOOD_SCORM: '1' },
});

const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [path.relative(outDir, full).split(path.sep).join('/')];
	});

// Left out: the host's headers file, the sitemap (addresses on a web host), the search page (the
// package has no search index), the trainers' studio and local workshop (their checker is a module
// worker, which does not start from disk), and Astro's module scripts (replaced by classic scripts below).
const trainerTools = (file: string) => file.startsWith('studio/') || file.startsWith('workshop/local/');
const leftOut = (file: string) =>
	file === '_headers' ||
	file.startsWith('sitemap') ||
	file === 'search/index.html' ||
	trainerTools(file) ||
	(file.startsWith('_astro/') && file.endsWith('.js'));
for (const file of walk(outDir).filter(leftOut)) {
	rmSync(path.join(outDir, file));
	if (readdirSync(path.dirname(path.join(outDir, file))).length === 0) rmSync(path.dirname(path.join(outDir, file)), { recursive: true });
}

const scripts = new Map<string, Promise<{ fileName: string; code: string }>>();
let rewritten = 0;
for (const file of walk(outDir).filter((f) => f.endsWith('.html'))) {
	const full = path.join(outDir, file);
	const depth = file.split('/').length - 1;
	const before = readFileSync(full, 'utf8');
	let after = relativizeLinks(before, PLACEHOLDER, depth);
	if (after.includes(PLACEHOLDER)) throw new Error(`${file}: a link to ${PLACEHOLDER} was left absolute; the package would break in an LMS.`);
	const islands = islandsOf(after, file);
	const plainWidgets = plainWidgetsOf(after, file);
	if (islands.length > 0 || plainWidgets.length > 0) {
		// One script per set of islands and plain-script widgets: pages with the same ones share it.
		const components = [...new Map(islands.map(({ name, widget }) => [name, { name, widget }])).values()].sort((a, b) => a.name.localeCompare(b.name));
		const key = [...components.map(({ name, widget }) => `${name}=${widget}`), ...plainWidgets].join(' ');
		if (!scripts.has(key)) scripts.set(key, bundleClassicIslands(components, plainWidgets));
		const script = await scripts.get(key)!;
		after = withClassicIslands(after, `${depth === 0 ? './' : '../'.repeat(depth)}_astro/${script.fileName}`, file);
	} else assertNoModuleScripts(after, file);
	if (after !== before) rewritten++;
	writeFileSync(full, after);
}
for (const script of scripts.values()) {
	const { fileName, code } = await script;
	writeFileSync(path.join(outDir, '_astro', fileName), code);
}

const files = walk(outDir).filter((file) => file !== 'imsmanifest.xml');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const manifest = scormManifest({ identifier: 'make-good', title: 'Make Good: service recovery training', version, launch: 'lms/index.html', files });
writeFileSync(path.join(outDir, 'imsmanifest.xml'), manifest);

const entries: Record<string, Uint8Array> = {};
for (const file of [...files, 'imsmanifest.xml']) entries[file] = readFileSync(path.join(outDir, file));
writeFileSync(zipFile, zipSync(entries, { level: 9 }));
console.log(
	`SCORM 1.2 package: ${zipFile} (${files.length + 1} files, ${Math.round(statSync(zipFile).size / 1024)} KB; links made relative in ${rewritten} pages; ${scripts.size} island scripts).`,
);
