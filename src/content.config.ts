import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { failureKindListSchema, failureKindSchema } from './schemas/failure-kind.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { yamlDirectoryLoader, yamlListLoader } from './loaders/yaml-loader.ts';

const procedures = defineCollection({
	loader: yamlDirectoryLoader({ directory: 'content/procedures', schema: procedureSchema }),
	schema: procedureSchema,
});

const failureKinds = defineCollection({
	loader: yamlListLoader({ file: 'content/failure-kinds.yaml', schema: failureKindListSchema }),
	schema: failureKindSchema,
});

const lessons = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
	schema: lessonSchema,
});

export const collections = { procedures, failureKinds, lessons };
