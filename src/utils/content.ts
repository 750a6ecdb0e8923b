import { getCollection, getEntry } from 'astro:content';
import { AuthoringFailure } from '../loaders/authoring-failure.ts';

/**
 * Content look-ups for pages and components. A reference to something that does not
 * exist stops the build with the id, the place it was used and the fix.
 */

export async function getProcedure(id: string, usedIn: string) {
	const entry = await getEntry('procedures', id);
	if (!entry) {
		const known = (await getCollection('procedures')).map((p) => p.id).sort();
		throw new AuthoringFailure([
			{
				file: usedIn,
				where: '',
				message: `there is no procedure "${id}".`,
				fix: `use one of: ${known.join(', ')} (the file names in content/procedures/ without ".yaml").`,
			},
		]);
	}
	return entry.data;
}

/**
 * Content cannot change during a static build, so each sorted list is worked out once per
 * build rather than once per page: on a site of 500 lessons and 500 role-plays that is
 * ~3,000 pages each re-sorting hundreds of entries. In dev, content changes under the
 * server, so every call reads afresh.
 */
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
	let cached: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? read() : (cached ??= read()));
}

const byTitle = new Intl.Collator('en');

export const getProcedures = oncePerBuild(async () => (await getCollection('procedures')).map((e) => e.data).sort((a, b) => a.order - b.order));

export const getLessons = oncePerBuild(async () => (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order));

export const getFailureKinds = oncePerBuild(async () => (await getCollection('failureKinds')).map((e) => e.data).sort((a, b) => a.order - b.order));

export const getScenarios = oncePerBuild(async () => (await getCollection('scenarios')).map((e) => e.data).sort((a, b) => byTitle.compare(a.title, b.title)));

const getQuizzes = oncePerBuild(async () => new Map((await getCollection('quizzes')).map((entry) => [entry.id, entry])));

/** The knowledge check of a lesson, if it has one (content/quizzes/<lesson id>.yaml). Quizzes are optional: no warning when missing. */
export async function quizFor(lessonId: string) {
	return (await getQuizzes()).get(lessonId);
}

/** The lesson that teaches a procedure, if one exists. */
export async function lessonFor(procedureId: string) {
	return (await getLessons()).find((lesson) => lesson.data.procedure === procedureId);
}

/** Drill titles by id, for links from lessons and the course map. */
export async function getDrillTitles(): Promise<Map<string, string>> {
	return new Map((await getCollection('drills')).map((entry) => [entry.id, entry.data.title]));
}
