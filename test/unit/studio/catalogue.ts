import { readdirSync, readFileSync } from 'node:fs';
import { parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { procedureSchema, type Procedure } from '../../../src/schemas/procedure.ts';
import { failureKindListSchema } from '../../../src/schemas/failure-kind.ts';
import type { Catalogue } from '../../../src/engine/studio/check-draft.ts';

/** The procedures and failure kinds of the real content, as the studio page gets them from the build. */
export function realCatalogue(): Catalogue {
	const procedures = readdirSync('content/procedures')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const result = parseYaml(procedureSchema, readFileSync(`content/procedures/${f}`, 'utf8'), f);
			if (!result.ok) throw new Error(`${f} does not parse`);
			return result.data as Procedure;
		});
	const kinds = parseYaml(failureKindListSchema, readFileSync('content/failure-kinds.yaml', 'utf8'), 'failure-kinds.yaml');
	if (!kinds.ok) throw new Error('failure-kinds.yaml does not parse');
	return { procedures, failureKinds: kinds.data.map((k) => k.id) };
}

export const template = () => readFileSync('docs/scenario-template.yaml', 'utf8');
