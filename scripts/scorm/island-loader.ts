/**
 * Hydrates a page's Preact islands from a classic script (no ES modules), for the SCORM package:
 * browsers refuse module scripts on pages opened from disk (file://), and Astro's own island
 * loader imports each island as a module. Bundled once per set of islands by classic-islands.ts,
 * with the components it may meet; it reads the same attributes Astro writes (props, opts, client)
 * and hands each island to @astrojs/preact's own client renderer, as Astro's loader would.
 */
import type { ComponentType } from 'preact';
import preactRenderer from '@astrojs/preact/client.js';

type Encoded = [number, unknown];

/** Astro's prop encoding: each value is [type, value] (0 plain, 1 array, 3 date, 4 map, 5 set, 7 URL, …). */
function decode([type, value]: Encoded): unknown {
	switch (type) {
		case 0:
			return value !== null && typeof value === 'object'
				? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner as Encoded)]))
				: value;
		case 1:
			return (value as Encoded[]).map(decode);
		case 2:
			return new RegExp(value as string);
		case 3:
			return new Date(value as string);
		case 4:
			return new Map((value as Encoded[]).map(decode) as [unknown, unknown][]);
		case 5:
			return new Set((value as Encoded[]).map(decode));
		case 6:
			return BigInt(value as string);
		case 7:
			return new URL(value as string);
		case 11:
			return Number.POSITIVE_INFINITY * (value as number);
		default:
			throw new Error(`island props: a value of type ${type} is not supported in the SCORM package`);
	}
}

function hydrate(element: HTMLElement, components: Record<string, ComponentType<Record<string, unknown>>>): void {
	const { name } = JSON.parse(element.getAttribute('opts') ?? '{}') as { name?: string };
	const Component = name === undefined ? undefined : components[name];
	if (!Component) throw new Error(`island "${name}" is not in this page's script`);
	const encoded = JSON.parse(element.getAttribute('props') ?? '{}') as Record<string, Encoded>;
	const props = Object.fromEntries(Object.entries(encoded).map(([key, value]) => [key, decode(value)]));
	void preactRenderer(element)(Component, props, {}, { client: element.getAttribute('client') ?? 'load' }).then(() => {
		element.removeAttribute('ssr');
		element.dispatchEvent(new CustomEvent('astro:hydrate'));
	});
}

/** Hydrates every island on the page, each when its directive says (load now, idle soon, visible when seen). */
export function hydrateIslands(components: Record<string, ComponentType<Record<string, unknown>>>): void {
	for (const element of document.querySelectorAll<HTMLElement>('astro-island[ssr]')) {
		const client = element.getAttribute('client');
		const run = () => hydrate(element, components);
		if (client === 'idle') {
			if ('requestIdleCallback' in window) requestIdleCallback(run);
			else setTimeout(run, 200);
		} else if (client === 'visible') {
			const observer = new IntersectionObserver((entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				run();
			});
			observer.observe(element);
		} else run();
	}
}
