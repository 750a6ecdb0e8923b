import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

// The deploy recipes a host copies as they are (README: "Deploy"). Each must run the build the
// project really has, publish the folder that build really writes, start npm on the project's
// Node, and send the security headers the README promises. The facts come from package.json and
// astro.config.mjs, so changing the build without the recipes fails here.

const read = (file: string) => readFileSync(file, 'utf8');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };

/** The npm script that makes the plain production build: `astro build`, no base path of its own. */
const buildScript = Object.entries(packageJson.scripts).find(([, command]) => command.trim() === 'astro build')?.[0];
const buildCommand = `npm run ${buildScript}`;

/** The folder that build writes: astro.config.mjs's outDir when OUT_DIR is not set. */
async function outputFolder(): Promise<string> {
	const saved = process.env.OUT_DIR;
	delete process.env.OUT_DIR;
	try {
		const { default: config } = await import(path.resolve('astro.config.mjs'));
		return path.posix.normalize(String(config.outDir ?? './dist')).replace(/\/$/, '');
	} finally {
		if (saved !== undefined) process.env.OUT_DIR = saved;
	}
}
// Loading the config loads Astro and its integrations (seconds on a busy machine): once, before the tests.
const outDir = await outputFolder();

/** The major version of the Node the project installs for its scripts (the "node" package). */
const nodeMajor = /\d+/.exec(packageJson.devDependencies.node ?? '')?.[0];

/** A command as a host runs it, without leading VAR=value assignments. */
const withoutAssignments = (command: string) => command.replace(/^(\s*[A-Z_][A-Z0-9_]*=\S*\s+)*/, '').trim();

/** public/_headers: a path line, then indented "Name: value" lines. */
function headersFile(text: string): Record<string, Record<string, string>> {
	const rules: Record<string, Record<string, string>> = {};
	let current: Record<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules[line.trim()] = current = {};
		else if (current) {
			const colon = line.indexOf(':');
			current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
		}
	}
	return rules;
}

/** The README's table of security headers: | `Name` | `value` | why |. */
function readmeHeaders(): Record<string, string> {
	const section = read('README.md').split('## Security headers for your host')[1]?.split('\n## ')[0] ?? '';
	return Object.fromEntries([...section.matchAll(/^\| `([\w-]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1]!, m[2]!]));
}

/** A README section by its heading (## or ###), up to the next heading of any level. */
function readmeSection(heading: string): string {
	const text = read('README.md');
	const start = text.search(new RegExp(`^#{2,3} ${heading}$`, 'm'));
	if (start < 0) return '';
	const rest = text.slice(start).split('\n').slice(1).join('\n');
	return rest.split(/^#{2,3} /m)[0] ?? '';
}

test('the project has the build the recipes run, and the README names each recipe file', () => {
	expect(buildScript, 'a package.json script that is exactly "astro build"').toBeDefined();
	expect(outDir).not.toBe('');
	expect(nodeMajor, 'the "node" devDependency').toMatch(/^\d+$/);
	for (const [heading, file] of [
		['GitHub Pages', '.github/workflows/deploy.yml'],
		['Netlify', 'netlify.toml'],
		['Cloudflare Pages', 'deploy/cloudflare-pages.md'],
		['Your own server: rsync and nginx', 'deploy/nginx.conf'],
	] as const) {
		expect(readmeSection(heading), `README's "${heading}" section`).toContain(`(${file})`);
	}
});

describe('GitHub Pages: .github/workflows/deploy.yml', () => {
	type Step = { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
	type Job = { needs?: string | string[]; environment?: { name?: string }; steps?: Step[] };
	const document = parseDocument(read('.github/workflows/deploy.yml'));
	const workflow = (document.toJS() ?? {}) as {
		on?: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
		permissions?: Record<string, string>;
		jobs?: Record<string, Job>;
	};
	const jobs = Object.values(workflow.jobs ?? {});
	const buildJob = jobs.find((job) => (job?.steps ?? []).some((step) => step.uses?.startsWith('actions/upload-pages-artifact@')));
	const deployJob = jobs.find((job) => (job?.steps ?? []).some((step) => step.uses?.startsWith('actions/deploy-pages@')));
	const steps = buildJob?.steps ?? [];
	const index = (match: (step: Step) => boolean) => steps.findIndex(match);
	const uses = (action: string) => (step: Step) => step.uses?.startsWith(`${action}@`) === true;
	const runs = (command: string) => (step: Step) => step.run?.trim() === command;

	test('is valid YAML', () => {
		expect(document.errors.map((error) => error.message)).toEqual([]);
	});

	test('runs on pushes to main and by hand, with the permissions Pages needs', () => {
		expect(workflow.on?.push?.branches).toContain('main');
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.permissions).toMatchObject({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	test('checks out, sets up Node, installs with npm ci, builds, then uploads, in that order', () => {
		const order = [
			index(uses('actions/checkout')),
			index(uses('actions/setup-node')),
			index(runs('npm ci')),
			index(runs(buildCommand)),
			index(uses('actions/upload-pages-artifact')),
		];
		expect(
			order.every((i) => i >= 0),
			`steps found at ${order.join(', ')}`,
		).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(String(steps[index(uses('actions/setup-node'))]?.with?.['node-version'])).toBe(nodeMajor);
		expect(steps[index(uses('actions/upload-pages-artifact'))]?.with?.path).toBe(outDir);
	});

	test('builds with BASE_PATH and SITE_URL from configure-pages, which runs before the build', () => {
		const configure = steps[index(uses('actions/configure-pages'))];
		const build = steps[index(runs(buildCommand))];
		expect(configure?.id).toBeTruthy();
		expect(index(uses('actions/configure-pages'))).toBeLessThan(index(runs(buildCommand)));
		// base_path is "/<repository>" for a project site and "" at a domain's root; the base needs a closing slash.
		expect(build?.env?.BASE_PATH).toBe(`\${{ steps.${configure?.id}.outputs.base_path }}/`);
		expect(build?.env?.SITE_URL).toBe(`\${{ steps.${configure?.id}.outputs.base_url }}`);
	});

	test('deploys the uploaded artifact after the build, to the github-pages environment', () => {
		const buildJobName = Object.entries(workflow.jobs ?? {}).find(([, job]) => job === buildJob)?.[0];
		expect(deployJob).toBeDefined();
		expect([deployJob?.needs].flat()).toContain(buildJobName);
		expect(deployJob?.environment?.name).toBe('github-pages');
	});
});

describe('Netlify: netlify.toml', () => {
	const config = parseToml(read('netlify.toml')) as {
		build: { command: string; publish: string; environment: Record<string, string> };
		headers: { for: string; values: Record<string, string> }[];
	};

	test('builds with the project build into its output folder, on the project Node', () => {
		expect(withoutAssignments(config.build.command)).toBe(buildCommand);
		expect(config.build.publish).toBe(outDir);
		expect(config.build.environment.NODE_VERSION).toBe(nodeMajor);
	});

	test("sends the same headers as public/_headers, which equal the README's table", () => {
		const fromFile = headersFile(read('public/_headers'));
		const fromToml = Object.fromEntries(config.headers.map((rule) => [rule.for, rule.values]));
		expect(fromToml).toEqual(fromFile);
		expect(fromFile['/*']).toEqual(readmeHeaders());
	});
});

describe('Cloudflare Pages: deploy/cloudflare-pages.md', () => {
	const settings = Object.fromEntries(
		[...read('deploy/cloudflare-pages.md').matchAll(/^\| ([^|]+?) \| `([^`]+)` \|$/gm)].map((m) => [m[1]!.replaceAll('`', ''), m[2]!]),
	);

	test('names the project build, its output folder and the project Node', () => {
		expect(settings['Build command']).toBe(buildCommand);
		expect(settings['Build output directory']).toBe(outDir);
		expect(settings['Environment variable NODE_VERSION']).toBe(nodeMajor);
	});
});

describe('nginx: deploy/nginx.conf and the README', () => {
	const conf = read('deploy/nginx.conf')
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean)
		.join('\n');

	test("sends the README's security headers on every response", () => {
		const headers = Object.fromEntries([...conf.matchAll(/^add_header ([\w-]+) "([^"]+)" always;$/gm)].map((m) => [m[1]!, m[2]!]));
		expect(headers).toEqual(readmeHeaders());
		// add_header inside a location would drop the server-level ones for that location.
		expect(conf.split('\n').filter((line) => line.startsWith('add_header'))).toHaveLength(Object.keys(headers).length);
		expect(conf).not.toMatch(/location[^{]*\{[^}]*add_header/);
	});

	test("serves each page's folder and the site's own 404 page", () => {
		expect(conf).toMatch(/^try_files \$uri \$uri\/ =404;$/m);
		expect(conf).toMatch(/^error_page 404 \/404\.html;$/m);
		expect(conf).toMatch(/^index index\.html;$/m);
		expect(existsSync('src/pages/404.astro'), 'the build writes 404.html').toBe(true);
	});

	test('the README copies the build output folder with rsync, after the project build', () => {
		const section = readmeSection('Your own server: rsync and nginx');
		const rsync = /^rsync .*$/m.exec(section)?.[0] ?? '';
		expect(rsync.split(/\s+/)).toContain(`${outDir}/`);
		expect(section).toMatch(new RegExp(`^(\\w+=\\S+ )*${buildCommand}$`, 'm'));
		// rsync's destination is the folder nginx serves.
		const root = /^root (\S+);$/m.exec(conf)?.[1];
		expect(rsync).toMatch(new RegExp(`:${root}/?$`));
	});
});
