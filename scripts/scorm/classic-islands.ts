/**
 * One classic (non-module) script per set of islands, for the SCORM package: a package opened
 * from disk (file://) runs no module script, so Astro's own island loader does nothing there.
 * Each script holds the island loader (island-loader.ts), the widgets a page uses and the modules
 * of its plain-script widgets (src/engine/scorm/islands.ts: plainWidgetsOf), bundled by
 * Rolldown (Vite's bundler) from their sources as one IIFE, with dynamic imports inlined.
 *
 * Scripts know the package's base only at run time: it is the folder above the script's own
 * address (scripts live in _astro/), and links they build name their file (see src/utils/url.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { rolldown, type Plugin } from 'rolldown';

const ENTRY = '\0make-good-classic-islands';
const NOTHING = '\0make-good-nothing';
const NO_SIGNALS = '\0make-good-no-signals';

/** The source of a widget, in src/widgets/ or a feature folder in it; an island found nowhere, or twice, stops the build. */
function widgetFile(widget: string): string {
	const found = readdirSync('src/widgets', { recursive: true, encoding: 'utf8' }).filter((file) => path.basename(file) === `${widget}.tsx`);
	if (found.length !== 1) {
		throw new Error(
			`An island's module is named ${widget}, but ${found.length === 0 ? 'there is no' : 'there is more than one'} ${widget}.tsx in src/widgets/ (${found.join(', ') || 'none'}); the SCORM package takes islands from src/widgets/ by file name.`,
		);
	}
	return path.resolve('src/widgets', found[0]!);
}

/** An island as a page names it, and the widget it is. */
export interface IslandComponent {
	name: string;
	widget: string;
}

function entryPlugin(components: readonly IslandComponent[], plainWidgets: readonly string[]): Plugin {
	// A page with only plain-script widgets gets no island loader (and so no Preact).
	const islands =
		components.length === 0
			? []
			: [
					`import { hydrateIslands } from ${JSON.stringify(path.resolve('scripts/scorm/island-loader.ts'))};`,
					...components.map(({ widget }, i) => `import C${i} from ${JSON.stringify(widgetFile(widget))};`),
					`hydrateIslands({ ${components.map(({ name }, i) => `${JSON.stringify(name)}: C${i}`).join(', ')} });`,
				];
	const code = [...plainWidgets.map((module) => `import ${JSON.stringify(path.resolve('src/widgets', module))};`), ...islands].join('\n');
	return {
		name: 'make-good-classic-islands',
		resolveId(id) {
			if (id === ENTRY) return ENTRY;
			// Stylesheets are already linked from each page by the Astro build.
			if (id.endsWith('.css')) return NOTHING;
			// @astrojs/preact loads signals only for signal props, which islandsOf() refuses.
			if (id === '@preact/signals') return NO_SIGNALS;
			return undefined;
		},
		load(id) {
			if (id === ENTRY) return code;
			if (id === NOTHING) return '';
			if (id === NO_SIGNALS) return 'export function signal() { throw new Error("signals are not available in the SCORM package"); }';
			return undefined;
		},
	};
}

export interface ClassicScript {
	/** File name under _astro/, with a content hash. */
	fileName: string;
	code: string;
}

/** Bundles the island loader with the widgets a page uses and its plain-script widgets' modules (paths in src/widgets/). */
export async function bundleClassicIslands(components: readonly IslandComponent[], plainWidgets: readonly string[] = []): Promise<ClassicScript> {
	const bundle = await rolldown({
		input: ENTRY,
		platform: 'browser',
		plugins: [entryPlugin(components, plainWidgets)],
		transform: {
			define: {
				'import.meta.env.BASE_URL': '__makeGoodBase',
				'import.meta.env.DEV': 'false',
				'import.meta.env.PROD': 'true',
				'import.meta.env.SSR': 'false',
				'process.env.NODE_ENV': '"production"',
				__MAKE_GOOD_LINKS_NAME_FILES__: 'true',
			},
		},
	});
	const { output } = await bundle.generate({
		format: 'iife',
		codeSplitting: false,
		minify: true,
		intro: 'var __makeGoodBase = new URL("../", document.currentScript.src).pathname;',
	});
	await bundle.close();
	const chunks = output.filter((item) => item.type === 'chunk');
	if (chunks.length !== 1 || output.length !== 1)
		throw new Error(
			`Bundling the islands ${[...components.map((c) => c.widget), ...plainWidgets].join(', ')} gave ${output.length} files; the SCORM package needs exactly one script.`,
		);
	const code = chunks[0]!.code;
	const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
	return { fileName: `islands.${hash}.js`, code };
}
