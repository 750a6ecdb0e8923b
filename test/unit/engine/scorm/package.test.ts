import { describe, expect, test } from 'vitest';
import { relativizeLinks, scormManifest, xmlEscape } from '../../../../src/engine/scorm/package.ts';

describe('scormManifest', () => {
	const manifest = scormManifest({
		identifier: 'make-good',
		title: 'Make Good & friends',
		version: '1.0',
		launch: 'scorm-launch.html',
		files: ['index.html', 'imsmanifest.xml', '_astro/a.js', 'lessons/x/index.html'],
	});

	test('declares SCORM 1.2 with one SCO launched from the launch page', () => {
		expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
		expect(manifest).toContain('adlcp:scormtype="sco" href="scorm-launch.html"');
		expect(manifest).toContain('<title>Make Good &amp; friends</title>');
	});

	test('lists every file but itself, sorted', () => {
		const files = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
		expect(files).toEqual(['_astro/a.js', 'index.html', 'lessons/x/index.html']);
	});

	test('escapes XML', () => {
		expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	});
});

describe('relativizeLinks', () => {
	test('turns base-absolute links into links relative to the file, naming index.html for folders', () => {
		const html = `<a href="/__scorm__/">Home</a><a href="/__scorm__/lessons/x/#step">L</a><link href="/__scorm__/_astro/a.css"><img src='/__scorm__/favicon.svg'>`;
		expect(relativizeLinks(html, '/__scorm__/', 2)).toBe(
			`<a href="../../index.html">Home</a><a href="../../lessons/x/index.html#step">L</a><link href="../../_astro/a.css"><img src='../../favicon.svg'>`,
		);
	});

	test('at the top level, links start with ./', () => {
		expect(relativizeLinks('<a href="/__scorm__/lessons/">x</a>', '/__scorm__/', 0)).toBe('<a href="./lessons/index.html">x</a>');
	});

	test('leaves external links and other paths alone', () => {
		const html = '<a href="https://example.com/__scorm__/x">x</a><a href="/other/">y</a>';
		expect(relativizeLinks(html, '/__scorm__/', 1)).toBe(html);
	});
});

test('relativizeLinks rewrites links inside island props, which are HTML-escaped JSON', () => {
	const html = '<astro-island props="{&quot;home&quot;:[0,&quot;/__scorm__/&quot;],&quot;href&quot;:[0,&quot;/__scorm__/lessons/a/#s&quot;]}">';
	expect(relativizeLinks(html, '/__scorm__/', 1)).toBe(
		'<astro-island props="{&quot;home&quot;:[0,&quot;../index.html&quot;],&quot;href&quot;:[0,&quot;../lessons/a/index.html#s&quot;]}">',
	);
});
