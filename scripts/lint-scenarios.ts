/**
 * Checks role-play scenarios the way the build does, with a readable report.
 *
 *   npm run lint:scenarios                                   every content/scenarios/*.yaml
 *   npm run lint:scenarios -- content/scenarios/x.yaml ...   just these files
 *
 * Files whose names start with "_" are drafts and skipped. Exits 1 if any file has an
 * error (warnings alone do not fail). Runs on Node 24's type stripping: no build step.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenarioFile, SCENARIOS_DIR, yamlEntries } from '../src/loaders/content-checks.ts';
import { formatFileReport, isError, type AuthoringProblem } from '../src/schemas/authoring-problem.ts';

const root = new URL('../', import.meta.url);
const rootPath = fileURLToPath(root);

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Project-relative paths with forward slashes, as the build prints them. */
function projectPath(arg: string): string {
	return path.relative(rootPath, path.resolve(arg)).split(path.sep).join('/');
}

async function filesToCheck(args: readonly string[]): Promise<string[]> {
	if (args.length > 0) return args.map(projectPath).filter((file) => !path.basename(file).startsWith('_'));
	return (await yamlEntries(new URL(`${SCENARIOS_DIR}/`, root))).map((name) => `${SCENARIOS_DIR}/${name}`);
}

async function problemsIn(file: string): Promise<AuthoringProblem[]> {
	try {
		return await checkScenarioFile(root, file);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(error);
		return [{ file, where: '', message: `cannot be read: ${reason}.`, fix: 'check the path.', severity: 'error' }];
	}
}

/** Prints one file's verdict and problems (the same text the build prints); a blank line follows any problems. */
function report(file: string, problems: readonly AuthoringProblem[]): void {
	console.log(formatFileReport(file, problems));
	if (problems.length > 0) console.log('');
}

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const files = await filesToCheck(args);
	if (files.length === 0) {
		console.log(args.length > 0 ? 'Nothing to check: files whose names start with "_" are drafts.' : `No scenarios to check in ${SCENARIOS_DIR}/ yet.`);
		return 0;
	}
	let errors = 0;
	let warnings = 0;
	let lastHadProblems = false;
	for (const file of files) {
		const problems = await problemsIn(file);
		report(file, problems);
		errors += problems.filter(isError).length;
		warnings += problems.length - problems.filter(isError).length;
		lastHadProblems = problems.length > 0;
	}
	console.log(`${lastHadProblems ? '' : '\n'}${plural(files.length, 'scenario')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
	return errors > 0 ? 1 : 0;
}

process.exitCode = await main();
