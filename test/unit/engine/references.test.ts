import { describe, expect, test } from 'vitest';
import {
	glossaryReferenceProblems,
	lessonReferenceProblems,
	pitfallProblems,
	quizReferenceProblems,
	sourceOfPage,
	termProblem,
	type LessonReferences,
} from '../../../src/engine/references.ts';
import { formatProblem } from '../../../src/schemas/friendly-errors.ts';

// The exact messages an author sees when one content file names something that does not
// exist: the file, the field, the bad id, and a fix that lists the ids that would work.

const FILE = 'content/lessons/handling-a-complaint.mdx';
const known = {
	procedures: ['issue-resolution', 'stopping-service'],
	scenarios: ['restaurant-booking', 'broadband-outage'],
	drills: ['open-or-closed', 'classify-failure'],
};
const fine: LessonReferences = {
	procedure: 'issue-resolution',
	relatedScenarios: ['broadband-outage'],
	assessedBy: ['broadband-outage'],
	drills: ['open-or-closed'],
};
const messages = (lesson: Partial<LessonReferences>, ids = known) => lessonReferenceProblems(FILE, { ...fine, ...lesson }, ids).map(formatProblem);

describe('lesson frontmatter references', () => {
	test('a lesson whose references all exist has no problems; neither has one with none at all', () => {
		expect(messages({})).toEqual([]);
		expect(messages({ procedure: undefined, relatedScenarios: [], assessedBy: [], drills: [] })).toEqual([]);
	});

	test('an unknown procedure', () => {
		expect(messages({ procedure: 'issue-resolutoin' })).toEqual([
			'error: content/lessons/handling-a-complaint.mdx, procedure: is "issue-resolutoin", but there is no procedure with that id.\nFix: use one of: issue-resolution, stopping-service (the file names in content/procedures/ without ".yaml"), or remove it.',
		]);
	});

	test('an unknown role-play in relatedScenarios', () => {
		expect(messages({ relatedScenarios: ['broadband-outage', 'double-charged'] })).toEqual([
			'error: content/lessons/handling-a-complaint.mdx, relatedScenarios[1]: "double-charged" is not a role-play.\nFix: use one of: broadband-outage, restaurant-booking (the file names in content/scenarios/ without ".yaml"), or remove it.',
		]);
	});

	test('an unknown role-play when there are no role-plays at all', () => {
		expect(messages({ relatedScenarios: ['double-charged'], assessedBy: [] }, { ...known, scenarios: [] })).toEqual([
			'error: content/lessons/handling-a-complaint.mdx, relatedScenarios[0]: "double-charged" is not a role-play.\nFix: there are no role-plays yet: remove it, or write content/scenarios/double-charged.yaml first.',
		]);
	});

	test('an unknown role-play in assessedBy is reported as unknown, not as missing from relatedScenarios', () => {
		expect(messages({ assessedBy: ['broadband-outag'] })).toEqual([
			'error: content/lessons/handling-a-complaint.mdx, assessedBy[0]: "broadband-outag" is not a role-play.\nFix: use one of: broadband-outage, restaurant-booking (the file names in content/scenarios/ without ".yaml"), or remove it.',
		]);
	});

	test('an assessedBy role-play that is not in relatedScenarios', () => {
		expect(messages({ assessedBy: ['broadband-outage', 'restaurant-booking'] })).toEqual([
			'error: content/lessons/handling-a-complaint.mdx, assessedBy[1]: "restaurant-booking" is not in relatedScenarios: a role-play the certificate requires must also be offered as practice.\nFix: add "restaurant-booking" to relatedScenarios as well, or remove it from assessedBy.',
		]);
	});

	test('an unknown drill', () => {
		expect(messages({ drills: ['open-or-shut'] })).toEqual([
			'error: content/lessons/handling-a-complaint.mdx, drills[0]: "open-or-shut" is not a drill.\nFix: use one of: classify-failure, open-or-closed (the drill ids (file names in content/drills/)), or remove it.',
		]);
	});

	test('every problem is reported, in field order', () => {
		expect(messages({ procedure: 'x', relatedScenarios: ['y'], assessedBy: ['z'], drills: ['w'] }).map((m) => m.split(': ')[1])).toEqual([
			`${FILE}, procedure`,
			`${FILE}, relatedScenarios[0]`,
			`${FILE}, assessedBy[0]`,
			`${FILE}, drills[0]`,
		]);
	});
});

describe('knowledge check references', () => {
	const lessons = [
		{ id: 'service-failure-basics', procedure: undefined },
		{ id: 'handling-a-complaint', procedure: 'issue-resolution' },
	];
	const procedures = [{ id: 'issue-resolution', steps: ['listen-and-empathise', 'reiterate'] }];
	const quiz = (id: string, steps: string[]) => ({ id, questions: [{ steps: [] }, { steps }] });
	const check = (id: string, steps: string[]) => quizReferenceProblems(`content/quizzes/${id}.yaml`, quiz(id, steps), lessons, procedures).map(formatProblem);

	test('steps of the procedure the lesson teaches are fine', () => {
		expect(check('handling-a-complaint', ['reiterate', 'listen-and-empathise'])).toEqual([]);
	});

	test('a quiz named after no lesson', () => {
		expect(check('handling-complaints', [])).toEqual([
			'error: content/quizzes/handling-complaints.yaml, id: is "handling-complaints", but there is no lesson content/lessons/handling-complaints.mdx.\nFix: set it to the id of the lesson this check ends, and name the file the same: one of: handling-a-complaint, service-failure-basics.',
		]);
	});

	test('a step the lesson’s procedure does not have', () => {
		expect(check('handling-a-complaint', ['reiterate', 'repeat-back'])).toEqual([
			'error: content/quizzes/handling-a-complaint.yaml, questions[1].steps[1]: "repeat-back" is not a step or check of "issue-resolution", the procedure the lesson "handling-a-complaint" teaches.\nFix: use one of: listen-and-empathise, reiterate.',
		]);
	});

	test('a step in the check of a lesson that teaches no procedure', () => {
		expect(check('service-failure-basics', ['reiterate'])).toEqual([
			'error: content/quizzes/service-failure-basics.yaml, questions[1].steps[0]: "reiterate" cannot be linked: the lesson "service-failure-basics" teaches no procedure.\nFix: remove it, or set "procedure:" in content/lessons/service-failure-basics.mdx.',
		]);
	});
});

describe('glossary references', () => {
	const procedures = [
		{ id: 'issue-resolution', steps: ['listen-and-empathise', 'reiterate'] },
		{ id: 'stopping-service', steps: ['last-resort'] },
	];
	const check = (term: { id: string; step?: string; lesson?: string }) =>
		glossaryReferenceProblems(
			'content/glossary.yaml',
			[{ id: 'fine', step: 'last-resort', lesson: 'stopping-service' }, term],
			['stopping-service', 'handling-a-complaint'],
			procedures,
		).map(formatProblem);

	test('terms naming real steps and lessons, or none, are fine', () => {
		expect(check({ id: 'goodwill' })).toEqual([]);
	});

	test('an unknown step', () => {
		expect(check({ id: 'reiterate', step: 'repeat' })).toEqual([
			'error: content/glossary.yaml, term "reiterate", step: "repeat" is not a step or check of any procedure.\nFix: use a step id from content/procedures/ (issue-resolution: listen-and-empathise, reiterate; stopping-service: last-resort), or remove the line.',
		]);
	});

	test('an unknown lesson', () => {
		expect(check({ id: 'reiterate', lesson: 'complaints' })).toEqual([
			'error: content/glossary.yaml, term "reiterate", lesson: "complaints" is not a lesson.\nFix: use one of: handling-a-complaint, stopping-service (the file names in content/lessons/ without ".mdx"), or remove the line.',
		]);
	});
});

describe('<Term> and <Pitfalls> in a lesson', () => {
	test('a known term is fine', () => {
		expect(termProblem('goodwill', ['goodwill'], FILE)).toBeUndefined();
	});

	test('an unknown term names the lesson and lists the terms', () => {
		expect(formatProblem(termProblem('opne-question', ['open-question', 'closed-question'], FILE)!)).toBe(
			'error: content/lessons/handling-a-complaint.mdx, <Term id="opne-question">: names no glossary term.\nFix: use one of the ids in content/glossary.yaml: closed-question, open-question; or add the term there first.',
		);
	});

	test('an unknown pitfall names the lesson and lists the pitfalls by procedure', () => {
		const procedures = [
			{ id: 'issue-resolution', pitfalls: ['closed-question', 'interrupting'] },
			{ id: 'stopping-service', pitfalls: ['short-notice'] },
		];
		expect(pitfallProblems(['interrupting', 'no-apology'], procedures, FILE).map(formatProblem)).toEqual([
			'error: content/lessons/handling-a-complaint.mdx, <Pitfalls ids>: "no-apology" is not a pitfall of any procedure.\nFix: use pitfall ids from content/procedures/ (issue-resolution: closed-question, interrupting; stopping-service: short-notice).',
		]);
	});

	test('the file a lesson page was built from, at the root or under a sub-path', () => {
		expect(sourceOfPage('/lessons/handling-a-complaint/', '/')).toBe(FILE);
		expect(sourceOfPage('/training/lessons/handling-a-complaint/', '/training/')).toBe(FILE);
		expect(sourceOfPage('/training/glossary/', '/training/')).toBe('the page /glossary/');
	});
});
