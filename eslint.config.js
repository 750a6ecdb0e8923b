// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/**
 * The rooms of the architecture, enforced (see docs/contributing.md):
 *   content → schemas → engine → stores → widgets → components/pages.
 * A room may import from the rooms before it, never after it. The engine and the schemas
 * are pure TypeScript: no browser, no Astro runtime, no UI library, no store.
 */
const noBrowser = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map((name) => ({
	name,
	message: 'src/engine and src/schemas are pure: pass what you need in, or move this to src/stores or src/widgets.',
}));

const uiAndRuntime = [
	{ group: ['astro:*'], message: 'Astro runtime modules belong in .astro files and src/utils.' },
	{ group: ['preact', 'preact/*', '@preact/*'], message: 'Preact belongs in src/widgets.' },
	{ group: ['nanostores', '@nanostores/*'], message: 'Stores belong in src/stores.' },
];

const rooms = {
	engine: ['**/stores/**', '**/widgets/**', '**/components/**', '**/pages/**', '**/layouts/**', '**/loaders/**', '**/utils/**'],
	stores: ['**/widgets/**', '**/components/**', '**/pages/**', '**/layouts/**'],
	widgets: ['**/components/**', '**/pages/**', '**/layouts/**', '**/loaders/**'],
};

export default defineConfig(
	{
		ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.astro/**', 'bench/.large-site/**', 'test-results/**', 'playwright-report/**', 'coverage/**'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
			'no-empty-pattern': 'off',
		},
	},
	{
		files: ['src/engine/**/*.ts', 'src/schemas/**/*.ts'],
		rules: {
			'no-restricted-globals': ['error', ...noBrowser],
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...uiAndRuntime,
						{ group: rooms.engine, message: 'The engine and schemas import no later room (stores, widgets, pages, loaders, utils).' },
					],
				},
			],
		},
	},
	{
		files: ['src/stores/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [uiAndRuntime[0], uiAndRuntime[1], { group: rooms.stores, message: 'Stores import no widget, component or page.' }] },
			],
		},
	},
	{
		files: ['src/widgets/**/*.{ts,tsx}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [uiAndRuntime[0], { group: rooms.widgets, message: 'Widgets import no component, page, layout or loader.' }] },
			],
		},
	},
);
