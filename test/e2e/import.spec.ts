import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { shortestPathsToEndings } from '../../src/engine/ideal-path.ts';
import { score } from '../../src/engine/scoring.ts';
import { bandText } from '../../src/engine/words.ts';
import { attempt, completeProgress, hydrated, lessons, procedureOf, scenarios, seed, storedProgress } from './progress-helpers.ts';

// Importing a file edited by hand: every failure is caught and shown, names every object
// answers to are refused, and attempts are scored again (or at least checked) so a file
// cannot bring a certificate that was never earned.

const lesson = lessons.find((l) => l.assessedBy.length > 0)!;
const assessed = scenarios.find((s) => s.id === lesson.assessedBy[0])!;
const here = { ...completeProgress(), attempts: [] };

async function choose(page: Page, name: string, text: string) {
	await page
		.getByLabel('Choose a progress file (.json) downloaded from this site')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
const exported = (progress: unknown) => JSON.stringify({ format: 'make-good-progress', exportedAt: '2026-03-10T09:00:00.000Z', progress });

test('a drill named "constructor" and a field named "toString" are refused with the reason, and nothing changes', async ({ page, consoleErrors }) => {
	await seed(page, here, 'progress/');
	const drill = {
		firstDoneAt: '2026-03-01T10:00:00.000Z',
		lastDoneAt: '2026-03-01T10:00:00.000Z',
		last: { correct: 1, total: 2 },
		best: { correct: 1, total: 2 },
	};
	await choose(page, 'constructor.json', exported({ ...here, drills: { constructor: drill } }));
	await expect(page.getByRole('alert')).toContainText('“constructor.json” was not imported.');
	await expect(page.getByRole('alert')).toContainText('drills has a key this site cannot use: "constructor" is a name the browser reserves');

	await choose(page, 'tostring.json', exported({ ...here, attempts: [{ toString: 'x', ...attempt(assessed) }] }));
	await expect(page.getByRole('alert')).toContainText('attempts[0] has a field this version does not know: "toString"');
	expect(await storedProgress(page)).toEqual(here);
	expect(consoleErrors).toEqual([]);
});

test('an attempt whose score and outcome contradict is refused when it cannot be scored again', async ({ page }) => {
	await seed(page, here, 'progress/');
	const forged = attempt(assessed, { scenarioId: 'a-role-play-since-retired', score: 0, band: 'recovered' });
	await choose(page, 'forged.json', exported({ ...here, attempts: [forged] }));
	await expect(page.getByRole('alert')).toContainText(
		'attempts[0] has a score of 0, which is “Lost”, but says “Recovered”: the file has been changed or damaged.',
	);
	expect(await storedProgress(page)).toEqual(here);
});

test('an attempt at a role-play this site has is scored again: a forged 100 takes what its choices earn, and earns no certificate', async ({ page }) => {
	await seed(page, here, 'progress/');
	const lost = assessed.endings.find((e) => e.outcome === 'lost')!;
	const path = shortestPathsToEndings(assessed).get(lost.id)!;
	const earned = score(procedureOf(assessed), assessed, path);
	expect(earned.band).toBe('lost');
	await choose(page, 'forged.json', exported({ ...here, attempts: [attempt(assessed, { path, score: 100, band: 'recovered', endingId: lost.id })] }));
	const question = page.getByRole('group', { name: 'Import “forged.json”?' });
	await expect(question).toContainText(
		'1 attempt in it does not score what the file says when played through the role-play as it is now, and takes the score it earns.',
	);
	await question.getByRole('button', { name: 'Add to my progress' }).click();
	await expect(page.locator('.roleplay-scores li').filter({ hasText: assessed.title })).toContainText(`${earned.total} / 100 · ${bandText[earned.band]}`);
	expect((await storedProgress(page)).attempts.map((a) => [a.score, a.band])).toEqual([[earned.total, earned.band]]);
	await expect(page.getByText('Certificate: ready to print')).toHaveCount(0);
});

test('a bare progress record (how kept-aside progress used to download) is accepted', async ({ page }) => {
	await seed(page, { ...here, lessons: {} }, 'progress/');
	await choose(page, 'make-good-unreadable-2026-03-02.txt', JSON.stringify(here));
	const question = page.getByRole('group', { name: 'Import “make-good-unreadable-2026-03-02.txt”?' });
	await expect(question).toContainText(`It holds ${lessons.length} lessons done`);
	await question.getByRole('button', { name: 'Add to my progress' }).click();
	await hydrated(page);
	await expect(page.getByText(`Lessons done: ${lessons.length} of ${lessons.length}`)).toBeVisible();
});
