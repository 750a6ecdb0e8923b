import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../../src/engine/scenario-check.ts';
import { checkScenarioFile } from '../../../src/loaders/content-checks.ts';
import { formatProblem } from '../../../src/schemas/authoring-problem.ts';
import { failureKindListSchema } from '../../../src/schemas/failure-kind.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { procedureSchema, type Procedure } from '../../../src/schemas/procedure.ts';

/**
 * checkScenarioText is what the studio calls in the browser, with the procedures to hand
 * and no file system. It must say exactly what the CLI and the build say for the same file.
 */

const root = new URL('../../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const ok = <T>(result: { ok: true; data: T } | { ok: false }): T => {
	if (!result.ok) throw new Error('does not parse');
	return result.data;
};
const procedures: Procedure[] = readdirSync(new URL('content/procedures/', root))
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ok(parseYaml(procedureSchema, read(`content/procedures/${name}`), `content/procedures/${name}`)));
const failureKinds = ok(parseYaml(failureKindListSchema, read('content/failure-kinds.yaml'), 'content/failure-kinds.yaml')).map((kind) => kind.id);
const sources = { procedure: (id: string) => procedures.find((p) => p.id === id), procedureIds: procedures.map((p) => p.id), failureKinds };

describe('checkScenarioText (the studio) says what the CLI and the build say', () => {
	const fixtures = readdirSync(new URL('test/fixtures/scenarios/invalid/', root)).filter((name) => name.endsWith('.yaml') && name !== 'wrong-file-name.yaml');

	it.each(fixtures)('%s', async (name) => {
		const file = `test/fixtures/scenarios/invalid/${name}`;
		expect(checkScenarioText(read(file), file, sources).map(formatProblem)).toEqual((await checkScenarioFile(root, file)).map(formatProblem));
	});

	it('every problem it finds in a broken file has a line, except those about the file as a whole', () => {
		const file = 'test/fixtures/scenarios/invalid/self-loop.yaml';
		const problems = checkScenarioText(read(file), file, sources);
		expect(problems.filter((p) => p.line === undefined).map((p) => p.rule)).toEqual(['too-few-pitfalls']);
		expect(problems.find((p) => p.rule === 'self-loop')).toMatchObject({
			line: 61,
			where: 'node "play-back", choice "his-words", next',
			path: ['nodes', 1, 'choices', 0, 'next'],
		});
	});
});
