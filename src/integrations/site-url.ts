import type { AstroIntegration } from 'astro';

/**
 * The sitemap needs the site's public address (SITE_URL). Without it Astro's default,
 * http://localhost:4321, ends up in sitemap-index.xml: the build still works, so it says so.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The warning for a build without SITE_URL, or undefined when it is set. */
export function siteUrlWarning(siteUrl: string | undefined): string | undefined {
	if (siteUrl !== undefined && siteUrl.trim() !== '') return undefined;
	return (
		`SITE_URL is not set, so the sitemap (sitemap-index.xml) gives every page an address at ${DEFAULT_SITE_URL}/, which no one else can reach.\n` +
		'Fix: build with the address the site will be served from, e.g. SITE_URL=https://training.example.org npm run build (include the sub-path in BASE_PATH, not here).'
	);
}

/** Prints the warning at the start of every build without SITE_URL. */
export function siteUrlCheck(siteUrl: string | undefined = process.env.SITE_URL): AstroIntegration {
	return {
		name: 'make-good-site-url',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const warning = siteUrlWarning(siteUrl);
				if (warning) logger.warn(warning);
			},
		},
	};
}
