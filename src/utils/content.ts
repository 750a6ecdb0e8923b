import { getCollection, getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';

/**
 * Content look-ups for pages and components. A reference to something that does not
 * exist stops the build with the id, the place it was used and the fix.
 */

export async function getProcedure(id: string, usedIn: string) {
	const entry = await getEntry('procedures', id);
	if (!entry) {
		const known = (await getCollection('procedures')).map((p) => p.id).sort();
		throw new AstroError(
			`${usedIn}: there is no procedure "${id}".`,
			`Use one of: ${known.join(', ')} (the file names in content/procedures/ without ".yaml").`,
		);
	}
	return entry.data;
}

export async function getProcedures() {
	return (await getCollection('procedures')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

export async function getLessons() {
	return (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
}

export async function getFailureKinds() {
	return (await getCollection('failureKinds')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

export async function getScenarios() {
	return (await getCollection('scenarios')).map((e) => e.data).sort((a, b) => a.title.localeCompare(b.title));
}

/** The lesson that teaches a procedure, if one exists. */
export async function lessonFor(procedureId: string) {
	return (await getLessons()).find((lesson) => lesson.data.procedure === procedureId);
}

/** Drill titles by id, for links from lessons and the course map. */
export async function getDrillTitles(): Promise<Map<string, string>> {
	return new Map((await getCollection('drills')).map((entry) => [entry.id, entry.data.title]));
}
