import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { displayOrder } from '../../src/engine/choice-order.ts';
import { idealPath } from '../../src/engine/ideal-path.ts';
import { loadProcedures, loadScenarios } from '../unit/content/load-content.ts';
import { builds } from './builds.ts';
import { byClass, byTag, findAll, findOne, parsePage, textOf, type Element } from './built-html.ts';

/**
 * Every role-play's printables, read from the built pages and compared with the data: the
 * three role-play cards and the trainer's answer key. (One set is printed in a browser, with
 * axe in both themes, in test/e2e/workshop.spec.ts.)
 */
const { outDir } = builds.root;
const page = (pagePath: string) => parsePage(path.join(outDir, pagePath, 'index.html'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const text = (element: Element) => squash(textOf(element));
const byId = (root: Parameters<typeof findOne>[0], id: string) => findOne(root, (e) => e.attribs['id'] === id, `#${id}`);
/** The text of each checkbox's label: what a screen reader names the box. */
const checkboxNames = (root: Element) => byTag(root, 'label').filter((label) => byTag(label, 'input').some((i) => i.attribs['type'] === 'checkbox')).map(text);

const procedures = loadProcedures();
const scenarios = loadScenarios();

describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s', (id, scenario) => {
	const procedure = procedures.find((p) => p.id === scenario.procedure)!;

	test('the role-play cards give the customer the hidden facts, the agent the objectives, and the observer every documented step and pitfall', () => {
		const html = page(`workshop/${id}/cards/`);
		const customer = text(byId(html, 'customer-brief'));
		const agent = text(byId(html, 'agent-brief'));
		const observer = byId(html, 'observer-checklist');
		for (const fact of scenario.persona.hiddenFacts) {
			expect(customer).toContain(squash(fact.fact));
			expect(customer).toContain(squash(fact.revealedBy));
			expect(agent).not.toContain(squash(fact.fact));
		}
		for (const objective of scenario.objectives) expect(agent).toContain(squash(objective));
		expect(customer).toContain(squash(scenario.cards!.customer));
		for (const known of scenario.cards!.agent) expect(agent).toContain(squash(known));
		for (const part of ['checks', 'steps'] as const) {
			for (const step of procedure[part].filter((s) => s.status === 'documented')) {
				const label = `${part === 'checks' ? 'Check' : 'Step'} ${step.order}: ${step.title}`;
				expect(checkboxNames(observer).filter((name) => name.startsWith(label)), label).toHaveLength(1);
				const item = findOne(observer, (e) => e.attribs['data-step'] === step.id, `the checklist item of ${step.id}`);
				for (const pitfall of step.pitfalls)
					expect(
						checkboxNames(item).filter((name) => name.startsWith(pitfall.title)),
						`${step.id}: ${pitfall.title}`,
					).toHaveLength(1);
			}
		}
	});

	test('the answer key maps every node and choice, with the ideal path marked in words and by its letter', () => {
		const html = page(`workshop/${id}/answer-key/`);
		const main = findOne(html, (e) => e.name === 'main', '<main>');
		const ideal = idealPath(procedure, scenario);
		expect(byClass(main, 'key-node')).toHaveLength(scenario.nodes.length);
		const choices = findAll(main, (e) => e.name === 'li' && e.attribs['data-choice'] !== undefined);
		expect(choices).toHaveLength(scenario.nodes.reduce((n, node) => n + node.choices.length, 0));
		expect(byTag(byClass(main, 'key-route')[0]!, 'li')).toHaveLength(ideal.length);
		const choiceIn = (nodeId: string, choiceId: string) =>
			findOne(byId(main, `node-${nodeId}`), (e) => e.attribs['data-choice'] === choiceId, `choice ${nodeId}/${choiceId}`);
		for (const step of ideal) {
			const node = scenario.nodes.find((n) => n.id === step.nodeId)!;
			const choice = choiceIn(step.nodeId, step.choiceId);
			expect(text(choice)).toContain('★ Ideal path');
			const shown = displayOrder(scenario.id, node.id, node.choices).findIndex((c) => c.id === step.choiceId);
			expect(text(byClass(choice, 'letter')[0]!)).toBe(String.fromCharCode(65 + shown));
			const performs = node.choices.find((c) => c.id === step.choiceId)!.step;
			if (performs) expect(text(choice)).toContain(`Step: ${[...procedure.checks, ...procedure.steps].find((s) => s.id === performs)!.title}`);
		}
		for (const node of scenario.nodes)
			for (const choice of node.choices.filter((c) => c.pitfalls.length > 0)) expect(text(choiceIn(node.id, choice.id))).toContain('Pitfall:');
	});
});
