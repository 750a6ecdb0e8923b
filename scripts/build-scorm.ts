/**
 * npm run build:scorm — writes make-good-scorm.zip, a SCORM 1.2 package of the whole site.
 * The site is built under a placeholder base path, every link is then made relative (the
 * LMS decides where the package lives), and imsmanifest.xml names /lms/ as the launch page,
 * which reports lesson status, score and suspend data to the LMS (src/stores/lms.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { relativizeLinks, scormManifest } from '../src/engine/scorm/package.ts';

const PLACEHOLDER = '/__make_good_package__/';
const outDir = process.env.SCORM_OUT_DIR ?? 'dist-scorm';
const zipFile = process.env.SCORM_ZIP ?? 'make-good-scorm.zip';

rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, BASE_PATH: PLACEHOLDER, OUT_DIR: outDir, MAKE_GOOD_SCORM: '1' },
});

const files = (function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [path.relative(outDir, full).split(path.sep).join('/')];
	});
})(outDir).filter((file) => file !== '_headers' && !file.startsWith('sitemap'));

let rewritten = 0;
for (const file of files.filter((f) => f.endsWith('.html'))) {
	const full = path.join(outDir, file);
	const depth = file.split('/').length - 1;
	const before = readFileSync(full, 'utf8');
	const after = relativizeLinks(before, PLACEHOLDER, depth);
	if (after.includes(PLACEHOLDER)) throw new Error(`${file}: a link to ${PLACEHOLDER} was left absolute; the package would break in an LMS.`);
	if (after !== before) rewritten++;
	writeFileSync(full, after);
}

// Scripts know the base only as a constant; in the package it is wherever the scripts' folder
// (_astro/) sits, so the constant becomes the folder above the script's own address.
for (const file of files.filter((f) => f.endsWith('.js'))) {
	const full = path.join(outDir, file);
	const before = readFileSync(full, 'utf8');
	if (!before.includes(PLACEHOLDER)) continue;
	const after = before.replace(/([`"'])\/__make_good_package__\/\1/g, ' (new URL("../",import.meta.url).pathname)');
	if (after.includes(PLACEHOLDER)) throw new Error(`${file}: the base path appears in a form this script cannot make relative.`);
	writeFileSync(full, after);
}

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const manifest = scormManifest({ identifier: 'make-good', title: 'Make Good: service recovery training', version, launch: 'lms/index.html', files });
writeFileSync(path.join(outDir, 'imsmanifest.xml'), manifest);

const entries: Record<string, Uint8Array> = {};
for (const file of [...files, 'imsmanifest.xml']) entries[file] = readFileSync(path.join(outDir, file));
writeFileSync(zipFile, zipSync(entries, { level: 9 }));
console.log(`SCORM 1.2 package: ${zipFile} (${files.length + 1} files, ${Math.round(statSync(zipFile).size / 1024)} KB; links made relative in ${rewritten} pages).`);
