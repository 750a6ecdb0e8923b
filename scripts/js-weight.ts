import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * How much JavaScript a built page loads, gzipped: every module an island or script tag
 * pulls in (following static and dynamic imports), plus inline scripts. The site's budget
 * is about 12 KB per page. Usage: node scripts/js-weight.ts dist page/path/ [more/pages/]
 */
const [outDir = 'dist', ...pages] = process.argv.slice(2);

function modulesOf(file: string, seen: Set<string>) {
	if (seen.has(file)) return;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		modulesOf(path.join(path.dirname(file), match[1]!), seen);
	}
}

for (const page of pages.length > 0 ? pages : ['']) {
	const html = readFileSync(path.join(outDir, page, 'index.html'), 'utf8');
	const files = new Set<string>();
	for (const match of html.matchAll(/(?:component-url|renderer-url|src)="(\/[^"]+\.js)"/g)) {
		modulesOf(path.join(outDir, match[1]!.replace(/^\/(training\/)?/, '')), files);
	}
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
	let total = gzipSync(inline).length;
	const rows = [`  inline scripts: ${gzipSync(inline).length} B`];
	for (const file of files) {
		const size = gzipSync(readFileSync(file)).length;
		total += size;
		rows.push(`  ${path.basename(file)}: ${size} B`);
	}
	console.log(`/${page}: ${total} B gzipped (${(total / 1024).toFixed(1)} KB)\n${rows.join('\n')}`);
}
