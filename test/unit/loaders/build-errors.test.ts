import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's own printer for an error that stops `astro build` (what cli/throw-and-exit.js runs).
// Not a public entry point, so it is imported by path: if Astro moves it, this test says so.
import { formatErrorMessage } from '../../../node_modules/astro/dist/core/messages/runtime.js';
import { collectErrorMetadata } from '../../../node_modules/astro/dist/core/errors/dev/index.js';
import { createSafeError } from '../../../node_modules/astro/dist/core/errors/index.js';
import { checkScenario, checkScenarioFile } from '../../../src/loaders/content-checks.ts';
import { yamlDirectoryLoader } from '../../../src/loaders/yaml-loader.ts';
import { formatFileReport, formatProblem } from '../../../src/schemas/authoring-problem.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';

/**
 * `npm run build` stops on a broken role-play with exactly the text `npm run lint:scenarios`
 * prints for it: no "[AstroUserError]" label, no "Hint:" repeating the fix (or guessing at
 * browser APIs because a message says "documented"), no location or stack trace in
 * src/loaders/yaml-loader.ts.
 */

const site = mkdtempSync(path.join(tmpdir(), 'make-good-build-errors-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const root = pathToFileURL(`${site}/`);

function contentWith(scenario: string): void {
	rmSync(path.join(site, 'content'), { recursive: true, force: true });
	mkdirSync(path.join(site, 'content/scenarios'), { recursive: true });
	cpSync('content/procedures', path.join(site, 'content/procedures'), { recursive: true });
	cpSync('content/failure-kinds.yaml', path.join(site, 'content/failure-kinds.yaml'));
	cpSync(`test/fixtures/scenarios/${scenario}`, path.join(site, 'content/scenarios', path.basename(scenario)));
}

/** Runs the scenarios loader as Astro's content layer would, and returns what Astro prints and logs. */
async function build(): Promise<{ printed: string | undefined; warned: string[] }> {
	const loader = yamlDirectoryLoader({
		directory: 'content/scenarios',
		schema: scenarioSchema,
		check: (scenario, file, { text }) => checkScenario(scenario, file, root, text),
	});
	const warned: string[] = [];
	const context = {
		store: { clear() {}, set() {} },
		config: { root },
		parseData: async ({ data }: { data: unknown }) => data,
		logger: { warn: (message: string) => warned.push(message) },
	};
	try {
		await loader.load(context as never);
		return { printed: undefined, warned };
	} catch (error) {
		return { printed: formatErrorMessage(collectErrorMetadata(createSafeError(error)), true), warned };
	}
}

describe('the build prints what the linter prints', () => {
	it('a broken role-play: the CLI report, word for word, and nothing else', async () => {
		contentWith('invalid/unknown-step.yaml');
		const file = 'content/scenarios/unknown-step.yaml';
		const { printed } = await build();
		expect(printed).toBe(formatFileReport(file, await checkScenarioFile(root, file)));
		expect(printed).toContain(`✗ ${file}: 1 error, 5 warnings\n\n  error [unknown-step]: ${file}, line 41, node "opening", choice "open-question", step:`);
		expect(printed).not.toMatch(/AstroUserError|Hint:|Stack trace:|Location:|yaml-loader/);
	});

	it('a schema error: the same', async () => {
		contentWith('invalid/missing-outcome.yaml');
		const file = 'content/scenarios/missing-outcome.yaml';
		const { printed } = await build();
		expect(printed).toBe(formatFileReport(file, await checkScenarioFile(root, file)));
		expect(printed).not.toMatch(/AstroUserError|Hint:|Stack trace:|undefined/);
	});

	it('warnings alone do not stop the build; each is logged as the CLI prints it', async () => {
		contentWith('valid/billing-complaint.yaml');
		const file = 'content/scenarios/billing-complaint.yaml';
		const { printed, warned } = await build();
		expect(printed).toBeUndefined();
		expect(warned).toEqual((await checkScenarioFile(root, file)).map(formatProblem));
		expect(warned[0]).toMatch(/^warning \[too-few-decisions\]: content\/scenarios\/billing-complaint\.yaml, line 35, nodes: has 5 decision nodes;/);
	});
});
