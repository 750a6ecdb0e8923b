import type { Frame } from '@playwright/test';
import { test, expect, hydrated } from './fixtures.ts';
import { courseFrame, lmsValue as lms, startLmsHost, type LmsHost } from './lms-host.ts';
import { idealPath, allPaths } from '../../src/engine/ideal-path.ts';
import { score } from '../../src/engine/scoring.ts';
import { displayOrder } from '../../src/engine/choice-order.ts';
import type { PathStep } from '../../src/engine/runner.ts';
import { quizSchema, type Quiz } from '../../src/schemas/quiz.ts';
import { load, procedureOf, scenarios } from './roleplay-helpers.ts';
import { lessons } from './progress-helpers.ts';

// The SCORM 1.2 package (npm run build:scorm), unzipped and launched inside a host page that
// runs scorm-again as the LMS API, reports what the learner did: lesson status and score.
let lmsHost: LmsHost;
let host: string;

// One package, one server: both tests share them, so they run in one worker, in turn.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	lmsHost = await startLmsHost();
	host = lmsHost.url;
});

test.afterAll(async () => {
	await lmsHost?.stop();
});

async function play(frame: Frame, scenarioId: string, path: PathStep[]) {
	const scenario = scenarios.find((s) => s.id === scenarioId)!;
	await frame.goto(`${host}package/scenarios/${scenarioId}/index.html`);
	await hydrated(frame);
	// Only assessment mode counts towards the score and the pass (practice never does).
	await frame.getByRole('radio', { name: /^Assessment/ }).check();
	await frame.getByRole('button', { name: 'Start the role-play' }).click();
	for (const step of path) {
		const node = scenario.nodes.find((n) => n.id === step.nodeId)!;
		const index = displayOrder(scenario.id, node.id, node.choices).findIndex((c) => c.id === step.choiceId);
		await frame.locator('.turn-now .choice').nth(index).click();
	}
	await expect(frame.locator('.debrief')).toBeVisible();
}

test('inside an LMS, the package reports lesson status and the role-play score the learner earned', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto(lmsHost.lmsPage());
	const launch = page.frameLocator('#sco');
	await expect(launch.getByRole('status')).toContainText('Reporting to your LMS');
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('incomplete');

	// Every lesson's knowledge check passed: completed, but no role-play passed yet.
	const frame = courseFrame(page);
	for (const lesson of lessons) {
		const quiz = load<Quiz>(quizSchema, `content/quizzes/${lesson.id}.yaml`);
		await frame.goto(`${host}package/lessons/${lesson.id}/index.html`);
		await hydrated(frame);
		for (const question of quiz.questions) {
			const item = frame.locator('.kc-question', { has: frame.locator(`input[name="kc-${question.id}"]`) });
			await item.locator(`input[value="${question.options.find((o) => o.correct)!.id}"]`).check();
			await item.getByRole('button', { name: 'Check answer' }).click();
		}
		await expect(frame.locator('.kc-summary')).toContainText('Passed');
	}
	await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe('completed');

	// The assessed role-plays: all but one played perfectly, that one passed with a lower score.
	const assessed = [...new Set(lessons.flatMap((lesson) => lesson.assessedBy))];
	const totals: number[] = [];
	for (const id of assessed.slice(0, -1)) {
		const scenario = scenarios.find((s) => s.id === id)!;
		const ideal = idealPath(procedureOf(scenario), scenario);
		totals.push(score(procedureOf(scenario), scenario, ideal).total);
		await play(frame, id, ideal);
	}
	const third = scenarios.find((s) => s.id === assessed.at(-1))!;
	const passingButFlawed = allPaths(third, 2000)
		.map((p) => ({ p, result: score(procedureOf(third), third, p) }))
		.find(({ result }) => result.band === 'partly-recovered')!;
	totals.push(passingButFlawed.result.total);
	await play(frame, third.id, passingButFlawed.p);

	const expected = Math.round(totals.reduce((a, b) => a + b, 0) / totals.length);
	await expect.poll(() => lms(page, 'cmi.core.lesson_status')).toBe('passed');
	expect(await lms(page, 'cmi.core.score.raw')).toBe(String(expected));
	const suspend = await lms(page, 'cmi.suspend_data');
	expect(suspend.length).toBeLessThanOrEqual(4096);
	expect(JSON.parse(suspend).attempts).toHaveLength(assessed.length);
});

test('without an LMS, the launch page says so and links to the course as on the web', async ({ page }) => {
	await page.goto(`${host}package/lms/index.html`);
	await expect(page.getByText('No learning management system found.')).toBeVisible();
	await page.getByRole('link', { name: 'open the course' }).click();
	await expect(page.locator('h1')).toHaveText('When service goes wrong, make it good.');
});
