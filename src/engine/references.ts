import type { AuthoringProblem } from '../schemas/authoring-problem.ts';

/**
 * Cross-references between content files that no single schema can check: lessons naming
 * procedures, role-plays and drills; knowledge checks naming lessons and steps; glossary
 * terms naming steps and lessons; <Term> and <Pitfalls> in a lesson naming glossary terms
 * and pitfalls. Pure: callers pass in the ids that exist. Each problem names the file, the
 * field, the bad id and the fix, which lists the ids that would work.
 */

/** A step or check id, with the procedure it belongs to. */
export interface ProcedureSteps {
	id: string;
	/** Step and check ids, in order. */
	steps: readonly string[];
}

export interface KnownIds {
	procedures: readonly string[];
	scenarios: readonly string[];
	drills: readonly string[];
}

/** The cross-referencing fields of a lesson's frontmatter. */
export interface LessonReferences {
	procedure?: string | undefined;
	relatedScenarios: readonly string[];
	assessedBy: readonly string[];
	drills: readonly string[];
}

const list = (ids: readonly string[]) => [...ids].sort().join(', ');

function useOneOf(ids: readonly string[], where: string, none: string): string {
	return ids.length === 0 ? none : `use one of: ${list(ids)} (${where}), or remove it.`;
}

/** Everything wrong with the references in one lesson's frontmatter. */
export function lessonReferenceProblems(file: string, lesson: LessonReferences, known: KnownIds): AuthoringProblem[] {
	const problems: AuthoringProblem[] = [];
	const scenarioFix = (id: string) =>
		useOneOf(
			known.scenarios,
			'the file names in content/scenarios/ without ".yaml"',
			`there are no role-plays yet: remove it, or write content/scenarios/${id}.yaml first.`,
		);

	if (lesson.procedure !== undefined && !known.procedures.includes(lesson.procedure)) {
		problems.push({
			file,
			where: 'procedure',
			message: `is "${lesson.procedure}", but there is no procedure with that id.`,
			fix: useOneOf(known.procedures, 'the file names in content/procedures/ without ".yaml"', 'there are no procedures yet: remove it.'),
		});
	}
	lesson.relatedScenarios.forEach((id, index) => {
		if (!known.scenarios.includes(id)) {
			problems.push({ file, where: `relatedScenarios[${index}]`, message: `"${id}" is not a role-play.`, fix: scenarioFix(id) });
		}
	});
	lesson.assessedBy.forEach((id, index) => {
		const where = `assessedBy[${index}]`;
		if (!known.scenarios.includes(id)) {
			problems.push({ file, where, message: `"${id}" is not a role-play.`, fix: scenarioFix(id) });
		} else if (!lesson.relatedScenarios.includes(id)) {
			problems.push({
				file,
				where,
				message: `"${id}" is not in relatedScenarios: a role-play the certificate requires must also be offered as practice.`,
				fix: `add "${id}" to relatedScenarios as well, or remove it from assessedBy.`,
			});
		}
	});
	lesson.drills.forEach((id, index) => {
		if (!known.drills.includes(id)) {
			problems.push({
				file,
				where: `drills[${index}]`,
				message: `"${id}" is not a drill.`,
				fix: useOneOf(known.drills, 'the drill ids (file names in content/drills/)', 'there are no drills yet: remove it.'),
			});
		}
	});
	return problems;
}

/** A lesson as a knowledge check sees it: its id and the procedure it teaches. */
export interface LessonProcedure {
	id: string;
	procedure?: string | undefined;
}

/** Everything wrong with the references in one knowledge check (content/quizzes/<lesson-id>.yaml). */
export function quizReferenceProblems(
	file: string,
	quiz: { id: string; questions: readonly { steps: readonly string[] }[] },
	lessons: readonly LessonProcedure[],
	procedures: readonly ProcedureSteps[],
): AuthoringProblem[] {
	const lesson = lessons.find((candidate) => candidate.id === quiz.id);
	if (!lesson) {
		return [
			{
				file,
				where: 'id',
				message: `is "${quiz.id}", but there is no lesson content/lessons/${quiz.id}.mdx.`,
				fix: `set it to the id of the lesson this check ends, and name the file the same: one of: ${list(lessons.map((l) => l.id))}.`,
			},
		];
	}
	const taught = procedures.find((procedure) => procedure.id === lesson.procedure);
	const problems: AuthoringProblem[] = [];
	quiz.questions.forEach((question, q) => {
		question.steps.forEach((stepId, s) => {
			const where = `questions[${q}].steps[${s}]`;
			if (!taught) {
				problems.push({
					file,
					where,
					message: `"${stepId}" cannot be linked: the lesson "${lesson.id}" teaches no procedure.`,
					fix: `remove it, or set "procedure:" in content/lessons/${lesson.id}.mdx.`,
				});
			} else if (!taught.steps.includes(stepId)) {
				problems.push({
					file,
					where,
					message: `"${stepId}" is not a step or check of "${taught.id}", the procedure the lesson "${lesson.id}" teaches.`,
					fix: `use one of: ${taught.steps.join(', ')}.`,
				});
			}
		});
	});
	return problems;
}

const allSteps = (procedures: readonly ProcedureSteps[]) => procedures.map((procedure) => `${procedure.id}: ${procedure.steps.join(', ')}`).join('; ');

/** Everything wrong with the references in content/glossary.yaml. */
export function glossaryReferenceProblems(
	file: string,
	terms: readonly { id: string; step?: string | undefined; lesson?: string | undefined }[],
	lessonIds: readonly string[],
	procedures: readonly ProcedureSteps[],
): AuthoringProblem[] {
	const problems: AuthoringProblem[] = [];
	for (const term of terms) {
		if (term.step !== undefined && !procedures.some((procedure) => procedure.steps.includes(term.step!))) {
			problems.push({
				file,
				where: `term "${term.id}", step`,
				message: `"${term.step}" is not a step or check of any procedure.`,
				fix: `use a step id from content/procedures/ (${allSteps(procedures)}), or remove the line.`,
			});
		}
		if (term.lesson !== undefined && !lessonIds.includes(term.lesson)) {
			problems.push({
				file,
				where: `term "${term.id}", lesson`,
				message: `"${term.lesson}" is not a lesson.`,
				fix: `use one of: ${list(lessonIds)} (the file names in content/lessons/ without ".mdx"), or remove the line.`,
			});
		}
	}
	return problems;
}

/** <Term id="…"> in a lesson naming a term the glossary does not have. */
export function termProblem(id: string, knownTerms: readonly string[], usedIn: string): AuthoringProblem | undefined {
	if (knownTerms.includes(id)) return undefined;
	return {
		file: usedIn,
		where: `<Term id="${id}">`,
		message: 'names no glossary term.',
		fix: `use one of the ids in content/glossary.yaml: ${list(knownTerms)}; or add the term there first.`,
	};
}

/** <Pitfalls ids={[…]}> in a lesson naming pitfalls no procedure has. */
export function pitfallProblems(
	ids: readonly string[],
	procedures: readonly { id: string; pitfalls: readonly string[] }[],
	usedIn: string,
): AuthoringProblem[] {
	const known = procedures.flatMap((procedure) => procedure.pitfalls);
	return ids
		.filter((id) => !known.includes(id))
		.map((id) => ({
			file: usedIn,
			where: `<Pitfalls ids>`,
			message: `"${id}" is not a pitfall of any procedure.`,
			fix: `use pitfall ids from content/procedures/ (${procedures.map((procedure) => `${procedure.id}: ${procedure.pitfalls.join(', ')}`).join('; ')}).`,
		}));
}

/** The file a page's URL path was built from, for messages: "/training/lessons/x/" → "content/lessons/x.mdx". */
export function sourceOfPage(pathname: string, base: string): string {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	const lesson = /^lessons\/([^/]+)\/?$/.exec(path);
	return lesson ? `content/lessons/${lesson[1]}.mdx` : `the page /${path}`;
}
