import { describe, expect, test } from 'vitest';
import { loadLessons, loadProcedures, loadScenarios, stepListsIn } from './load-content.ts';

/**
 * Coverage, derived from the data: every documented step and check of every procedure is
 * TAUGHT (a lesson names the procedure and renders that part of it with <StepList>) and
 * PRACTISED (at least two role-plays have a choice that performs it). A failure lists
 * exactly the steps that lack coverage.
 */

const MIN_ROLE_PLAYS = 2;
const lessons = loadLessons();
const scenarios = loadScenarios();

/** Step id → the role-plays with at least one choice performing it. */
const practisedIn = new Map<string, Set<string>>();
for (const scenario of scenarios) {
	for (const node of scenario.nodes) {
		for (const choice of node.choices) {
			if (choice.step) practisedIn.set(choice.step, (practisedIn.get(choice.step) ?? new Set()).add(scenario.id));
		}
	}
}

for (const procedure of loadProcedures()) {
	const documented = [
		...procedure.checks.filter((s) => s.status === 'documented').map((step) => ({ step, part: 'checks' as const })),
		...procedure.steps.filter((s) => s.status === 'documented').map((step) => ({ step, part: 'steps' as const })),
	];
	const label = (part: 'checks' | 'steps', id: string, title: string) => `${procedure.id} ${part === 'checks' ? 'check' : 'step'} "${id}" (${title})`;

	describe(`${procedure.id}: every documented step and check`, () => {
		test('is taught: a lesson names the procedure and renders it with <StepList>', () => {
			const teaching = lessons.filter((lesson) => lesson.data.procedure === procedure.id);
			const gaps = documented.flatMap(({ step, part }) => {
				const rendered = teaching.some((lesson) => stepListsIn(lesson.source).some((list) => list.procedure === procedure.id && list.part === part));
				if (rendered) return [];
				const why =
					teaching.length === 0
						? `no lesson in content/lessons/ has "procedure: ${procedure.id}"`
						: `${teaching.map((l) => l.file).join(', ')} has no <StepList procedure="${procedure.id}"${part === 'checks' ? ' part="checks"' : ''} />`;
				return [`${label(part, step.id, step.title)}: not taught, ${why}`];
			});
			expect(gaps, `steps not taught in any lesson:\n${gaps.join('\n')}`).toEqual([]);
		});

		test(`is practised in at least ${MIN_ROLE_PLAYS} role-plays`, () => {
			const gaps = documented.flatMap(({ step, part }) => {
				const found = [...(practisedIn.get(step.id) ?? [])].sort();
				return found.length >= MIN_ROLE_PLAYS ? [] : [`${label(part, step.id, step.title)}: practised in ${found.length} (${found.join(', ') || 'none'})`];
			});
			expect(gaps, `steps practised in fewer than ${MIN_ROLE_PLAYS} role-plays (a choice with "step: <id>"):\n${gaps.join('\n')}`).toEqual([]);
		});
	});
}

test('the coverage data was read: procedures, lessons and role-plays exist', () => {
	expect(loadProcedures().length).toBeGreaterThan(0);
	expect(lessons.length).toBeGreaterThan(0);
	expect(scenarios.length).toBeGreaterThan(0);
});

test('stepListsIn reads procedure and part in any attribute order', () => {
	expect(stepListsIn('<StepList procedure="a" />\n<StepList part="checks" procedure="b" detail="card" />\n<StepList headingLevel={4} procedure="c" part="steps"/>')).toEqual([
		{ procedure: 'a', part: 'steps' },
		{ procedure: 'b', part: 'checks' },
		{ procedure: 'c', part: 'steps' },
	]);
});
