import path from 'node:path';
import { expect, test } from 'vitest';
import { builds } from './builds.ts';
import { builtPages } from './site-pages.ts';
import { byClass, parsePage, textLines, textOf } from './built-html.ts';
import { proseSlips, readingMinutes, statedMinutesFit, wordCount, WORDS_PER_MINUTE } from '../../src/engine/prose-checks.ts';
import { loadLessons, loadProcedures } from '../unit/content/load-content.ts';
import { scoringPlan } from '../../src/engine/step-ledger.ts';
import { TOTAL_POINTS } from '../../src/engine/scoring-weights.ts';
import { points } from '../../src/engine/words.ts';

// The words on every built page, read from dist/ without a browser: no internal labels,
// no doubled or misplaced quote punctuation, no list item joined into a sentence with its
// capital; and each lesson teaches its steps once, in a reading time that matches what it says.

const pageFile = (outDir: string, pagePath: string) => path.join(outDir, pagePath, 'index.html');

test('no built page shows an internal label, a quote punctuation slip or a joined capital', () => {
	const { outDir } = builds.root;
	const pages = builtPages(outDir);
	expect(pages.length).toBeGreaterThan(20);
	const slips = pages.flatMap((pagePath) =>
		textLines(parsePage(pageFile(outDir, pagePath))).flatMap((line) => proseSlips(line).map((slip) => `/${pagePath}: ${slip.kind} “${slip.found}” in: ${slip.context}`)),
	);
	expect(slips, slips.join('\n')).toEqual([]);
});

const lessons = loadLessons();
const lessonBody = (outDir: string, id: string) => {
	const [body] = byClass(parsePage(pageFile(outDir, `lessons/${id}/`)), 'lesson-body');
	if (!body) throw new Error(`lessons/${id}/ has no element with class "lesson-body"`);
	return body;
};

/**
 * What is counted: every word a sighted reader reads in the lesson itself, from "By the end
 * you will be able to" to the last step card or example; not the text only screen readers get
 * (the "Step 1:" before a title, "(glossary)" after a term), and not the key terms, the
 * knowledge check or "Practise it", which follow the lesson and are not reading.
 */
for (const lesson of lessons) {
	test(`${lesson.id}: the stated reading time matches the words at ${WORDS_PER_MINUTE} a minute`, () => {
		const { outDir } = builds.root;
		const words = wordCount(textOf(lessonBody(outDir, lesson.id), { asSeen: true }));
		const exact = readingMinutes(words);
		expect(
			statedMinutesFit(lesson.data.minutes, words),
			`${lesson.file} says "minutes: ${lesson.data.minutes}", but its ${words} words take ${exact.toFixed(1)} minutes at ${WORDS_PER_MINUTE} words a minute: say ${Math.max(1, Math.floor(exact))} or ${Math.max(1, Math.ceil(exact))}`,
		).toBe(true);
	});
}

/**
 * A lesson with a procedure describes each step once, in the step cards rendered from the
 * procedure data; its own examples for a step go inside that step's card. Outside the cards
 * there is room for an introduction, not a second walk through the steps.
 */
const OUTSIDE_CARDS_AT_MOST = 150;

for (const lesson of lessons.filter((l) => l.data.procedure)) {
	test(`${lesson.id}: teaches each step once, in its card`, () => {
		const { outDir } = builds.root;
		const body = lessonBody(outDir, lesson.id);
		const outside = wordCount(textOf(body, { asSeen: true, without: ['steps', 'callout', 'stage-heading'] }));
		expect(outside, `${lesson.file}: ${outside} words outside the step cards; move examples and context into the step they belong to (<Fragment slot="step-id">)`).toBeLessThanOrEqual(OUTSIDE_CARDS_AT_MOST);
		const cards = byClass(body, 'step');
		const ids = cards.map((card) => card.attribs['data-step']);
		expect(new Set(ids).size, `${lesson.file}: a step card appears twice`).toBe(ids.length);
	});
}

// The source calls one step of issue resolution "the most important part of the whole
// process"; the lesson says so on that step, with what it is worth in the role-plays.
for (const procedure of loadProcedures().filter((p) => [...p.checks, ...p.steps].some((step) => step.keyStep))) {
	const lesson = lessons.find((l) => l.data.procedure === procedure.id)!;
	test(`${lesson.id}: the key step says what the source calls it, and its worth beside the others'`, () => {
		const { outDir } = builds.root;
		const plan = scoringPlan(procedure);
		const key = plan.steps.findIndex((step) => step.keyStep);
		const other = plan.worth.find((_, i) => i !== key)!;
		const card = byClass(lessonBody(outDir, lesson.id), 'key-step');
		expect(card.map((c) => c.attribs['data-step'])).toEqual([plan.steps[key]!.id]);
		expect(textOf(byClass(card[0]!, 'key-step-note')[0]!).replace(/\s+/g, ' ')).toBe(
			`The most important step. The source calls it “the most important part of the whole process”. In the role-plays it is worth ${points(plan.worth[key]!)} of ${TOTAL_POINTS} points, and each other step ${points(other)}.`,
		);
	});
}
