import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// Content is data, not code: nothing in the source renders a string as HTML. Preact and Astro
// escape text by default; these are the escape hatches, and none is used anywhere.
const htmlSinks = /\bset:html\b|dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? files(full) : [full];
	});
}

test('no source file renders content as raw HTML', () => {
	const offenders = [...files('src'), ...files('content')]
		.filter((file) => /\.(astro|tsx?|mdx|jsx?)$/.test(file))
		.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, index) => (htmlSinks.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
		);
	expect(offenders).toEqual([]);
});
