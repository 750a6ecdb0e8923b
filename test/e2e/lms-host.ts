import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from '@playwright/test';

/**
 * The SCORM package (npm run build:scorm; SCORM_ZIP names another zip) unzipped into a temporary
 * folder, beside a test LMS page that runs scorm-again as the SCORM 1.2 API and opens the package's
 * launch page in a frame. Served as a strict static host: files only, a folder is refused (403)
 * as on hosts without folder indexes, anything missing is 404.
 */
export interface LmsHost {
	/** The folder holding index.html (the LMS) and package/ (the unzipped package). */
	folder: string;
	/** http://localhost:<port>/ */
	url: string;
	/** The files in the package, relative to its root. */
	files: string[];
	/** The LMS page for a learner: their id, name and the suspend_data the LMS holds for them. */
	lmsPage(learner?: { id?: string; name?: string; suspendData?: string }): string;
	stop(): Promise<void>;
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.json': 'application/json',
};

/** Unzips the package into a fresh temporary folder; returns the folder and the files. */
export function unzipPackage(into = mkdtempSync(path.join(os.tmpdir(), 'make-good-lms-'))): { folder: string; files: string[] } {
	const zip = process.env.SCORM_ZIP ?? 'make-good-scorm.zip';
	if (!existsSync(zip)) throw new Error(`${zip} not found. Fix: run npm run build:scorm first.`);
	const unzipped = unzipSync(readFileSync(zip));
	for (const [name, data] of Object.entries(unzipped)) {
		if (name.endsWith('/')) continue;
		mkdirSync(path.dirname(path.join(into, 'package', name)), { recursive: true });
		writeFileSync(path.join(into, 'package', name), data);
	}
	return { folder: into, files: Object.keys(unzipped).filter((name) => !name.endsWith('/')) };
}

export async function startLmsHost(): Promise<LmsHost> {
	const { folder, files } = unzipPackage();
	copyFileSync('node_modules/scorm-again/dist/scorm12.min.js', path.join(folder, 'scorm12.min.js'));
	writeFileSync(
		path.join(folder, 'index.html'),
		`<!doctype html><html lang="en"><title>Test LMS</title><script src="scorm12.min.js"></script>
<script>
const learner = new URLSearchParams(location.search);
window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
API.loadFromJSON({ core: { student_id: learner.get('id') ?? 'learner-1', student_name: learner.get('name') ?? 'Learner, Test' }, suspend_data: learner.get('suspend') ?? '' });
window.finished = 0;
API.on('LMSFinish', () => window.finished++);
</script>
<iframe id="sco" title="course" src="package/lms/index.html" style="width:1200px;height:900px"></iframe></html>`,
	);
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		const file = path.join(folder, pathname === '/' ? 'index.html' : pathname);
		if (!file.startsWith(folder) || !existsSync(file)) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		if (statSync(file).isDirectory()) {
			response.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: no folder indexes here');
			return;
		}
		response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	const url = `http://localhost:${port}/`;
	return {
		folder,
		url,
		files,
		lmsPage: ({ id, name, suspendData } = {}) => {
			const query = new URLSearchParams();
			if (id !== undefined) query.set('id', id);
			if (name !== undefined) query.set('name', name);
			if (suspendData !== undefined) query.set('suspend', suspendData);
			return `${url}?${query}`;
		},
		stop: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			rmSync(folder, { recursive: true, force: true });
		},
	};
}

/** A value the test LMS holds for the current learner. */
export const lmsValue = (page: Page, element: string) =>
	page.evaluate((e) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(e), element);

/** The course, in the frame inside the launch page. */
export function courseFrame(page: Page): Frame {
	const frame = page.frames().find((f) => f.url().includes('/package/') && !f.url().includes('/lms/'));
	if (!frame) throw new Error('the course frame is not there');
	return frame;
}
