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
 * Widgets drawn by a plain script instead of a Preact island (`data-widget` on their element):
 * the module in src/widgets/ that draws them, and the .astro components whose `<script>` loads
 * that module (Astro emits one module script per component). The package bundles the module
 * into the page's classic script and drops those module scripts.
 */
const plainWidgets: { kinds: RegExp; module: string; components: string[] }[] = [
	{ kinds: /^where-/, module: 'where/mount.ts', components: ['HeroAction', 'LessonMeter', 'ItemStatus'] },
	{ kinds: /^offline-notice$/, module: 'offline-notice.ts', components: ['OfflineNotice'] },
];

/** The src/widgets/ modules a page's plain-script widgets need, each once; throws, naming the page, for a widget not listed above. */
export function plainWidgetsOf(html: string, page: string): string[] {
	const modules = new Set<string>();
	for (const [, kind] of html.matchAll(/\sdata-widget="([^"]*)"/g)) {
		const module = plainWidgets.find(({ kinds }) => kinds.test(kind!))?.module;
		if (module === undefined)
			throw new Error(`${page}: the widget "${kind}" has no script listed for the SCORM package; add it to plainWidgets in src/engine/scorm/islands.ts.`);
		modules.add(module);
	}
	return [...modules].sort();
}

/** The module scripts Astro writes for the plain-script widgets' components (e.g. `_astro/ItemStatus.astro_astro_type_script_index_0_lang.Ab1.js`). */
const widgetModuleScript = new RegExp(
	`<script type="module" src="[^"]*_astro/(?:${plainWidgets.flatMap(({ components }) => components).join('|')})\\.astro_astro_type_script_[^"]*\\.js"></script>`,
	'g',
);

/** Stops the package build when a module script is left on a page: opened from disk, it would not run. */
export function assertNoModuleScripts(html: string, page: string): void {
	if (/<script[^>]*type="module"/.test(html) || /customElements\.define\("astro-island"/.test(html)) {
		throw new Error(`${page}: a module script is left on the page; it would not run from disk.`);
	}
}

/** Astro's island loader (a custom element that imports modules) and its directive scripts. */
const astroLoaderScript =
	/<script>(?:(?!<\/script>)[\s\S])*?(?:customElements\.define\("astro-island"|\(self\.Astro\|\|\(self\.Astro=\{\}\)\))(?:(?!<\/script>)[\s\S])*?<\/script>/g;

/**
 * The page with Astro's module loader and the plain-script widgets' module scripts taken out and
 * the classic script (`src`, relative to the page) loaded instead; the islands lose the module
 * addresses only Astro's loader used. Any other module script stops the build.
 */
export function withClassicIslands(html: string, src: string, page: string): string {
	const hasIslands = /<astro-island\s/.test(html);
	const withoutLoader = html.replace(astroLoaderScript, '');
	if (hasIslands && withoutLoader === html)
		throw new Error(`${page}: Astro's island loader was not found where expected; update src/engine/scorm/islands.ts for this Astro version.`);
	const removed = withoutLoader.replace(widgetModuleScript, '');
	assertNoModuleScripts(removed, page);
	const stripped = removed.replace(/<astro-island\s[^>]*>/g, (tag) => tag.replace(/\s(?:component-url|renderer-url|before-hydration-url)="[^"]*"/g, ''));
	if (!stripped.includes('</head>')) throw new Error(`${page}: no </head> to load the islands' script from.`);
	return stripped.replace('</head>', `<script defer src="${src}"></script></head>`);
}
