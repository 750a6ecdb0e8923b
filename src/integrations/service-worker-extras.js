/*
 * Make Good's additions to the Workbox service worker (src/integrations/offline.ts copies this
 * file next to sw.js, which loads it with importScripts before Workbox's own code, so these
 * listeners run first). Plain JavaScript: the browser runs it as it is.
 *
 * 1. Pages open across a deploy keep working. When a new version takes over, Workbox deletes
 *    the previous version's files from its precache, and the host no longer has them either,
 *    so a page still open from before (another tab) failed on its next lazy import. Here the
 *    hashed files (_astro/, never changed once built) are copied aside when a new version
 *    installs, served from any copy, and the copy is deleted once no page that was open when
 *    the new version took over is left.
 * 2. Offline, an address without its trailing slash (/progress) is sent on to the page with it.
 */
const PREVIOUS = 'make-good-previous-';
const ASSETS = new URL('_astro/', self.registration.scope).href;
/** Where each copy records the pages that may still need it (a key no real request uses). */
const CLIENTS = new URL('make-good-previous-clients', self.registration.scope).href;

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const precache = (await caches.keys()).find((name) => name.includes('-precache-') && name.includes(self.registration.scope));
			if (!precache) return;
			const from = await caches.open(precache);
			const requests = (await from.keys()).filter((request) => request.url.startsWith(ASSETS));
			if (requests.length === 0) return;
			const to = await caches.open(PREVIOUS + Date.now());
			for (const request of requests) {
				const response = await from.match(request);
				// Saved under the file's own address, without the revision Workbox may have added.
				const url = new URL(request.url);
				url.searchParams.delete('__WB_REVISION__');
				if (response) await to.put(url.href, response);
			}
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Every page open now was loaded before this version: the copies made so far are theirs.
			const open = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((client) => client.id);
			for (const name of await previousCopies()) {
				const copy = await caches.open(name);
				if (!(await copy.match(CLIENTS))) await copy.put(CLIENTS, new Response(JSON.stringify(open)));
			}
			await dropUnused();
		})(),
	);
});

async function previousCopies() {
	return (await caches.keys()).filter((name) => name.startsWith(PREVIOUS));
}

/** Deletes each copy whose pages have all gone (closed, reloaded or moved on). */
async function dropUnused() {
	for (const name of await previousCopies()) {
		const record = await (await caches.open(name)).match(CLIENTS);
		if (!record) continue; // its version has not taken over yet
		const ids = await record.json();
		const alive = await Promise.all(ids.map((id) => self.clients.get(id)));
		if (!alive.some(Boolean)) await caches.delete(name);
	}
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	if (request.url.startsWith(ASSETS)) {
		// Hashed files never change, so any copy, this version's or an earlier one's, is right.
		event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
		event.stopImmediatePropagation();
		return;
	}
	if (request.mode !== 'navigate') return;
	// A page is left, reloaded or opened: a moment later, copies no page needs can go.
	event.waitUntil(new Promise((resolve) => setTimeout(resolve, 3000)).then(dropUnused));
	const url = new URL(request.url);
	if (!url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname)) {
		url.pathname += '/';
		event.respondWith(fetch(request).catch(() => Response.redirect(url.href, 301)));
		event.stopImmediatePropagation();
	}
});
