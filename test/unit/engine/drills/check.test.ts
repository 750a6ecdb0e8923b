import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkDrillReferences } from '../../../../src/engine/drills/check.ts';
import { checkDrillFile } from '../../../../src/loaders/drill-checks.ts';
import { formatProblem } from '../../../../src/schemas/friendly-errors.ts';
import type { Drill } from '../../../../src/schemas/drill.ts';

const root = pathToFileURL(`${process.cwd()}/`);
const messages = async (file: string) => (await checkDrillFile(root, file)).map(formatProblem);

describe('the shipped drills', () => {
	test('are the six drills other pages link to', () => {
		expect(
			readdirSync('content/drills')
				.filter((f) => f.endsWith('.yaml'))
				.sort(),
		).toEqual(
			[
				'classify-failure',
				'open-or-closed',
				'order-steps-issue-resolution',
				'order-steps-service-cannot-be-provided',
				'order-steps-stopping-service',
				'route-fact-finding',
			].map((id) => `${id}.yaml`),
		);
	});

	test.each(readdirSync('content/drills').filter((f) => f.endsWith('.yaml')))('content/drills/%s is valid and its references resolve', async (name) => {
		expect(await messages(`content/drills/${name}`)).toEqual([]);
	});
});

describe('checkDrillReferences (pure)', () => {
	const classify = {
		id: 'c',
		kind: 'classify',
		items: [{ id: 'late-train', answer: 'late' }],
	} as unknown as Drill;

	test('an unknown failure kind names the item and lists the kinds', () => {
		expect(checkDrillReferences(classify, { failureKinds: ['not-available', 'late-or-slow'] }, 'c.yaml')).toEqual([
			{
				file: 'c.yaml',
				where: 'item "late-train", answer',
				path: ['items', 0, 'answer'],
				message: 'is "late", which is not a kind of service failure.',
				fix: 'set answer: to one of: not-available, late-or-slow (the ids in content/failure-kinds.yaml).',
			},
		]);
	});

	test('answers are not checked when the failure kinds could not be read (that file reports its own error)', () => {
		expect(checkDrillReferences(classify, {}, 'c.yaml')).toEqual([]);
	});

	test('a route drill naming a step that does not exist', () => {
		const route = { id: 'r', kind: 'route', step: 'no-such-step', items: [] } as unknown as Drill;
		const procedure = { id: 'p', checks: [], steps: [{ id: 'ask', routes: [{ issue: 'Billing', contacts: ['Accounts'] }] }] } as never;
		expect(checkDrillReferences(route, { procedure }, 'r.yaml')).toEqual([
			{
				file: 'r.yaml',
				where: 'step',
				path: ['step'],
				message: 'is "no-such-step", but procedure "p" has no step with that id.',
				fix: 'set step: to a step with "routes:": ask.',
			},
		]);
	});
});

// Each broken file and the exact messages an author sees: file, line, field, fix.
const pinned: [string, string[]][] = [
	[
		'unknown-failure-kind.yaml',
		[
			'error: test/fixtures/drills/invalid/unknown-failure-kind.yaml, line 18, item "train", answer: is "late", which is not a kind of service failure.\nFix: set answer: to one of: not-available, late-or-slow, incorrect-outcome, rude-or-uncaring (the ids in content/failure-kinds.yaml).',
		],
	],
	[
		'unknown-route.yaml',
		[
			'error: test/fixtures/drills/invalid/unknown-route.yaml, line 15, item "double-charge", route: is "accounts", but step "confirm-facts-with-staff" has no such route.\nFix: set route: to one of: technical-issue (for "Technical issue"), accounts-query (for "Accounts query"), client-services-issue (for "Client-services issue").',
		],
	],
	[
		'step-without-routes.yaml',
		[
			'error: test/fixtures/drills/invalid/step-without-routes.yaml, line 8, step: is "reiterate", but that step has no routes to choose between.\nFix: set step: to a step with "routes:": confirm-facts-with-staff.',
		],
	],
	[
		'unknown-procedure.yaml',
		[
			'error: test/fixtures/drills/invalid/unknown-procedure.yaml, line 7, procedure: is "complaints", but there is no content/procedures/complaints.yaml.\nFix: set procedure: to one of: issue-resolution, service-cannot-be-provided, stopping-service (the file names in content/procedures/ without ".yaml").',
		],
	],
	[
		'checks-in-a-procedure-without-checks.yaml',
		[
			'error: test/fixtures/drills/invalid/checks-in-a-procedure-without-checks.yaml, line 8, part: is "checks-then-steps", but procedure "issue-resolution" has no checks.\nFix: set part: steps, or remove the "part:" line (steps is the default).',
		],
	],
	[
		'unknown-kind.yaml',
		[
			'error: test/fixtures/drills/invalid/unknown-kind.yaml, line 2, kind: must be one of "order", "classify", "open-or-closed" or "route", not "quiz".\nFix: set kind: to one of order, classify, open-or-closed or route. What sort of drill this is: "order" (put a procedure\'s steps in order), "classify" (name the kind of service failure), "open-or-closed" (spot open and closed questions) or "route" (who confirms the facts).',
		],
	],
	[
		'closed-without-better-version.yaml',
		[
			'error: test/fixtures/drills/invalid/closed-without-better-version.yaml, line 12, item "waiting-long", betterVersion: is missing: a closed question needs a better, open version.\nFix: add "betterVersion:" with an open question that would bring out more.',
		],
	],
	[
		'duplicate-item-id.yaml',
		[
			'error: test/fixtures/drills/invalid/duplicate-item-id.yaml, line 15, item "takeaway", id: "takeaway" is already the id of an earlier item.\nFix: give each item an id of its own, e.g. by adding a word to this one.',
		],
	],
	[
		'misspelt-field.yaml',
		[
			'error: test/fixtures/drills/invalid/misspelt-field.yaml, line 14, item "takeaway", explaination: is not a field here.\nFix: did you mean "explanation"? Rename "explaination:" to "explanation:". The fields allowed here are: id, industry, incident, answer, explanation.',
		],
	],
	[
		'wrong-file-name.yaml',
		[
			'error: test/fixtures/drills/invalid/wrong-file-name.yaml, line 1, id: is "classify-the-failure" but the file is named "wrong-file-name.yaml".\nFix: rename the file to "classify-the-failure.yaml", or set id: wrong-file-name.',
		],
	],
];

describe('broken drill files stop the build with file, line, field and fix', () => {
	test('every invalid fixture has a pinned message', () => {
		expect(readdirSync('test/fixtures/drills/invalid').sort()).toEqual(pinned.map(([name]) => name).sort());
	});

	test.each(pinned)('%s', async (name, expected) => {
		expect(await messages(`test/fixtures/drills/invalid/${name}`)).toEqual(expected);
	});
});
