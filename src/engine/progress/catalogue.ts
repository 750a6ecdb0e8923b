/**
 * What the progress pages need to know about the course, worked out at build time from
 * the content (src/utils/progress-catalogue.ts) and passed to the islands as props, so the
 * browser never loads the content itself. Links already carry the deploy base.
 */

export interface CatalogueLesson {
	id: string;
	title: string;
	href: string;
	/** Role-plays the certificate requires at or above the pass band (lesson frontmatter). */
	assessedBy: string[];
	/** Questions in the lesson's knowledge check; 0 when it has none. */
	quizQuestions: number;
}

export interface CatalogueScenario {
	id: string;
	title: string;
	href: string;
	procedureId: string;
}

export interface CatalogueStep {
	id: string;
	title: string;
	/** Where the step is taught, and the words for the link. */
	href: string;
	linkLabel: string;
	/** Role-plays with at least one choice that performs this step. */
	scenarioIds: string[];
}

export interface CatalogueProcedure {
	id: string;
	title: string;
	/** The documented (scored) checks and steps, in order. */
	steps: CatalogueStep[];
}

export interface CatalogueDrill {
	id: string;
	title: string;
	href: string;
}

export interface Catalogue {
	lessons: CatalogueLesson[];
	scenarios: CatalogueScenario[];
	procedures: CatalogueProcedure[];
	drills: CatalogueDrill[];
}
