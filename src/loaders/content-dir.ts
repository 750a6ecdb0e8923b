/**
 * Where the content lives, relative to the project root. MAKE_GOOD_CONTENT_DIR points the
 * build at another folder of the same shape: the benchmark's generated large site, or a
 * test fixture site. Read at build time only (never shipped to the browser).
 */
export const CONTENT_DIR = (process.env.MAKE_GOOD_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
