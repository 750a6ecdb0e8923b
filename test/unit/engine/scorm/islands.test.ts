import { describe, expect, test } from 'vitest';
import { assertNoModuleScripts, islandsOf, plainWidgetsOf, withClassicIslands } from '../../../../src/engine/scorm/islands.ts';
import { namingFile } from '../../../../src/utils/url.ts';
import { footerLinksFor } from '../../../../src/utils/site.ts';
import { learnerProgressKey } from '../../../../src/stores/learner.ts';

// A page as Astro builds it: its island loader and directive script inline, the island pointing at its module.
const island = (name: string, module: string, client = 'load', extra = '') =>
	`<astro-island uid="Z1" data-preact-island-id="1" component-url="../_astro/${module}.AbC123.js" component-export="default" renderer-url="../_astro/client.Xy9.js" props="{&quot;home&quot;:[0,&quot;../index.html&quot;]}" ssr client="${client}" opts="{&quot;name&quot;:&quot;${name}&quot;,&quot;value&quot;:true}"${extra} await-children><p>built</p><!--astro:end--></astro-island>`;
const page = (body: string) =>
	`<!DOCTYPE html><html><head><title>x</title></head><body><script>(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).load=e;window.dispatchEvent(new Event("astro:load"));})();</script><script>(()=>{class f extends HTMLElement{};customElements.get("astro-island")||customElements.define("astro-island",f)})();</script>${body}</body></html>`;

describe('islandsOf', () => {
	test('names each island, the widget it is (from its module) and when it hydrates', () => {
		expect(islandsOf(page(island('LessonDoneIsland', 'LessonDone') + island('Quiz', 'KnowledgeCheck', 'idle')), 'lessons/a/index.html')).toEqual([
			{ name: 'LessonDoneIsland', widget: 'LessonDone', client: 'load' },
			{ name: 'Quiz', widget: 'KnowledgeCheck', client: 'idle' },
		]);
	});

	test('refuses what the classic loader cannot hydrate, naming the page', () => {
		expect(() => islandsOf(page(island('Only', 'Only', 'only')), 'x/index.html')).toThrow(
			'x/index.html: the island Only uses client:only; the SCORM package loads only client:load, client:idle and client:visible.',
		);
		expect(() => islandsOf(page(island('S', 'S', 'load', ' data-preact-signals="{}"')), 'x/index.html')).toThrow(
			'x/index.html: the island S receives Preact signals as props; the SCORM package does not pass them.',
		);
		expect(() => islandsOf(page(`${island('K', 'K')}<astro-slot>child</astro-slot>`), 'x/index.html')).toThrow(
			'x/index.html: an island has children (slots); the SCORM package does not pass them.',
		);
	});
});

describe('withClassicIslands', () => {
	test('takes out Astro’s module loader and the module addresses, and loads the classic script from the head', () => {
		const html = withClassicIslands(page(island('LessonDoneIsland', 'LessonDone')), '../_astro/islands.abc.js', 'lessons/index.html');
		expect(html).toContain('<script defer src="../_astro/islands.abc.js"></script></head>');
		expect(html).not.toMatch(/self\.Astro|customElements|component-url|renderer-url/);
		expect(html).toContain('props="{&quot;home&quot;:[0,&quot;../index.html&quot;]}" ssr client="load"');
	});

	test('stops the build when Astro’s loader is not where it was', () => {
		expect(() => withClassicIslands(`<html><head></head><body>${island('A', 'A')}</body></html>`, 'x.js', 'a/index.html')).toThrow(
			"a/index.html: Astro's island loader was not found where expected; update src/engine/scorm/islands.ts for this Astro version.",
		);
	});
});

describe('plain-script widgets', () => {
	const statuses = '<p data-widget="where-lesson-status" data-props="{}"></p><p data-widget="where-lesson-status"></p><div data-widget="offline-notice"></div>';
	const moduleScript = '<script type="module" src="../_astro/ItemStatus.astro_astro_type_script_index_0_lang.Ab1.js"></script>';

	test('each kind of widget names its module once', () => {
		expect(plainWidgetsOf(statuses, 'lessons/index.html')).toEqual(['offline-notice.ts', 'where/mount.ts']);
	});

	test('a widget the package has no module for stops the build, naming the page and where to list it', () => {
		expect(() => plainWidgetsOf('<p data-widget="clock"></p>', 'a/index.html')).toThrow(
			'a/index.html: the widget "clock" has no script listed for the SCORM package; add it to plainWidgets in src/engine/scorm/islands.ts.',
		);
	});

	test('a page with only plain-script widgets loses their module scripts and loads the classic script', () => {
		const html = withClassicIslands(`<html><head></head><body>${statuses}${moduleScript}</body></html>`, '../_astro/islands.abc.js', 'lessons/index.html');
		expect(html).toBe(`<html><head><script defer src="../_astro/islands.abc.js"></script></head><body>${statuses}</body></html>`);
	});

	test('any other module script stops the build, with or without widgets beside it', () => {
		const other = '<script type="module" src="../_astro/Clock.astro_astro_type_script_index_0_lang.Zz9.js"></script>';
		const message = 'a/index.html: a module script is left on the page; it would not run from disk.';
		expect(() => withClassicIslands(`<html><head></head><body>${statuses}${moduleScript}${other}</body></html>`, 'x.js', 'a/index.html')).toThrow(message);
		expect(() => assertNoModuleScripts(`<html><head></head><body>${other}</body></html>`, 'a/index.html')).toThrow(message);
	});
});

describe('links in the package name their file', () => {
	test.each([
		['/p/progress/', '/p/progress/index.html'],
		['/p/', '/p/index.html'],
		['/p/lessons/a/#step', '/p/lessons/a/index.html#step'],
		['/p/search/?q=x', '/p/search/index.html?q=x'],
		['/p/favicon.svg', '/p/favicon.svg'],
		['/p/lessons/a/index.html#x', '/p/lessons/a/index.html#x'],
	])('namingFile(%j) is %j', (link, expected) => {
		expect(namingFile(link)).toBe(expected);
	});

	test('the package’s footer has no search link (it has no search index) and no studio (its worker cannot start from disk)', () => {
		expect(footerLinksFor(true).map((item) => item.path)).not.toContain('search/');
		expect(footerLinksFor(true).map((item) => item.path)).not.toContain('studio/');
		expect(footerLinksFor(false).map((item) => item.path)).toEqual(expect.arrayContaining(['search/', 'studio/']));
	});
});

test('an LMS learner’s progress has its own storage key, apart from the browser’s own and from every other learner', () => {
	expect(learnerProgressKey('make-good:progress', undefined)).toBe('make-good:progress');
	const keys = ['a', 'b', '', 'a:progress', 'make-good:progress'].map((learner) => learnerProgressKey('make-good:progress', learner));
	expect(new Set(keys).size).toBe(5);
	expect(keys).not.toContain('make-good:progress');
});
