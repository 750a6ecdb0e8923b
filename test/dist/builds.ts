/**
 * The built sites the dist tests read, as `npm run build:all` writes them: the site at the
 * root, the same site under a sub-path, and the hostile fixture site (content that tries to be code).
 */
export const builds = {
	root: { outDir: 'dist', base: '/' },
	subpath: { outDir: 'dist-subpath', base: '/training/' },
	hostile: { outDir: 'dist-hostile', base: '/' },
} as const;

/** The two builds of the real content. */
export const siteBuilds = [
	['root', builds.root],
	['subpath', builds.subpath],
] as const;
