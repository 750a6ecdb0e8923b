import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { courseMap, formatMinutes } from '../../src/engine/course.ts';
import { alphabetical } from '../../src/engine/glossary.ts';
import { sourced } from '../../src/engine/provenance.ts';
import { loadGlossary, loadLessons, loadProcedures, loadQuizzes, loadScenarios } from '../unit/content/load-content.ts';
import { builds } from './builds.ts';
import { byClass, byTag, findAll, parsePage, textOf, type Element } from './built-html.ts';

/**
 * The lessons, the glossary and the course map, read from the built pages and compared with
 * the content files: what a learner reads is what the data says. (The knowledge check and the
 * glossary links are used by keyboard in test/e2e/lessons.spec.ts.)
 */
const { outDir } = builds.root;
const page = (pagePath: string) => parsePage(path.join(outDir, pagePath, 'index.html'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const texts = (elements: Element[]) => elements.map((e) => squash(textOf(e, { asSeen: true })));

const lessons = loadLessons().sort((a, b) => a.data.order - b.data.order);
const procedures = loadProcedures();
const scenarios = loadScenarios();
const glossary = loadGlossary();
const quizzes = new Set(loadQuizzes().map(({ quiz }) => quiz.id));

describe.each(lessons.map((lesson) => [lesson.data.title, lesson] as const))('lesson “%s”', (_title, lesson) => {
	const html = page(`lessons/${lesson.id}/`);
	const procedure = procedures.find((p) => p.id === lesson.data.procedure);

	test('shows its objectives, its steps from the data, and its key terms', () => {
		const objectives = findAll(html, (e) => e.name === 'section' && e.attribs['aria-labelledby'] === 'objectives');
		expect(texts(byTag(objectives[0]!, 'li'))).toEqual(lesson.data.objectives.map(squash));
		if (procedure) {
			for (const part of ['steps', 'checks'] as const) {
				const list = findAll(html, (e) => e.name === 'ol' && e.attribs['data-procedure'] === procedure.id && e.attribs['data-part'] === part);
				const titles = list.flatMap((ol) => byClass(ol, 'step').map((step) => squash(textOf(byTag(step, 'h3')[0] ?? byTag(step, 'h4')[0]!, { asSeen: true })).replace(/ Added guidance$/, '')));
				expect(titles).toEqual(procedure[part].map((s) => s.title));
			}
		}
		expect(texts(byTag(byClass(html, 'key-terms')[0]!, 'li'))).toEqual(alphabetical(glossary.filter((t) => t.lesson === lesson.id)).map((t) => t.term));
	});

	test('labels both columns of each worked example in words', () => {
		const pairs = findAll(html, (e) => e.name === 'figure' && (e.attribs['class'] ?? '').split(' ').includes('pair'));
		expect(pairs.length).toBeGreaterThan(0);
		for (const pair of pairs) {
			expect(squash(textOf(byClass(byClass(pair, 'pair-poor')[0]!, 'pair-label')[0]!))).toMatch(/Poor/);
			expect(squash(textOf(byClass(byClass(pair, 'pair-better')[0]!, 'pair-label')[0]!))).toMatch(/Better/);
		}
	});

	test('“Practise it” lists its role-plays, marking those the certificate requires', () => {
		const practise = byClass(html, 'practise')[0]!;
		const cards = byClass(practise, 'card');
		expect(cards).toHaveLength(lesson.data.relatedScenarios.length);
		for (const id of lesson.data.relatedScenarios) {
			const scenario = scenarios.find((s) => s.id === id)!;
			const card = cards.find((c) => squash(textOf(c)).includes(scenario.title))!;
			expect(squash(textOf(card))).toContain(`${scenario.minutes} min`);
			expect(squash(textOf(card)).includes('Required for the certificate')).toBe(lesson.data.assessedBy.includes(id));
		}
	});

	test('has a knowledge check, which the certificate asks for', () => {
		expect(quizzes.has(lesson.id)).toBe(true);
		expect(findAll(html, (e) => e.attribs['id'] === 'knowledge-check')).toHaveLength(1);
	});
});

test('the glossary lists every term A to Z, each at its own anchor with its definition', () => {
	const html = page('glossary/');
	expect(texts(byTag(byClass(html, 'glossary')[0]!, 'dt'))).toEqual(alphabetical(glossary).map((t) => t.term));
	for (const term of glossary) {
		const entry = findAll(html, (e) => e.attribs['id'] === `term-${term.id}`)[0]!;
		expect(squash(textOf(byTag(entry, 'dd')[0]!))).toContain(squash(sourced(term.definition).text));
	}
});

test('the course map shows the lessons in order with minutes, role-plays and the total time', () => {
	const html = page('course/');
	const map = courseMap(
		lessons.map((l) => ({ id: l.id, ...l.data })),
		scenarios.map((s) => ({ id: s.id, title: s.title, minutes: s.minutes })),
	);
	expect(squash(textOf(findAll(html, (e) => e.attribs['id'] === 'totals')[0]!))).toBe(`The whole course: about ${formatMinutes(map.totalMinutes)}`);
	const stops = byClass(html, 'course-stop');
	expect(stops.map((stop) => squash(textOf(byTag(stop, 'h2')[0]!)))).toEqual(map.stops.map((s) => s.lesson.title));
	for (const [index, stop] of map.stops.entries()) {
		const box = stops[index]!;
		expect(squash(textOf(byClass(box, 'eyebrow')[0]!))).toBe(`Lesson ${stop.lesson.order} · ${stop.lesson.minutes} min`);
		const items = byTag(box, 'li').map((li) => squash(textOf(li)));
		for (const rolePlay of stop.rolePlays) {
			const item = items.find((text) => text.startsWith(rolePlay.title))!;
			expect(item).toContain(`(${rolePlay.minutes} min)`);
			expect(item.includes('Required for the certificate')).toBe(rolePlay.required);
		}
	}
});

test.each(procedures.map((procedure) => [procedure.id, procedure] as const))('the %s card shows every check and step from the data, in order', (_id, procedure) => {
	const html = page(`procedures/${procedure.id}/`);
	expect(squash(textOf(byTag(html, 'h1')[0]!))).toBe(procedure.title);
	const titles = byClass(html, 'step').map((step) => squash(textOf(byTag(step, 'h3')[0]!, { asSeen: true })).replace(/ Added guidance$/, ''));
	expect(titles).toEqual([...procedure.checks, ...procedure.steps].map((s) => s.title));
});
