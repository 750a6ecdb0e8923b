import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';
import { templates } from './templates.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { chooseByKeyboard, procedureOf, scenarios, startByKeyboard } from './roleplay-helpers.ts';

const broadband = scenarios.find((s) => s.id === 'broadband-outage')!;
const ideal = idealPath(procedureOf(broadband), broadband);

// The Content-Security-Policy must hold while the site is used, not only on load:
// a page of each kind, and a whole role-play played through, with zero violations.
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
				`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	page.on('console', (message) => {
		if (message.text().includes('Refused to')) violations.push(message.text());
	});
	return violations;
}

// Each page's policy, and the hashes of its inline scripts and styles, are read from every built
// page in test/dist/csp.test.ts. Here a browser loads one page of each kind and lets its islands
// run, which is where a script could still trip the policy.
test('no CSP violation on a page of any kind, once its islands have run', async ({ page }) => {
	const violations = await watchViolations(page);
	for (const [kind, pagePath] of templates) {
		await page.goto(pagePath);
		await hydrated(page, `${kind}: islands still waiting to hydrate`);
	}
	expect(violations).toEqual([]);
});

test('no CSP violation while a whole role-play is played, debrief and ideal path included', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto('scenarios/broadband-outage/');
	await startByKeyboard(page, 'Practice');
	for (const step of ideal) await chooseByKeyboard(page, broadband, step);
	await expect(page.locator('.debrief')).toBeVisible();
	await page.getByRole('button', { name: 'Show the ideal path' }).click();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('.turn-now')).toBeVisible();
	expect(violations).toEqual([]);
});

test('no CSP violation while a drill is done and a workshop role-play is run to its debrief', async ({ page }) => {
	test.setTimeout(120_000);
	const violations = await watchViolations(page);
	await page.goto('drills/order-steps-issue-resolution/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Check order' }).click();
	await page.getByRole('button', { name: 'Show the answer' }).click();

	await page.goto('workshop/broadband-outage/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Start the session' }).click();
	// The room plays the ideal path: play its choice, reveal, move on, to the ending's debrief.
	for (const step of ideal) {
		const node = broadband.nodes.find((n) => n.id === step.nodeId)!;
		const letter = String.fromCharCode(65 + displayOrder(broadband.id, node.id, node.choices).findIndex((c) => c.id === step.choiceId));
		await page.getByRole('button', { name: `Play ${letter}` }).click();
		await page.getByRole('button', { name: 'Reveal to the room (R)' }).click();
		await page.getByRole('button', { name: /^(Next decision|Show the ending) \(N\)$/ }).click();
	}
	await expect(page.locator('.ws-debrief .eyebrow')).toHaveText(/^Group debrief/);
	expect(violations).toEqual([]);
});
