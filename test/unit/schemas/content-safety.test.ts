import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/schemas/authoring-problem.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';
import { lessonChecks } from '../../../src/loaders/mdx-checks.ts';
import { authorLinkHref } from '../../../src/utils/url.ts';

// What an author types can neither run code, lead somewhere other than it seems, nor reorder text
// invisibly: each is refused at build time with the file, the line and the fix.
const FILE = 'content/scenarios/billing-complaint.yaml';
const scenarioText = readFileSync('test/fixtures/scenarios/valid/billing-complaint.yaml', 'utf8');
const withPolicyLink = (url: string) => `${scenarioText.trimEnd()}\npolicyLinks:\n  - title: Our refunds policy\n    url: '${url}'\n`;
const policyLinkLine = scenarioText.trimEnd().split('\n').length + 3;

function problemsOf(text: string): string[] {
	const result = parseYaml(scenarioSchema, text, FILE);
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe('policy links', () => {
	test('"/\\example.com/…" looks like a link on this site, but browsers open another site', () => {
		expect(new URL('/\\example.com/refunds', 'https://training.example.org/scenarios/x/').host).toBe('example.com');
		expect(problemsOf(withPolicyLink('/\\example.com/refunds'))).toEqual([
			`error: ${FILE}, line ${policyLinkLine}, policyLinks[0].url: must not contain a backslash (\\): browsers read "/\\" as "//", the start of a link to another site.\n` +
				'Fix: write the full web address, e.g. url: https://intranet.example.com/refunds, or a path on this site, e.g. url: /glossary/.',
		]);
		expect(problemsOf(withPolicyLink('https://intranet.example.org\\@evil.example.com/'))).toHaveLength(1);
		expect(problemsOf(withPolicyLink('/policies/refunds/'))).toEqual([]);
	});

	test('a path on this site follows the deploy base (BASE_PATH); web addresses stay as written', () => {
		expect(authorLinkHref('/training/', '/procedures/issue-resolution/')).toBe('/training/procedures/issue-resolution/');
		expect(authorLinkHref('/', '/procedures/issue-resolution/')).toBe('/procedures/issue-resolution/');
		expect(authorLinkHref('/training/', 'https://example.com/refunds')).toBe('https://example.com/refunds');
		expect(authorLinkHref('/training/', '../lessons/')).toBe('../lessons/');
	});
});

describe('invisible direction controls (U+202A–U+202E, U+2066–U+2069)', () => {
	test('in a YAML file, anywhere, with the line, the column and the fix', () => {
		const text = scenarioText.replace('title: Charged twice', 'title: Charged \u202Eeciwt');
		expect(problemsOf(text)).toEqual([
			`error: ${FILE}, line 4: holds an invisible U+202E RIGHT-TO-LEFT OVERRIDE character (column 16), which shows the text around it in a different order from the order it is written in.\n` +
				'Fix: delete it: retype the words around it by hand. Right-to-left languages display correctly without it.',
		]);
		for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069']) {
			expect(problemsOf(scenarioText.replace('Charged twice', `Charged ${control}twice`))).toHaveLength(1);
		}
		// Right-to-left text itself (and the marks U+200E/U+200F) is fine.
		expect(problemsOf(scenarioText.replace('Charged twice', 'Charged twice \u05E9\u05DC\u05D5\u05DD \u200F'))).toEqual([]);
	});
});

describe('lessons (MDX)', () => {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'make-good-lesson-'));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	/** Compiles a lesson as the build does, with the lesson checks, and returns the JS or the error. */
	async function compile(body: string, frontmatterTitle = 'A lesson'): Promise<string> {
		const file = path.join(folder, 'content/lessons/a-lesson.mdx');
		const source = `---\ntitle: ${frontmatterTitle}\n---\n${body}`;
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, source);
		// As Astro does: the frontmatter is blanked out (same lines) before the compiler sees it.
		const blanked = source.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ' '));
		try {
			const result = await mdxToJs(blanked, { mdastPlugins: [lessonChecks('/training/', folder)], fileURL: pathToFileURL(file) });
			return result.code;
		} catch (error) {
			// The report the build prints, as lint:scenarios does: a header line, then each problem indented.
			const report = (error as Error).message;
			expect(report.startsWith('✗ content/lessons/a-lesson.mdx: 1 error, 0 warnings\n\n  ')).toBe(true);
			return report.split('\n\n  ').slice(1).join('\n\n').replaceAll('\n  ', '\n');
		}
	}

	test('a javascript: link is refused, in Markdown and in JSX, with the line and the fix', async () => {
		expect(await compile('Intro.\n\nSee [the policy](javascript:alert(1)).\n')).toBe(
			'error: content/lessons/a-lesson.mdx, line 6, link "javascript:alert(1)": must start with https://, http://, / (a link on this site) or # (a place on this page); other kinds of link are not allowed.\n' +
				'Fix: link to a web page (https://…), a page of this site (/lessons/…) or a place on this page (#…); a link in a lesson can never run code.',
		);
		expect(await compile('[the policy][p]\n\n[p]: javascript:alert(1)\n')).toMatch(
			/^error: content\/lessons\/a-lesson\.mdx, line 6, link "javascript:alert\(1\)": must start with/,
		);
		expect(await compile('<a href="javascript:alert(1)">policy</a>\n')).toMatch(
			/^error: content\/lessons\/a-lesson\.mdx, line 4, <a href> "javascript:alert\(1\)": must start with/,
		);
		expect(await compile('![chart](data:image/png;base64,AAAA)\n')).toMatch(/^error: content\/lessons\/a-lesson\.mdx, line 4, image "data:image/);
		expect(await compile('[sneaky](/\\example.com/)\n')).toMatch(/line 4, link "\/\\example\.com\/": must not contain a backslash/);
	});

	test('links to this site get the deploy base; web addresses and places on the page are kept', async () => {
		const code = await compile('[a procedure](/procedures/issue-resolution/), [the web](https://example.com/), [below](#steps)\n');
		expect(code).toContain('"/training/procedures/issue-resolution/"');
		expect(code).toContain('"https://example.com/"');
		expect(code).toContain('"#steps"');
		// A JSX attribute cannot be given the base: the fix says to write the link in Markdown.
		expect(await compile('<a href="/glossary/">glossary</a>\n')).toBe(
			'error: content/lessons/a-lesson.mdx, line 4, <a href> "/glossary/": would miss the deploy base (BASE_PATH) when the site is hosted under a sub-path.\n' +
				'Fix: write it as a Markdown link, [text](/glossary/), which gets the base.',
		);
	});

	test('an invisible direction control is refused, in the frontmatter too', async () => {
		expect(await compile('Fine.\n', 'A \u2066lesson')).toBe(
			'error: content/lessons/a-lesson.mdx, line 2: holds an invisible U+2066 LEFT-TO-RIGHT ISOLATE character (column 10), which shows the text around it in a different order from the order it is written in.\n' +
				'Fix: delete it: retype the words around it by hand. Right-to-left languages display correctly without it.',
		);
		expect(await compile('Body with \u202Ehidden.\n')).toMatch(/^error: content\/lessons\/a-lesson\.mdx, line 4: holds an invisible U\+202E/);
	});
});
