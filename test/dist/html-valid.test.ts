import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { siteBuilds } from './builds.ts';
import { builtPages } from './site-pages.ts';

// Every built page passes html-validate's recommended rules (.htmlvalidate.json: void-style is
// off because Preact writes <input/> and Astro <meta>, both valid; <style> is allowed in the body
// because Astro places its island style there; no-trailing-whitespace is off because Astro keeps a
// template's line breaks inside text, where a browser collapses them: the .astro files are laid out
// by Prettier, and a page's rendered text does not change with their layout).
describe.each(siteBuilds)('the %s build', (_name, { outDir }) => {
	test('every page is valid HTML', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const page of builtPages(outDir)) {
			const file = path.join(outDir, page, 'index.html');
			const report = await validator.validateFile(file);
			for (const result of report.results) {
				for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
