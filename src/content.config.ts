import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './loaders/content-dir.ts';
import { failureKindListSchema, failureKindSchema } from './schemas/failure-kind.ts';
import { glossaryListSchema, glossaryTermSchema } from './schemas/glossary-term.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { quizSchema } from './schemas/quiz.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { drillSchema, parseDrill } from './schemas/drill.ts';
import { checkScenario } from './loaders/content-checks.ts';
import { checkDrill, DRILLS_DIR } from './loaders/drill-checks.ts';
import { yamlDirectoryLoader, yamlListLoader } from './loaders/yaml-loader.ts';

const procedures = defineCollection({
	loader: yamlDirectoryLoader({ directory: `${CONTENT_DIR}/procedures`, schema: procedureSchema }),
	schema: procedureSchema,
});

const failureKinds = defineCollection({
	loader: yamlListLoader({ file: `${CONTENT_DIR}/failure-kinds.yaml`, schema: failureKindListSchema }),
	schema: failureKindSchema,
});

const lessons = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: `./${CONTENT_DIR}/lessons` }),
	schema: lessonSchema,
});

// Role-plays. Each is linted against the procedure it names (src/engine/lint.ts):
// lint errors stop the build with the file, node and fix; warnings are logged.
const scenarios = defineCollection({
	loader: yamlDirectoryLoader({
		directory: `${CONTENT_DIR}/scenarios`,
		schema: scenarioSchema,
		check: (scenario, file, { root, text }) => checkScenario(scenario, file, root, text),
	}),
	schema: scenarioSchema,
});

// Practice drills (/drills/). Each file's schema is chosen by its `kind`; references to
// procedures, steps, routes and failure kinds are checked, and a broken one stops the build.
const drills = defineCollection({
	loader: yamlDirectoryLoader({
		directory: DRILLS_DIR,
		schema: drillSchema,
		parse: parseDrill,
		check: (drill, file, { root, text }) => checkDrill(drill, file, root, text),
	}),
	schema: drillSchema,
});

// Knowledge checks, one per lesson at most, named after the lesson. Their links to lessons
// and steps are checked with the lessons' (src/utils/content-references.ts).
const quizzes = defineCollection({
	loader: yamlDirectoryLoader({ directory: `${CONTENT_DIR}/quizzes`, schema: quizSchema }),
	schema: quizSchema,
});

const glossary = defineCollection({
	loader: yamlListLoader({ file: `${CONTENT_DIR}/glossary.yaml`, schema: glossaryListSchema }),
	schema: glossaryTermSchema,
});

export const collections = { procedures, failureKinds, lessons, scenarios, drills, quizzes, glossary };
