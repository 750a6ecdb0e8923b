/**
 * Pure pieces of swapping Astro's module-based island loader for one classic script per page in
 * the SCORM package (scripts/scorm/classic-islands.ts does the bundling). Browsers refuse module
 * scripts on pages opened from disk, so a package opened from file:// would otherwise do nothing.
 */

export interface Island {
	/** The component's name as the page imports it, e.g. "LessonDoneIsland". */
	name: string;
	/** The widget's file name without extension, e.g. "LessonDone" (src/widgets/LessonDone.tsx), from the module Astro built for it. */
	widget: string;
	/** Its hydration directive: "load", "idle" or "visible". */
	client: string;
}

const SUPPORTED_DIRECTIVES = new Set(['load', 'idle', 'visible']);

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeAttribute = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The islands on a page; throws, naming the page, for any the classic loader cannot hydrate. */
export function islandsOf(html: string, page: string): Island[] {
	const islands: Island[] = [];
	for (const [tag] of html.matchAll(/<astro-island\s[^>]*>/g)) {
		const opts = attribute(tag, 'opts');
		const name = opts === undefined ? undefined : (JSON.parse(unescapeAttribute(opts)) as { name?: unknown }).name;
		const client = attribute(tag, 'client') ?? '';
		const widget = /(?:^|\/)([A-Za-z0-9]+)\.[^/]*\.js$/.exec(attribute(tag, 'component-url') ?? '')?.[1];
		if (typeof name !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(name) || widget === undefined)
			throw new Error(`${page}: an island without a component name or module; the SCORM package cannot load it.`);
		if (!SUPPORTED_DIRECTIVES.has(client))
			throw new Error(`${page}: the island ${name} uses client:${client}; the SCORM package loads only client:load, client:idle and client:visible.`);
		if (/\sdata-preact-signals=/.test(tag))
			throw new Error(`${page}: the island ${name} receives Preact signals as props; the SCORM package does not pass them.`);
		islands.push({ name, widget, client });
	}
	if (/<astro-slot|<template data-astro-template/.test(html)) throw new Error(`${page}: an island has children (slots); the SCORM package does not pass them.`);
	return islands;
}

/**
 * Widgets drawn by a plain script instead of a Preact island (`data-widget` on their element) and
 * the module in src/widgets/ that draws each; the package bundles these into the page's classic script.
 */
const plainWidgetModules: [RegExp, string][] = [
	[/^where-/, 'where/mount.ts'],
	[/^offline-notice$/, 'offline-notice.ts'],
];

/** The src/widgets/ modules a page's plain-script widgets need, each once; throws, naming the page, for a widget not listed above. */
export function plainWidgetsOf(html: string, page: string): string[] {
	const modules = new Set<string>();
	for (const [, kind] of html.matchAll(/\sdata-widget="([^"]*)"/g)) {
		const module = plainWidgetModules.find(([pattern]) => pattern.test(kind!))?.[1];
		if (module === undefined)
			throw new Error(`${page}: the widget "${kind}" has no script listed for the SCORM package; add it to plainWidgetModules in src/engine/scorm/islands.ts.`);
		modules.add(module);
	}
	return [...modules].sort();
}

/** Astro's island loader (a custom element that imports modules) and its directive scripts. */
const astroLoaderScript =
	/<script>(?:(?!<\/script>)[\s\S])*?(?:customElements\.define\("astro-island"|\(self\.Astro\|\|\(self\.Astro=\{\}\)\))(?:(?!<\/script>)[\s\S])*?<\/script>/g;

/** The module scripts Astro writes for components' own `<script>`s (plain-script widgets), loaded from _astro/. */
const componentModuleScript = /<script type="module" src="[^"]*_astro\/[^"]+\.js"><\/script>/g;

/**
 * The page with Astro's module loader and its components' module scripts taken out and the
 * classic script (`src`, relative to the page) loaded instead; the islands lose the module
 * addresses only Astro's loader used. `plainWidgets`: how many plain-script widget modules the
 * classic script stands in for (plainWidgetsOf).
 */
export function withClassicIslands(html: string, src: string, page: string, plainWidgets = 0): string {
	const hasIslands = /<astro-island\s/.test(html);
	const withoutLoader = html.replace(astroLoaderScript, '');
	if (hasIslands && withoutLoader === html)
		throw new Error(`${page}: Astro's island loader was not found where expected; update src/engine/scorm/islands.ts for this Astro version.`);
	const removed = withoutLoader.replace(componentModuleScript, '');
	if (removed !== withoutLoader && plainWidgets === 0)
		throw new Error(
			`${page}: a module script without a widget (data-widget) to draw; the SCORM package would drop it, so list what it does in src/engine/scorm/islands.ts.`,
		);
	if (/<script[^>]*type="module"/.test(removed) || /customElements\.define\("astro-island"/.test(removed)) {
		throw new Error(`${page}: a module script is left on the page; it would not run from disk.`);
	}
	const stripped = removed.replace(/<astro-island\s[^>]*>/g, (tag) => tag.replace(/\s(?:component-url|renderer-url|before-hydration-url)="[^"]*"/g, ''));
	if (!stripped.includes('</head>')) throw new Error(`${page}: no </head> to load the islands' script from.`);
	return stripped.replace('</head>', `<script defer src="${src}"></script></head>`);
}
