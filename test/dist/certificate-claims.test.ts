import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { certificateNeeds } from '../../src/engine/progress/certificate.ts';
import { loadLessons, loadScenarios } from '../unit/content/load-content.ts';
import { builds } from './builds.ts';

/**
 * Each role-play page tells its island whether the certificate asks for it (the mode picker and the
 * practice debrief word themselves by it): the built pages agree with the lessons' `assessedBy`.
 */
const lessons = loadLessons().map((lesson) => lesson.data);

test('each role-play page says it counts for the certificate exactly when a lesson is assessed by it', () => {
	const claims = loadScenarios().map((scenario) => {
		const html = readFileSync(path.join(builds.root.outDir, 'scenarios', scenario.id, 'index.html'), 'utf8');
		const flag = /forCertificate&quot;:\[0,(true|false)\]/.exec(html)?.[1];
		return [scenario.id, flag] as const;
	});
	expect(claims).toEqual(loadScenarios().map((scenario) => [scenario.id, String(certificateNeeds(lessons, scenario.id))]));
	expect(claims.filter(([, flag]) => flag === 'true').length, 'role-plays the certificate asks for').toBeGreaterThan(0);
});
