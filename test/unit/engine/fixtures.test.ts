import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { idealPath } from '../../../src/engine/ideal-path.ts';
import { CHECKLIST_RULES, lint } from '../../../src/engine/lint.ts';
import { score } from '../../../src/engine/scoring.ts';
import { checkScenarioFile, yamlEntries } from '../../../src/loaders/content-checks.ts';
import { failureKindListSchema } from '../../../src/schemas/failure-kind.ts';
import { formatProblem, isError, isWarning } from '../../../src/schemas/authoring-problem.ts';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { procedureSchema } from '../../../src/schemas/procedure.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';

/**
 * Scenario fixtures on disk, checked the way the build and `npm run lint:scenarios` check
 * them, against the real procedures in content/procedures.
 */

const root = new URL('../../../', import.meta.url);
const VALID = 'test/fixtures/scenarios/valid/billing-complaint.yaml';
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

function parsed<T>(result: { ok: true; data: T } | { ok: false; problems: unknown[] }): T {
	if (!result.ok) throw new Error(`fixture does not parse: ${JSON.stringify(result.problems)}`);
	return result.data;
}

const issueResolution = parsed(parseYaml(procedureSchema, read('content/procedures/issue-resolution.yaml'), 'content/procedures/issue-resolution.yaml'));
const failureKinds = parsed(parseYaml(failureKindListSchema, read('content/failure-kinds.yaml'), 'content/failure-kinds.yaml')).map((k) => k.id);
const valid = parsed(parseYaml(scenarioSchema, read(VALID), VALID));

/** The fixtures are small on purpose (five decisions), so the checklist warns about them as it would about a trainer's first draft. */
const isChecklist = (rule: string | undefined) => (CHECKLIST_RULES as readonly (string | undefined)[]).includes(rule);

describe('the valid fixture, against the real issue-resolution procedure', () => {
	it('has no errors; its only warnings are the checklist for a role-play this small', async () => {
		expect(lint(valid, issueResolution, VALID, { failureKinds }).filter((p) => !isChecklist(p.rule))).toEqual([]);
		expect((await checkScenarioFile(root, VALID)).map((p) => [p.severity, p.rule])).toEqual([
			['warning', 'too-few-decisions'],
			['warning', 'outcome-without-ending'],
			['warning', 'too-few-hidden-facts'],
			['warning', 'too-few-facilitator-prompts'],
			['warning', 'too-few-pitfalls'],
		]);
	});

	it('has an ideal path through the five steps that scores 100', () => {
		const path = idealPath(issueResolution, valid);
		expect(path.map((s) => s.choiceId)).toEqual(['open-question', 'his-words', 'confirm-details', 'ask-accounts', 'refund-and-card']);
		const result = score(issueResolution, valid, path);
		expect(result).toMatchObject({ total: 100, band: 'recovered', finalTrust: 95, endingId: 'kept', pitfalls: [] });
		expect(result.steps.map((s) => [s.stepId, s.verdict, s.points])).toEqual([
			['listen-and-empathise', 'performed', 15],
			['reiterate', 'performed', 15],
			['confirm-facts-with-customer', 'performed', 40],
			['confirm-facts-with-staff', 'performed', 15],
			['win-win-outcome', 'performed', 15],
		]);
	});

	it('scores the worst path low, explaining each step', () => {
		const worst = ['closed-question', 'jargon', 'end-call', 'ask-support'].map((choiceId, i) => ({
			nodeId: ['opening', 'play-back', 'details', 'accounts'][i]!,
			choiceId,
		}));
		// 50 - 5 - 10 - 15 = 20, then the wrong route: still 20, so the outcome node is reached.
		const result = score(issueResolution, valid, [...worst, { nodeId: 'outcome', choiceId: 'blame-bank' }]);
		expect(result).toMatchObject({ total: 0, band: 'lost', finalTrust: 0, endingId: 'hangs-up' });
		expect(result.steps.map((s) => s.why)).toEqual([
			'Skipped: it was on offer, and none of your choices did it.',
			'Skipped: it was on offer, and none of your choices did it.',
			'Skipped: it was on offer, and none of your choices did it.',
			'Skipped: it was on offer, and none of your choices did it.',
			'Skipped: it was on offer, and none of your choices did it.',
		]);
		expect(result.pitfalls.map((p) => p.pitfallId)).toEqual([
			'closed-question',
			'own-jargon',
			'ended-before-facts-confirmed',
			'no-next-step-promised',
			'wrong-escalation-route',
			'blaming-supply-chain',
		]);
	});
});

// Each broken fixture and every error an author sees for it, exactly as printed: the line is
// the faulty field's (the step:, the next:), the place is named by node, choice and ending ids.
const pinned: [string, string[]][] = [
	[
		'bad-indentation.yaml',
		[
			'error: test/fixtures/scenarios/invalid/bad-indentation.yaml, line 57: the YAML cannot be read (Nested mappings are not allowed in compact mappings).\nFix: check the indentation on this line and the one above (fields of one group start in the same column, with spaces, not tabs), and put text that contains ": " or starts with a quote mark inside quotes.',
		],
	],
	[
		'dangling-next.yaml',
		[
			'error [dangling-next]: test/fixtures/scenarios/invalid/dangling-next.yaml, line 94, node "accounts", choice "ask-accounts", next: is "outcom", which is neither a node nor an ending.\nFix: did you mean "outcome"? Set next: to one of the nodes (opening, play-back, details, accounts, outcome) or endings (hangs-up, kept, lost).',
		],
	],
	[
		'dead-end.yaml',
		[
			'error [cycle-without-exit]: test/fixtures/scenarios/invalid/dead-end.yaml, line 130, node "on-hold": the nodes "on-hold", "transferred" form a loop that never ends: no choice leads out of it.\nFix: point a choice in the loop at an ending (hangs-up, kept, lost) or at a node outside the loop, or add a threshold ending (when:) that the loop\'s choices move towards.',
			'error [dead-end]: test/fixtures/scenarios/invalid/dead-end.yaml, line 117, node "hold-music": no ending can be reached from here: every route leads into the loop at node "on-hold", which never ends.\nFix: give a choice here a next: that leads to an ending (hangs-up, kept, lost), or fix the loop at node "on-hold".',
		],
	],
	[
		'empty-choices.yaml',
		[
			'error: test/fixtures/scenarios/invalid/empty-choices.yaml, line 71, node "details", choices: needs at least 2 choices: a node with one choice is not a decision.\nFix: replace "choices: []" with "choices:" and 2 to 4 choices below it, each with id, text, feedback and next.',
		],
	],
	[
		'missing-feedback.yaml',
		[
			'error: test/fixtures/scenarios/invalid/missing-feedback.yaml, line 46, node "opening", choice "closed-question", feedback: is missing.\nFix: add "feedback:" to this choice, followed by the consequence: what the customer does next and why, tied to the step. Shown after the choice in practice mode.',
		],
	],
	[
		'missing-outcome.yaml',
		[
			'error: test/fixtures/scenarios/invalid/missing-outcome.yaml, line 134, ending "lost", outcome: is missing: it must be one of "recovered", "partly-recovered" or "lost".\nFix: add "outcome:" to this ending, e.g. outcome: recovered. The outcome this ending is written for: "recovered", "partly-recovered" or "lost". It is the score band a play must reach here to see this text.',
		],
	],
	[
		'misspelt-field.yaml',
		[
			'error: test/fixtures/scenarios/invalid/misspelt-field.yaml, line 93, node "accounts", choice "ask-accounts", feeback: is not a field here.\nFix: did you mean "feedback"? Rename "feeback:" to "feedback:". The fields allowed here are: id, text, step, pitfalls, effect, reveals, feedback, next.',
		],
	],
	[
		'no-perfect-path.yaml',
		[
			'error [step-never-done-well]: test/fixtures/scenarios/invalid/no-perfect-path.yaml: every choice that performs step "win-win-outcome" (“Win/win outcome”) also commits a pitfall, so no learner can do it well and earn its full worth.\nFix: add a choice with "step: win-win-outcome" and no pitfalls where the learner does this step well.',
			'error [no-perfect-path]: test/fixtures/scenarios/invalid/no-perfect-path.yaml: no path scores 100: the best scores 83, because it does “Win/win outcome” only with a pitfall and commits “A vague or wavering outcome” at node "outcome".\nFix: make sure one path performs every documented step of "issue-resolution" well (no pitfall), in order and on time: listen-and-empathise → reiterate → confirm-facts-with-customer → confirm-facts-with-staff → win-win-outcome.',
		],
	],
	[
		'nothing-to-decide.yaml',
		[
			'error [nothing-to-decide]: test/fixtures/scenarios/invalid/nothing-to-decide.yaml, line 55, node "play-back", choices: every choice here performs the same step, commits the same pitfalls and has the same effect, so there is nothing to decide.\nFix: make one choice the better one: give it a step of the procedure, or give the others a pitfall or a different trust or time effect.',
		],
	],
	[
		'self-loop.yaml',
		[
			'error [self-loop]: test/fixtures/scenarios/invalid/self-loop.yaml, line 61, node "play-back", choice "his-words", next: is "play-back", this choice\'s own node: the learner would see the same words again, and this choice could never move the conversation on.\nFix: set next: to the node or ending that follows this choice, one of the nodes (opening, play-back, details, accounts, outcome) or endings (hangs-up, kept, lost). For a customer who repeats themselves, write the repeat as a node of its own.',
		],
	],
	[
		'unknown-pitfall.yaml',
		[
			'error [unknown-pitfall]: test/fixtures/scenarios/invalid/unknown-pitfall.yaml, line 64, node "play-back", choice "jargon", pitfalls[0]: is "own-jargonn", which is not a pitfall of procedure "issue-resolution".\nFix: did you mean "own-jargon"? Set it to one of: closed-question, interrupting, taking-sides, missed-concern, own-jargon, ended-before-facts-confirmed, no-next-step-promised, wrong-escalation-route, staff-not-heard, blaming-supply-chain, vague-outcome, sweetener-when-not-at-fault, policy-lecture.',
		],
	],
	[
		'unknown-procedure.yaml',
		[
			'error: test/fixtures/scenarios/invalid/unknown-procedure.yaml, line 7, procedure: is "issue-resolutoin", but there is no content/procedures/issue-resolutoin.yaml.\nFix: did you mean "issue-resolution"? Set procedure: to one of: issue-resolution, service-cannot-be-provided, stopping-service (the file names in content/procedures/ without ".yaml").',
		],
	],
	[
		'unknown-step.yaml',
		[
			'error [unknown-step]: test/fixtures/scenarios/invalid/unknown-step.yaml, line 41, node "opening", choice "open-question", step: is "listen-and-empathize", which is not a step of procedure "issue-resolution".\nFix: did you mean "listen-and-empathise"? Set step: to one of: listen-and-empathise, reiterate, confirm-facts-with-customer, confirm-facts-with-staff, win-win-outcome.',
		],
	],
	[
		'unreachable-ending.yaml',
		[
			'error [unreachable-ending]: test/fixtures/scenarios/invalid/unreachable-ending.yaml, line 142, ending "refund-only": no choice that a learner can reach leads to this ending.\nFix: set a reachable choice\'s next: to "refund-only", or delete the ending.',
		],
	],
	[
		'unreachable-node.yaml',
		[
			'error [unreachable-node]: test/fixtures/scenarios/invalid/unreachable-node.yaml, line 117, node "small-talk": no route from the start node "opening" leads here.\nFix: point a choice\'s next: at "small-talk", or delete the node.',
		],
	],
	[
		'wrong-file-name.yaml',
		[
			'error: test/fixtures/scenarios/invalid/wrong-file-name.yaml, line 2, id: is "charged-twice" but the file is named "wrong-file-name.yaml".\nFix: rename the file to "charged-twice.yaml", or set id: wrong-file-name.',
		],
	],
];

describe('invalid fixtures', () => {
	test('every fixture in the folder is pinned below', () => {
		const names = readdirSync(new URL('test/fixtures/scenarios/invalid/', root))
			.filter((f) => f.endsWith('.yaml'))
			.sort();
		expect(names).toEqual(pinned.map(([name]) => name));
		expect(names.length).toBeGreaterThanOrEqual(8);
	});

	test.each(pinned)('%s', async (name, expected) => {
		const problems = await checkScenarioFile(root, `test/fixtures/scenarios/invalid/${name}`);
		expect(problems.filter(isError).map(formatProblem)).toEqual(expected);
		// Each is the valid fixture with one thing broken: any warning is the checklist's, as for the valid one.
		expect(problems.filter(isWarning).filter((p) => !isChecklist(p.rule))).toEqual([]);
	});

	test('no message says "undefined"', async () => {
		for (const [name] of pinned) {
			for (const problem of await checkScenarioFile(root, `test/fixtures/scenarios/invalid/${name}`)) expect(formatProblem(problem)).not.toContain('undefined');
		}
	});
});

describe('npm run lint:scenarios', () => {
	const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/lint-scenarios.ts', ...args], { cwd: root, encoding: 'utf8' });

	it('exits 1 and prints the problem for a broken file', () => {
		const run = cli('test/fixtures/scenarios/invalid/dangling-next.yaml');
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('✗ test/fixtures/scenarios/invalid/dangling-next.yaml: 1 error, 5 warnings');
		// The same text as formatProblem gives the build and the studio, indented under the file.
		expect(run.stdout).toContain(`\n  ${pinned.find(([name]) => name === 'dangling-next.yaml')![1][0]!.replace('\n', '\n  ')}\n`);
		expect(run.stdout).toContain('1 scenario checked: 1 error, 5 warnings.');
	});

	it('exits 0 for a clean file', () => {
		const file = 'content/scenarios/broadband-outage.yaml';
		const run = cli(file);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toBe(`✓ ${file}: 0 errors, 0 warnings\n\n1 scenario checked: 0 errors, 0 warnings.\n`);
	}, 30_000);

	it('exits 0 for a file with warnings only, and prints them', () => {
		const run = cli(VALID);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`✓ ${VALID}: 0 errors, 5 warnings\n\n  warning [too-few-decisions]: ${VALID}, line 35, nodes: has 5 decision nodes;`);
		expect(run.stdout).toContain('1 scenario checked: 0 errors, 5 warnings.');
	});

	it('reports on several files and counts them all', () => {
		const run = cli(VALID, 'test/fixtures/scenarios/invalid/dead-end.yaml', 'test/fixtures/scenarios/invalid/missing-feedback.yaml');
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('3 scenarios checked: 3 errors, 9 warnings.');
	});

	it('skips drafts whose names start with "_"', () => {
		expect(execFileSync(process.execPath, ['scripts/lint-scenarios.ts', 'content/scenarios/_draft.yaml'], { cwd: root, encoding: 'utf8' })).toBe(
			'Nothing to check: files whose names start with "_" are drafts.\n',
		);
	});
});

describe('yamlEntries', () => {
	it('lists YAML files in order, skipping drafts, and treats a missing folder as empty', async () => {
		expect(await yamlEntries(new URL('test/fixtures/scenarios/valid/', root))).toEqual(['billing-complaint.yaml']);
		expect(await yamlEntries(new URL('test/fixtures/scenarios/no-such-folder/', root))).toEqual([]);
	});
});
