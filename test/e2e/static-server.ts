import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site the way a plain static host does: files only, the site
 * mounted at its base path, and the site's own 404 page (status 404) for anything else.
 * Usage: node test/e2e/static-server.ts <dir> <port> <base>   (port 0: any free port, printed)
 */
const [dir = 'dist', port = '4400', base = '/'] = process.argv.slice(2);
const root = path.resolve(dir);
if (!existsSync(path.join(root, 'index.html'))) {
	console.error(`static-server: ${root}/index.html not found. Fix: build the site first (npm run build, or npm run build:subpath).`);
	process.exit(1);
}
const files = sirv(root, { dev: false, etag: true });
const notFound = readFileSync(path.join(root, '404.html'));

const server = createServer((request, response) => {
	const requestUrl = request.url ?? '/';
	const send404 = () => {
		response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(notFound);
	};
	if (!requestUrl.startsWith(base)) return send404();
	request.url = `/${requestUrl.slice(base.length)}`;
	files(request, response, send404);
});
// Port 0 asks the system for a free port; the line below tells the caller which one it got.
server.listen(Number(port), () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Serving ${dir} at http://localhost:${actual}${base}`);
});
