/**
 * Joins the deploy base (e.g. "/" or "/training/") and a site path, so every link
 * works when the site is hosted under a sub-path. Pure, for testing.
 */
export function joinBase(base: string, path: string): string {
	const head = base.endsWith('/') ? base : `${base}/`;
	return `${head}${path.replace(/^\/+/, '')}`;
}

/** A site path under this build's base, e.g. `url('lessons/')` → "/training/lessons/". */
export function url(path = ''): string {
	return joinBase(import.meta.env.BASE_URL, path);
}
