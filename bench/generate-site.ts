/**
 * Generates a large site for the build benchmark: the real content folder plus
 * `lessons` generated lessons and `scenarios` generated role-plays of realistic size,
 * made by cloning the real ones under new ids (so every file is valid and linted).
 * Usage: node bench/generate-site.ts <target-dir> [lessons=500] [scenarios=500]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function generateSite(target: string, lessonCount: number, scenarioCount: number): { lessons: number; scenarios: number } {
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	cpSync('content', target, { recursive: true });

	const lessonFiles = readdirSync('content/lessons')
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	const realLessons = lessonFiles.length;
	for (let i = 0; i < lessonCount; i++) {
		const source = readFileSync(path.join('content/lessons', lessonFiles[i % realLessons]!), 'utf8');
		const text = source
			.replace(/^title: (.*)$/m, (_m, title: string) => `title: ${title.replace(/^["']|["']$/g, '')} (copy ${i + 1})`)
			.replace(/^order: \d+$/m, `order: ${realLessons + i + 1}`);
		writeFileSync(path.join(target, 'lessons', `generated-${String(i + 1).padStart(3, '0')}.mdx`), text);
	}

	const scenarioFiles = readdirSync('content/scenarios')
		.filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.sort();
	for (let i = 0; i < scenarioCount; i++) {
		const file = scenarioFiles[i % scenarioFiles.length]!;
		const id = `generated-${String(i + 1).padStart(3, '0')}-${file.replace(/\.yaml$/, '')}`.slice(0, 60);
		const text = readFileSync(path.join('content/scenarios', file), 'utf8')
			.replace(/^id: .*$/m, `id: ${id}`)
			.replace(/^title: (.*)$/m, (_m, title: string) => `title: "${title.replace(/^["']|["']$/g, '').replace(/"/g, "'")} (copy ${i + 1})"`);
		writeFileSync(path.join(target, 'scenarios', `${id}.yaml`), text);
	}
	return { lessons: lessonCount, scenarios: scenarioCount };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [target = 'bench/.large-site', lessons = '500', scenarios = '500'] = process.argv.slice(2);
	console.log(generateSite(target, Number(lessons), Number(scenarios)));
}
