import { describe, expect, test } from 'vitest';
import { checkDraft, canExplore } from '../../../src/engine/studio/check-draft.ts';
import { coverage } from '../../../src/engine/studio/coverage.ts';
import { layoutMap, wrapText } from '../../../src/engine/studio/map-layout.ts';
import { storyMap } from '../../../src/engine/studio/story-map.ts';
import { placesIn } from '../../../src/engine/studio/yaml-places.ts';
import { realCatalogue, template } from './catalogue.ts';

const catalogue = realCatalogue();

function explored(text: string) {
	const check = checkDraft(text, catalogue);
	if (!check.scenario) throw new Error('does not parse');
	return check;
}

describe('the story map', () => {
	test('every node, option and ending is a box, each option coloured with words for its step or pitfall', () => {
		const check = explored(template());
		const map = storyMap(check.scenario!, check.procedure, check.lint);
		expect(map.boxes.filter((b) => b.kind === 'node').map((b) => b.id)).toEqual(['first-words', 'play-back', 'check-details', 'ask-accounts', 'settle']);
		expect(map.boxes.filter((b) => b.kind === 'ending').map((b) => b.id)).toEqual(['sorted', 'grumbling', 'walks-out']);
		const closed = map.boxes.find((b) => b.key === 'choice:first-words/ask-closed')!;
		expect(closed.tone).toBe('poorly');
		expect(closed.tags.map((t) => t.text)).toEqual(['Step, done poorly: Listen and empathise', 'Pitfall: A yes/no question where an open one was needed']);
		expect(map.boxes.find((b) => b.key === 'choice:check-details/send-her-off')!.tone).toBe('pitfall');
		expect(map.boxes.find((b) => b.key === 'node:first-words')!.tags).toEqual([{ kind: 'start', text: 'Start' }]);
		expect(map.boxes.find((b) => b.key === 'ending:walks-out')!.tags.map((t) => t.text)).toEqual([
			'Written for: Lost',
			'Ends at once when trust falls below 15',
		]);
	});

	test('unreachable nodes, dead ends, loops and next: to nowhere are flagged in words', () => {
		const text = template()
			.replace(/next: check-details\n/g, 'next: ask-accounts\n')
			.replace('next: grumbling', 'next: settle')
			.replace('next: ask-accounts\n      - id: send-her-off', 'next: nowhere\n      - id: send-her-off');
		const check = explored(text);
		const map = storyMap(check.scenario!, check.procedure, check.lint);
		const tags = (key: string) => map.boxes.find((b) => b.key === key)!.tags.map((t) => t.text);
		expect(tags('node:check-details')).toEqual(['Unreachable: no route from the start']);
		expect(tags('node:settle')).toEqual(['On a loop']);
		expect(tags('missing:nowhere')).toEqual(['Leads nowhere']);
		expect(map.edges.find((e) => e.from === 'choice:settle/vague-outcome')).toMatchObject({ to: 'node:settle', loop: true });
	});

	test('dagre places every box without overlaps, and every arrow has a route', () => {
		const check = explored(template());
		const layout = layoutMap(storyMap(check.scenario!, check.procedure, check.lint));
		expect(layout.boxes).toHaveLength(5 + 10 + 3);
		for (const a of layout.boxes) {
			for (const b of layout.boxes) {
				if (a === b) continue;
				const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
				expect(apart, `${a.key} overlaps ${b.key}`).toBe(true);
			}
		}
		expect(layout.edges.every((e) => e.points.length >= 2)).toBe(true);
		expect(layout.width).toBeGreaterThan(0);
	});

	test('text is wrapped to the box and cut with an ellipsis', () => {
		expect(wrapText('Say sorry that has happened, and ask her how it has affected her.', 20, 2)).toEqual(['Say sorry that has', 'happened, and ask…']);
		expect(wrapText('Short.', 20, 2)).toEqual(['Short.']);
	});

	test('a box leads to its text: the line of the node, the choice or the ending', () => {
		const text = template();
		const places = placesIn(text);
		const lines = text.split('\n');
		expect(lines[places.lineOf({ node: 'settle' })! - 1]).toBe('  - id: settle');
		expect(lines[places.lineOf({ node: 'settle', choice: 'vague-outcome' })! - 1]).toBe('      - id: vague-outcome');
		expect(lines[places.lineOf({ ending: 'walks-out' })! - 1]).toBe('  - id: walks-out');
	});
});

describe('coverage', () => {
	test('the template: every documented step has a clean option, the ideal path scores 100, and the surface strategies fall short', () => {
		const check = explored(template());
		expect(canExplore(check)).toBe(true);
		const report = coverage(check.procedure!, check.scenario!);
		expect(report.steps.map((s) => [s.id, s.clean.length > 0])).toEqual([
			['listen-and-empathise', true],
			['reiterate', true],
			['confirm-facts-with-customer', true],
			['confirm-facts-with-staff', true],
			['win-win-outcome', true],
		]);
		expect(report.ideal).toMatchObject({ total: 100, band: 'recovered', endingId: 'sorted' });
		expect(report.ideal!.path.map((s) => s.choiceId)).toEqual(['ask-open', 'reiterate-all', 'confirm-and-explain-next', 'hear-accounts', 'clear-outcome']);
		expect(report.pitfalls.find((p) => p.id === 'closed-question')!.committedBy).toEqual([{ nodeId: 'first-words', choiceId: 'ask-closed' }]);
		expect(report.endings.find((e) => e.id === 'sorted')!.reached.map((r) => r.band)).toContain('recovered');
		expect(report.strategies.map((s) => s.id)).toEqual(['longest', 'shortest', 'first', 'last', 'most-apologetic']);
		expect(report.strategies.every((s) => s.total !== undefined && s.total <= 100)).toBe(true);
	});

	test('a step no clean option performs shows as uncovered', () => {
		const text = template().replace('step: reiterate\n        effect: { trust: 5 }', 'effect: { trust: 5 }');
		const check = explored(text);
		const report = coverage(check.procedure!, check.scenario!);
		expect(report.steps.find((s) => s.id === 'reiterate')).toMatchObject({ clean: [], poorly: [{ nodeId: 'play-back', choiceId: 'reiterate-part' }] });
		expect(report.ideal!.total).toBeLessThan(100);
	});
});
