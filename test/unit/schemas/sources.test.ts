import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * Faithfulness: the procedure data holds every documented step of the source map
 * (shared/sources/README.md, beside the repository), in order, marked "documented".
 * The map lives outside the repo; where it is absent (a fork, a user's machine) the
 * comparison cannot run and says so in its name.
 */
const sourcesDir = '../shared/sources';
const mapFile = `${sourcesDir}/README.md`;
const haveSources = existsSync(mapFile);

interface Step {
	title: string;
	status: string;
}
interface ProcedureFile {
	id: string;
	source: { file: string };
	checks?: Step[];
	steps: Step[];
}

const normalise = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9/ ]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
const procedures = readdirSync('content/procedures')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(`content/procedures/${f}`, 'utf8')) as ProcedureFile);

/** Sections of the map: source file name → its lines. */
function sections(markdown: string): Map<string, string[]> {
	const result = new Map<string, string[]>();
	let current: string[] | undefined;
	for (const line of markdown.split('\n')) {
		const heading = /^## (\S+\.txt)\b/.exec(line);
		if (heading) result.set(heading[1]!, (current = []));
		else current?.push(line);
	}
	return result;
}

const numbered = (lines: string[]) => lines.flatMap((l) => /^\d+\. \*\*(.+?)[.:]?\*\*/.exec(l)?.[1] ?? []);
const bulleted = (lines: string[]) => lines.flatMap((l) => /^- \*\*(.+?)[.:]?\*\*/.exec(l)?.[1] ?? []);

describe.skipIf(!haveSources)(`procedures follow ${mapFile}${haveSources ? '' : ' (not found beside the repository: skipped)'}`, () => {
	const map = haveSources ? sections(readFileSync(mapFile, 'utf8')) : new Map<string, string[]>();

	test('the map was read: four sources', () => {
		expect(map.size).toBe(4);
	});

	for (const procedure of procedures) {
		test(`${procedure.id}: every documented step of ${procedure.source.file}, in order`, () => {
			const lines = map.get(procedure.source.file);
			expect(lines, `${procedure.source.file} is not a section of the map`).toBeDefined();
			expect(existsSync(`${sourcesDir}/${procedure.source.file}`)).toBe(true);
			const documented = (list: Step[] = []) => list.filter((s) => s.status === 'documented').map((s) => normalise(s.title));
			expect(documented(procedure.steps)).toEqual(numbered(lines!).map(normalise));
			// "Before deciding" bullets are the checks; other procedures have none.
			const before = lines!.slice(lines!.findIndex((l) => /^Before deciding/.test(l)) + 1);
			const checks = lines!.some((l) => /^Before deciding/.test(l))
				? bulleted(
						before.slice(
							0,
							before.findIndex((l) => !l.startsWith('- ') && !l.startsWith('  ')),
						),
					)
				: [];
			expect(documented(procedure.checks)).toEqual(checks.map(normalise));
		});
	}

	test('the four kinds of service failure, in order', () => {
		const basics = [...map.entries()].find(([, lines]) => lines.some((l) => /Four kinds/.test(l)));
		expect(basics).toBeDefined();
		const kindsLine = basics![1].join(' ').split('Four kinds')[1]!;
		const named = [...kindsLine.matchAll(/\*\*(.+?)\*\*/g)].map((m) => normalise(m[1]!)).slice(0, 4);
		const kinds = parse(readFileSync('content/failure-kinds.yaml', 'utf8')) as { title: string; status: string }[];
		expect(kinds.map((k) => normalise(k.title))).toEqual(named);
		expect(kinds.every((k) => k.status === 'documented')).toBe(true);
	});
});
