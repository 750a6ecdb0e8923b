import { readFile } from 'node:fs/promises';
import { getFailureKinds, getProcedures, getScenarios, lessonFor } from './content.ts';
import { stepLinks } from './step-links.ts';
import { url } from './url.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { StepLink } from './step-links.ts';
import { CONTENT_DIR } from '../loaders/content-dir.ts';

/**
 * What the studio and the local workshop page need from the build, as one JSON file:
 * the procedures and failure kinds a draft is checked against, where each step is taught
 * (for the debrief), and the site's role-plays the studio can open.
 */
export interface StudioCatalogue {
	procedures: Procedure[];
	failureKinds: string[];
	stepLinks: Record<string, Record<string, StepLink>>;
	rolePlays: { id: string; title: string; procedure: string }[];
}

export async function studioCatalogue(): Promise<StudioCatalogue> {
	const procedures = await getProcedures();
	const links: StudioCatalogue['stepLinks'] = {};
	for (const procedure of procedures) {
		const lesson = await lessonFor(procedure.id);
		links[procedure.id] = stepLinks(procedure, lesson && { id: lesson.id, title: lesson.data.title }, url);
	}
	return {
		procedures,
		failureKinds: (await getFailureKinds()).map((kind) => kind.id),
		stepLinks: links,
		rolePlays: (await getScenarios()).map((s) => ({ id: s.id, title: s.title, procedure: s.procedure })),
	};
}

/** A built role-play's file as its author wrote it, comments and all. */
export function rolePlaySource(id: string): Promise<string> {
	return readFile(`${CONTENT_DIR}/scenarios/${id}.yaml`, 'utf8');
}

/** The template every new role-play starts from. */
export function templateSource(): Promise<string> {
	return readFile('docs/scenario-template.yaml', 'utf8');
}
