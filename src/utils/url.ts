/**
 * Joins the deploy base (e.g. "/" or "/training/") and a site path, so every link
 * works when the site is hosted under a sub-path. Pure, for testing.
 */
export function joinBase(base: string, path: string): string {
	const head = base.endsWith('/') ? base : `${base}/`;
	return `${head}${path.replace(/^\/+/, '')}`;
}

/**
 * Where a link an author wrote leads: a path on this site ("/procedures/x/") goes under the deploy
 * base like every other link; web addresses and relative paths are kept as written. Pure, for testing.
 */
export function authorLinkHref(base: string, link: string): string {
	return /^\/(?!\/)/.test(link) ? joinBase(base, link) : link;
}

/**
 * A link that names its file: a link to a folder ("lessons/", "lessons/#top") gets the folder's
 * index.html, since an LMS's file server may not serve a folder's index. Pure, for testing.
 */
export function namingFile(link: string): string {
	const at = link.search(/[?#]/);
	const [path, rest] = at === -1 ? [link, ''] : [link.slice(0, at), link.slice(at)];
	return path === '' || path.endsWith('/') ? `${path}index.html${rest}` : link;
}

// Set (to true) only in the scripts of the SCORM package (scripts/scorm/classic-islands.ts).
declare const __MAKE_GOOD_LINKS_NAME_FILES__: boolean | undefined;
const linksNameFiles = typeof __MAKE_GOOD_LINKS_NAME_FILES__ !== 'undefined' && __MAKE_GOOD_LINKS_NAME_FILES__;

/** A site path under this build's base, e.g. `url('lessons/')` → "/training/lessons/" (in the SCORM package's scripts, ".../lessons/index.html"). */
export function url(path = ''): string {
	const link = joinBase(import.meta.env.BASE_URL, path);
	return linksNameFiles ? namingFile(link) : link;
}
