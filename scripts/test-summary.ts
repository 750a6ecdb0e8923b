/**
 * The last lines of `npm test`: how many tests ran at each level, and how long each level took,
 * read from the JSON reports the runners write into .test-reports/ (see package.json).
 * A level whose report is missing is named, so a summary never hides a level that did not run.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
	startTime: number;
	testResults: { name: string; endTime: number; assertionResults: { status: string }[] }[];
}
interface PlaywrightReport {
	stats: { expected: number; skipped: number; unexpected: number; flaky: number; duration: number };
}
interface Level {
	name: string;
	passed: number;
	skipped: number;
	failed: number;
	seconds: number;
}

const REPORTS = '.test-reports';

function read<T>(file: string): T | null {
	const full = `${REPORTS}/${file}`;
	return existsSync(full) ? (JSON.parse(readFileSync(full, 'utf8')) as T) : null;
}

/** Vitest runs the unit and component levels together: the file's folder says which is which. */
function vitestLevels(report: VitestReport, names: Record<string, string>): Level[] {
	const levels = new Map<string, Level>();
	const seconds = (Math.max(...report.testResults.map((r) => r.endTime)) - report.startTime) / 1000;
	for (const file of report.testResults) {
		const folder = Object.keys(names).find((f) => file.name.includes(`/test/${f}/`));
		const name = folder ? names[folder]! : 'other';
		const level = levels.get(name) ?? { name, passed: 0, skipped: 0, failed: 0, seconds };
		for (const { status } of file.assertionResults) {
			if (status === 'passed') level.passed += 1;
			else if (status === 'failed') level.failed += 1;
			else level.skipped += 1;
		}
		levels.set(name, level);
	}
	return [...levels.values()];
}

const levels: Level[] = [];
const missing: string[] = [];
const unit = read<VitestReport>('unit.json');
if (unit) levels.push(...vitestLevels(unit, { unit: 'unit', component: 'component' }));
else missing.push('unit and component (unit.json)');
const dist = read<VitestReport>('dist.json');
if (dist) levels.push(...vitestLevels(dist, { dist: 'built files' }));
else missing.push('built files (dist.json)');
const browser = read<PlaywrightReport>('browser.json');
if (browser) {
	const { expected, skipped, unexpected, flaky, duration } = browser.stats;
	levels.push({ name: 'browser', passed: expected + flaky, skipped, failed: unexpected, seconds: duration / 1000 });
} else missing.push('browser (browser.json)');

const pad = (text: string | number, width: number) => String(text).padStart(width);
console.log('\nTests per level (unit and component share one run and its time):');
console.log(`  ${'level'.padEnd(12)}${pad('passed', 8)}${pad('skipped', 9)}${pad('failed', 8)}${pad('seconds', 9)}`);
for (const level of levels)
	console.log(`  ${level.name.padEnd(12)}${pad(level.passed, 8)}${pad(level.skipped, 9)}${pad(level.failed, 8)}${pad(level.seconds.toFixed(0), 9)}`);
if (missing.length) {
	console.error(`No report from: ${missing.join('; ')}. Run \`npm test\` to write them all.`);
	process.exitCode = 1;
}
