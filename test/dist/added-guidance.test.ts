import path from 'node:path';
import { expect, test } from 'vitest';
import { builds } from './builds.ts';
import { builtPages } from './site-pages.ts';
import { byClass, byTag, markedText, parsePage, phrasePattern, textOf, unmarkedOccurrences } from './built-html.ts';
import { ADDED_GUIDANCE, sourced } from '../../src/engine/provenance.ts';
import { orderedSteps } from '../../src/engine/procedure.ts';
import { loadGlossary, loadProcedures } from '../unit/content/load-content.ts';
import { UNSOURCED_PHRASES } from '../unit/content/unsourced-phrases.ts';

// Guidance the sources do not contain carries the "Added guidance" badge wherever it is
// shown: read from the built pages, without a browser. (Drill feedback is drawn by its
// island, so drills.spec.ts checks the badge there.)

const MARK = 'added-guidance';
const pageFile = (outDir: string, pagePath: string) => path.join(outDir, pagePath, 'index.html');

/** Every piece of text the data marks as added, with where it comes from. */
function addedItems(): { what: string; text: string }[] {
	const items: { what: string; text: string }[] = [];
	for (const procedure of loadProcedures()) {
		for (const principle of procedure.principles) if (principle.status === 'added') items.push({ what: `${procedure.id} principle ${principle.id}`, text: principle.text });
		for (const step of orderedSteps(procedure)) {
			const at = `${procedure.id} ${step.id}`;
			if (step.status === 'added') items.push({ what: `${at} (step)`, text: step.title });
			for (const item of step.doneWell.map(sourced)) if (item.status === 'added') items.push({ what: `${at} doneWell`, text: item.text });
			for (const route of step.routes ?? []) if (route.status === 'added') items.push({ what: `${at} route`, text: route.issue });
			for (const pitfall of step.pitfalls) if (pitfall.status === 'added') items.push({ what: `${at} pitfall ${pitfall.id}`, text: pitfall.title });
		}
	}
	for (const term of loadGlossary()) {
		const definition = sourced(term.definition);
		if (definition.status === 'added') items.push({ what: `glossary ${term.id}`, text: definition.text });
	}
	return items;
}

test('every element marked as added guidance shows the badge, in words', () => {
	const { outDir } = builds.root;
	let marked = 0;
	const missing = builtPages(outDir).flatMap((pagePath) =>
		byClass(parsePage(pageFile(outDir, pagePath)), MARK).flatMap((element) => {
			marked++;
			const badges = byClass(element, 'badge').filter((badge) => textOf(badge) === `${ADDED_GUIDANCE}:`);
			return badges.length > 0 ? [] : [`/${pagePath}: “${textOf(element).slice(0, 80)}” has no “${ADDED_GUIDANCE}” badge`];
		}),
	);
	expect(marked).toBeGreaterThan(10);
	expect(missing, missing.join('\n')).toEqual([]);
});

test('each item the data marks as added carries its badge on every page that shows it', () => {
	const { outDir } = builds.root;
	const items = addedItems();
	expect(items.length).toBeGreaterThan(0);
	const shown = new Map(items.map((item) => [item, 0]));
	const unmarked = builtPages(outDir).flatMap((pagePath) => {
		const text = markedText(parsePage(pageFile(outDir, pagePath)), MARK);
		return items.flatMap((item) => {
			if (phrasePattern(item.text).test(text.text)) shown.set(item, shown.get(item)! + 1);
			return unmarkedOccurrences(text, item.text).map((context) => `/${pagePath}: ${item.what} without its badge: “${context}”`);
		});
	});
	expect(unmarked, unmarked.join('\n')).toEqual([]);
	const neverShown = [...shown].filter(([, count]) => count === 0).map(([item]) => item.what);
	expect(neverShown, 'added items that no page shows (the check above would pass vacuously)').toEqual([]);
});

test('known unsourced claims appear only as marked added guidance in lessons, procedure cards and the glossary', () => {
	const { outDir } = builds.root;
	const pages = builtPages(outDir).filter((pagePath) => /^(lessons\/[^/]+|procedures\/[^/]+|glossary)\/$/.test(pagePath));
	expect(pages.length).toBeGreaterThan(7);
	const problems = pages.flatMap((pagePath) => {
		const document = parsePage(pageFile(outDir, pagePath));
		// On a lesson page, the lesson itself: the role-play cards under "Practise it" belong to the role-plays.
		const root = byClass(document, 'lesson-body')[0] ?? byTag(document, 'main')[0]!;
		const text = markedText(root, MARK);
		return UNSOURCED_PHRASES.flatMap(({ phrase, why }) => unmarkedOccurrences(text, phrase).map((context) => `/${pagePath}: “${phrase}” unmarked (${why}): “${context}”`));
	});
	expect(problems, problems.join('\n')).toEqual([]);
});

test('the footer says what the badge means', () => {
	const { outDir } = builds.root;
	const [footer] = byClass(parsePage(pageFile(outDir, '')), 'site-footer');
	expect(textOf(footer!).replace(/\s+/g, ' ')).toContain(`Anything marked ${ADDED_GUIDANCE} is this project’s own advice; everything else the course teaches comes from its source material.`);
});
