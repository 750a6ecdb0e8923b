import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';

// The quick-reference card prints on one sheet: only a browser can print. (That each card and
// lesson shows every step from the data, in order, is checked from the built files in test/dist.)
const procedures = readdirSync('content/procedures')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(`content/procedures/${f}`, 'utf8')) as { id: string });

test('each procedure’s card prints on a single A4 page with no navigation', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	for (const procedure of procedures) {
		await page.goto(`procedures/${procedure.id}/`);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pageCount, `${procedure.id}: pages printed`).toBe(1);
	}
});
