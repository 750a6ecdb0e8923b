import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';

// The procedure data is the one source of truth: pages must show every step, in order,
// exactly as the YAML has it, and the quick-reference card must print on one sheet.
interface StepData {
	title: string;
	order: number;
}
const procedures = readdirSync('content/procedures')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(`content/procedures/${f}`, 'utf8')) as { id: string; title: string; checks: StepData[]; steps: StepData[] });

for (const procedure of procedures) {
	test(`the ${procedure.id} card shows every check and step from the data, in order`, async ({ page }) => {
		await page.goto(`procedures/${procedure.id}/`);
		await expect(page.locator('h1')).toHaveText(procedure.title);
		const titles = await page.locator('.step h3').evaluateAll((nodes) => nodes.map((n) => n.textContent!.replace(/^\s*(Check|Step) \d+:\s*/, '').trim()));
		expect(titles).toEqual([...procedure.checks, ...procedure.steps].map((s) => s.title));
	});

	test(`the ${procedure.id} card prints on a single A4 page with no navigation`, async ({ page }) => {
		await page.goto(`procedures/${procedure.id}/`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pageCount).toBe(1);
	});
}

test('the complaint lesson renders the procedure steps from the data', async ({ page }) => {
	const procedure = procedures.find((p) => p.id === 'issue-resolution')!;
	await page.goto('lessons/handling-a-complaint/');
	const titles = await page.locator('ol.steps[data-procedure="issue-resolution"] .step h3').evaluateAll((nodes) =>
		nodes.map((n) => n.textContent!.replace(/^\s*Step \d+:\s*/, '').trim()),
	);
	expect(titles).toEqual(procedure.steps.map((s) => s.title));
});
