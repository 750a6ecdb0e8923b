import { describe, expect, test } from 'vitest';
import { canExplore, checkDraft } from '../../../src/engine/studio/check-draft.ts';
import { messageBlock } from '../../../src/engine/studio/messages.ts';
import { realCatalogue, template } from './catalogue.ts';

// The five mistakes a trainer typically makes, each on the template, each reported on
// the line of the faulty text with the build's own wording.

const catalogue = realCatalogue();
const clean = template();
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

function only(text: string) {
	const check = checkDraft(text, catalogue);
	return { check, errors: check.messages.filter((m) => m.severity === 'error') };
}

test('the template checks without errors, and can be explored; its warnings are the checklist a full role-play meets', () => {
	const check = checkDraft(clean, catalogue);
	expect(check.errors).toBe(0);
	expect(check.messages.map((m) => m.rule)).toEqual(['too-few-pitfalls', 'too-few-hidden-facts', 'too-few-decisions', 'too-few-facilitator-prompts']);
	expect(canExplore(check)).toBe(true);
});

describe('each typical mistake is reported on its own line', () => {
	test('a misspelt step id: on the step: line, listing the real ids', () => {
		const text = clean.replace('step: reiterate\n', 'step: reiterrate\n');
		const { errors, check } = only(text);
		const typo = errors.find((m) => m.rule === 'unknown-step')!;
		expect(typo.line).toBe(lineOf(text, 'step: reiterrate'));
		expect(messageBlock(typo)).toBe(
			`error [unknown-step]: content/scenarios/scenario-template.yaml, line ${typo.line}, node "play-back", choice "reiterate-all", step: is "reiterrate", which is not a step of procedure "issue-resolution".\nFix: did you mean "reiterate"? Set step: to one of: listen-and-empathise, reiterate, confirm-facts-with-customer, confirm-facts-with-staff, win-win-outcome.`,
		);
		expect(canExplore(check)).toBe(false);
	});

	test('a next: to nowhere: on the next: line, listing the nodes and endings', () => {
		const text = clean.replace('next: ask-accounts\n      - id: send-her-off', 'next: ask-acounts\n      - id: send-her-off');
		const { errors } = only(text);
		expect(errors.map((m) => [m.rule, m.line])).toEqual([['dangling-next', lineOf(text, 'next: ask-acounts')]]);
		expect(errors[0]!.text).toContain(
			'choice "confirm-and-explain-next", next: is "ask-acounts", which is neither a node nor an ending.\nFix: did you mean "ask-accounts"? Set next: to one of the nodes (first-words, play-back, check-details, ask-accounts, settle)',
		);
	});

	test('an unreachable node: on the node’s first line', () => {
		const text = clean.replace(/next: check-details\n/g, 'next: ask-accounts\n');
		const unreachable = only(text).errors.find((m) => m.rule === 'unreachable-node')!;
		expect(unreachable.line).toBe(lineOf(text, '- id: check-details'));
		expect(unreachable.text).toContain(
			'node "check-details": no route from the start node "first-words" leads here.\nFix: point a choice\'s next: at "check-details", or delete the node.',
		);
	});

	test('bad indentation: on the line that is out of step', () => {
		const text = clean.replace('    speaker: customer\n    text: \'"So what', '   speaker: customer\n    text: \'"So what');
		const { errors } = only(text);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.line).toBe(text.split('\n').indexOf('   speaker: customer') + 1);
		expect(errors[0]!.text).toMatch(/: the YAML cannot be read \(.+\)\.\nFix: check the indentation on this line and the one above/);
	});

	test('a missing field: on the choice that lacks it, saying what to add', () => {
		const text = clean.replace('        feedback: Mia nods. Hearing all of it back tells her you were listening.\n', '');
		const { errors } = only(text);
		expect(errors.map((m) => m.line)).toEqual([lineOf(text, '- id: reiterate-all')]);
		expect(errors[0]!.text).toBe(
			`content/scenarios/scenario-template.yaml, line ${errors[0]!.line}, node "play-back", choice "reiterate-all", feedback: is missing.\nFix: add "feedback:" to this choice, followed by the consequence: what the customer does next and why, tied to the step. Shown after the choice in practice mode.`,
		);
	});
});

test('a procedure the site does not have is named, with the ones it has', () => {
	const text = clean.replace('procedure: issue-resolution', 'procedure: complaints');
	const [problem] = only(text).errors;
	expect(problem!.line).toBe(lineOf(text, 'procedure: complaints'));
	expect(problem!.text).toBe(
		`content/scenarios/scenario-template.yaml, line ${problem!.line}, procedure: is "complaints", but there is no content/procedures/complaints.yaml.\nFix: use one of: ${catalogue.procedures.map((p) => p.id).join(', ')} (the file names in content/procedures/ without ".yaml").`,
	);
});

test('a misspelt pitfall sits on the line of that item in the list', () => {
	const text = clean.replace('pitfalls: [missed-concern]', 'pitfalls:\n          - missed-concern\n          - talked-over');
	const problem = only(text).errors.find((m) => m.rule === 'unknown-pitfall')!;
	expect(problem.line).toBe(lineOf(text, '- talked-over'));
});
