import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { hydrated, procedureOf, scenarios } from './roleplay-helpers.ts';
import type { Attempt, Progress } from '../../src/engine/progress/model.ts';

/** Content and keyboard helpers for the progress browser tests. */

export const PROGRESS_KEY = 'make-good:progress';

export { chooseByKeyboard, hydrated, procedureOf, scenarios } from './roleplay-helpers.ts';

/** Every lesson's id, title and the role-plays it is assessed by, read from the frontmatter. */
export const lessons = readdirSync('content/lessons')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const front = parse(readFileSync(`content/lessons/${f}`, 'utf8').split(/^---$/m)[1]!) as { title: string; order: number; assessedBy?: string[] };
		return { id: f.replace(/\.mdx$/, ''), title: front.title, order: front.order, assessedBy: front.assessedBy ?? [] };
	})
	.sort((a, b) => a.order - b.order);

/** Focuses a control and presses a key, as a keyboard user who has tabbed to it would. */
export async function press(page: Page, target: ReturnType<Page['locator']>, key = 'Enter') {
	await target.focus();
	await page.keyboard.press(key);
}

const iso = (day: number) => new Date(Date.UTC(2026, 2, day, 10)).toISOString();

export function attempt(scenario: Scenario, overrides: Partial<Attempt> = {}): Attempt {
	const procedure = procedureOf(scenario);
	const steps = Object.fromEntries(
		[...procedure.checks, ...procedure.steps].filter((s) => s.status === 'documented').map((s, i) => [s.id, i % 2 === 0 ? 'performed' : 'skipped'] as const),
	);
	return {
		id: `seeded-${scenario.id}-${overrides.score ?? 60}-${(overrides.date ?? '').replace(/\D/g, '')}`.replace(/-$/, ''),
		scenarioId: scenario.id,
		procedureId: procedure.id,
		date: iso(3),
		mode: 'assessment',
		path: [],
		score: 60,
		band: 'partly-recovered',
		endingId: scenario.endings[0]!.id,
		steps,
		...overrides,
	};
}

/** Progress with every lesson's knowledge check and every assessed role-play passed in assessment mode: the certificate is earned. */
export function completeProgress(): Progress {
	const assessed = [...new Set(lessons.flatMap((l) => l.assessedBy))];
	return {
		version: 3,
		resetAt: null,
		lessons: Object.fromEntries(lessons.map((l, i) => [l.id, { readAt: iso(1 + i) }])),
		drills: { 'open-or-closed': { firstDoneAt: iso(1), lastDoneAt: iso(2), last: { correct: 5, total: 6 }, best: { correct: 6, total: 6 } } },
		quizzes: Object.fromEntries(
			lessons.map((l, i) => [
				l.id,
				{ firstDoneAt: iso(1 + i), lastDoneAt: iso(1 + i), last: { correct: 5, total: 5 }, best: { correct: 5, total: 5 }, passedAt: iso(1 + i) },
			]),
		),
		attempts: [
			...assessed.map((id) =>
				attempt(
					scenarios.find((s) => s.id === id)!,
					{ score: 85, band: 'recovered', date: iso(4) },
				),
			),
			attempt(scenarios[0]!, { score: 30, band: 'lost', date: iso(2) }),
		],
		inProgress: {},
	};
}

/** Puts progress (or any text) in this origin's storage, then opens `path`. */
export async function seed(page: Page, value: Progress | string, path: string) {
	// Written from a page with no island (the glossary), so no page reads progress before `path` does.
	await page.goto('glossary/');
	await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [PROGRESS_KEY, typeof value === 'string' ? value : JSON.stringify(value)]);
	await page.goto(path);
	await hydrated(page);
}

export async function storedProgress(page: Page): Promise<Progress> {
	return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
}
