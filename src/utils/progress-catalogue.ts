import { AuthoringFailure } from '../loaders/authoring-failure.ts';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import { scoredSteps } from '../engine/scoring.ts';
import { getDrillTitles, getLessons, getProcedures, getScenarios, quizFor } from './content.ts';
import { stepLinks } from './step-links.ts';
import { url } from './url.ts';

/**
 * The course as the progress and certificate pages need it (see src/engine/progress/catalogue.ts),
 * worked out at build time. A lesson whose `assessedBy` names a role-play that does not exist
 * stops the build: the certificate could never be earned.
 */
export async function progressCatalogue(): Promise<Catalogue> {
	const [lessons, procedures, scenarios, drillTitles] = await Promise.all([getLessons(), getProcedures(), getScenarios(), getDrillTitles()]);
	const scenarioIds = new Set(scenarios.map((s) => s.id));
	for (const lesson of lessons) {
		for (const id of lesson.data.assessedBy) {
			if (!scenarioIds.has(id)) {
				throw new AuthoringFailure([
					{
						file: lesson.filePath ?? `content/lessons/${lesson.id}.mdx`,
						where: 'assessedBy',
						message: `names "${id}", which is not a role-play.`,
						fix: `use one of: ${[...scenarioIds].sort().join(', ')} (the file names in content/scenarios/ without ".yaml"), or remove it.`,
					},
				]);
			}
		}
	}
	const listed = lessons.flatMap((lesson) => lesson.data.relatedScenarios);
	const courseOrder = (id: string) => (listed.includes(id) ? listed.indexOf(id) : listed.length);
	const quizQuestions = await Promise.all(lessons.map(async (lesson) => (await quizFor(lesson.id))?.data.questions.length ?? 0));
	return {
		lessons: lessons.map((lesson, index) => ({
			id: lesson.id,
			title: lesson.data.title,
			href: url(`lessons/${lesson.id}/`),
			assessedBy: lesson.data.assessedBy,
			quizQuestions: quizQuestions[index]!,
		})),
		// In course order: as the lessons list them, then any no lesson lists (by title, as they come).
		scenarios: [...scenarios]
			.sort((a, b) => courseOrder(a.id) - courseOrder(b.id))
			.map((s) => ({ id: s.id, title: s.title, href: url(`scenarios/${s.id}/`), procedureId: s.procedure })),
		procedures: procedures.map((procedure) => {
			const lesson = lessons.find((l) => l.data.procedure === procedure.id);
			const links = stepLinks(procedure, lesson && { id: lesson.id, title: lesson.data.title }, url);
			return {
				id: procedure.id,
				title: procedure.title,
				steps: scoredSteps(procedure).map((step) => ({
					id: step.id,
					title: step.title,
					href: links[step.id]!.href,
					linkLabel: links[step.id]!.label,
					scenarioIds: scenarios
						.filter((s) => s.procedure === procedure.id && s.nodes.some((node) => node.choices.some((choice) => choice.step === step.id)))
						.map((s) => s.id),
				})),
			};
		}),
		drills: [...drillTitles].map(([id, title]) => ({ id, title, href: url(`drills/${id}/`) })),
	};
}
