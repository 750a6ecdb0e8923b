import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hydrated } from './fixtures.ts';

export { hydrated };
import { parseYaml } from '../../src/schemas/friendly-errors.ts';
import { scenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import { procedureSchema, type Procedure } from '../../src/schemas/procedure.ts';
import { shortestPathsToEndings } from '../../src/engine/ideal-path.ts';
import type { PathStep } from '../../src/engine/runner.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';

/** Shared by the role-play browser tests: the shipped scenarios, and playing them by keyboard. */
export function load<T>(schema: { safeParse: unknown }, file: string): T {
	const result = parseYaml(schema as never, readFileSync(file, 'utf8'), file);
	if (!result.ok) throw new Error(`${file} does not parse`);
	return result.data as T;
}

export const scenarios = readdirSync('content/scenarios')
	.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
	.map((f) => load<Scenario>(scenarioSchema, `content/scenarios/${f}`));
export const procedureOf = (scenario: Scenario) => load<Procedure>(procedureSchema, `content/procedures/${scenario.procedure}.yaml`);

/** The shortest path to each ending (exact: a breadth-first search over the simulation's states). */
export const pathsToEveryEnding = shortestPathsToEndings;

export { verdictText as verdictLabel } from '../../src/engine/words.ts';

/**
 * Makes one choice with the keyboard: Tab from the focused turn to the option, then Enter.
 * In practice mode the consequence then takes focus; Tab to "Continue" and press Enter.
 */
export async function chooseByKeyboard(page: Page, scenario: Scenario, step: PathStep) {
	const node = scenario.nodes.find((n) => n.id === step.nodeId)!;
	const shown = displayOrder(scenario.id, node.id, node.choices);
	const index = shown.findIndex((c) => c.id === step.choiceId);
	await expect(page.locator('.turn-now')).toBeFocused();
	for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
	await expect(page.locator(':focus .choice-text')).toHaveText(shown[index]!.text.trim().replace(/\s+/g, ' '));
	const practice = (await page.locator('.rp-status .meta').textContent())?.startsWith('Practice');
	await page.keyboard.press('Enter');
	if (!practice) return;
	await expect(page.locator('.consequence')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText(/^(Continue|See your debrief)$/);
	await page.keyboard.press('Enter');
}

export async function startByKeyboard(page: Page, mode: 'Practice' | 'Assessment') {
	await hydrated(page);
	await expect(page.getByRole('button', { name: /^Start/ })).toBeEnabled();
	await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).focus();
	await page.keyboard.press('Space');
	await page.getByRole('button', { name: 'Start the role-play' }).focus();
	await page.keyboard.press('Enter');
}
