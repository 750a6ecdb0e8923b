import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { parseYaml } from '../../src/schemas/friendly-errors.ts';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { procedureSchema, type Procedure } from '../../src/schemas/procedure.ts';

/** Shared by the studio and local-workshop browser tests. */

export const TEMPLATE = readFileSync('docs/scenario-template.yaml', 'utf8');

export function parsed<T>(schema: unknown, text: string, file: string): T {
	const result = parseYaml(schema as never, text, file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data as T;
}

export const templateScenario = parsed<Scenario>(scenarioSchema, TEMPLATE, 'scenario-template.yaml');
export const procedureOf = (scenario: Scenario) =>
	parsed<Procedure>(procedureSchema, readFileSync(`content/procedures/${scenario.procedure}.yaml`, 'utf8'), scenario.procedure);

/** The 1-based line of the `nth` line (from 1) of the text that contains `needle`. */
export function lineOf(text: string, needle: string, nth = 1): number {
	let seen = 0;
	const index = text.split('\n').findIndex((line) => line.includes(needle) && ++seen === nth);
	if (index < 0) throw new Error(`"${needle}" is not in the text`);
	return index + 1;
}

/** CSP violations while the test runs, from the page's own event and from the console. */
export async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
				`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
			);
		});
	});
	page.on('console', (message) => {
		if (/Refused to|violates the following Content Security Policy/.test(message.text())) violations.push(message.text());
	});
	return violations;
}

export const editor = (page: Page) => page.locator('.cm-content');

/**
 * Selects the `nth` match of `text` the way a trainer would: Ctrl+Home, Ctrl+F, type, Enter
 * (once per match), then Escape back into the editor with the match still selected.
 */
export async function selectInEditor(page: Page, text: string, nth = 1) {
	await editor(page).focus();
	await page.keyboard.press('Control+Home');
	await page.keyboard.press('Control+f');
	const search = page.locator('.cm-search input[name="search"]');
	await expect(search).toBeFocused();
	await search.pressSequentially(text);
	for (let i = 0; i < nth; i++) await search.press('Enter');
	await page.keyboard.press('Escape');
	await expect(editor(page)).toBeFocused();
}

/** The inline message of a rule (or "schema" for YAML and schema problems), in the editor. */
export const inline = (page: Page, rule: string) => page.locator(`.studio-inline[data-rule="${rule}"]`);

/** The template as shipped: no errors, and the guide's checklist as four warnings (it is shorter than a full role-play). */
export const TEMPLATE_SUMMARY = '0 errors, 4 warnings';

/** Back to the template's own state: no error anywhere, only its checklist warnings. */
export async function expectClean(page: Page) {
	await expect(page.locator('.studio-summary')).toHaveText(TEMPLATE_SUMMARY);
	await expect(page.locator('.studio-inline.error')).toHaveCount(0);
}
