import { describe, expect, test } from 'vitest';
import { joinBase } from '../../../src/utils/url.ts';
import { isCurrentSection, navigation } from '../../../src/utils/site.ts';
import { stepLinks } from '../../../src/utils/step-links.ts';

describe('joinBase: links work at the root and under a sub-path', () => {
	test.each([
		['/', '', '/'],
		['/', 'lessons/', '/lessons/'],
		['/training/', 'lessons/', '/training/lessons/'],
		['/training', 'lessons/', '/training/lessons/'],
		['/training/', '/procedures/x/', '/training/procedures/x/'],
		['/a/b/', 'favicon.svg', '/a/b/favicon.svg'],
	])('joinBase(%j, %j) is %j', (base, path, expected) => {
		expect(joinBase(base, path)).toBe(expected);
	});
});

describe('isCurrentSection', () => {
	test('a section is current on its own page and the pages under it, not elsewhere', () => {
		expect(isCurrentSection('lessons/', 'lessons/')).toBe(true);
		expect(isCurrentSection('lessons/handling-a-complaint/', 'lessons/')).toBe(true);
		expect(isCurrentSection('procedures/', 'lessons/')).toBe(false);
		expect(isCurrentSection('', 'lessons/')).toBe(false);
	});

	test('every navigation path ends with a slash, matching the trailing-slash build', () => {
		expect(navigation.every((item) => item.path.endsWith('/') && !item.path.startsWith('/'))).toBe(true);
	});
});

describe('stepLinks: where the debrief sends a learner for a missed step', () => {
	const procedure = {
		id: 'stopping-service',
		checks: [{ id: 'last-resort', title: 'Last resort' }],
		steps: [{ id: 'handle-reactions', title: 'Handle reactions' }],
	} as never;
	const toUrl = (path: string) => `/training/${path}`;

	test('steps go to the lesson that teaches the procedure; checks to the card', () => {
		const links = stepLinks(procedure, { id: 'stopping', title: 'Stopping service' }, toUrl);
		expect(links['handle-reactions']).toEqual({
			href: '/training/lessons/stopping/#stopping-service-steps-handle-reactions',
			label: 'Revisit “Handle reactions” in the lesson “Stopping service”',
		});
		expect(links['last-resort']?.href).toBe('/training/procedures/stopping-service/#stopping-service-checks-last-resort');
	});

	test('without a lesson, every step goes to the procedure card', () => {
		const links = stepLinks(procedure, undefined, toUrl);
		expect(links['handle-reactions']?.href).toBe('/training/procedures/stopping-service/#stopping-service-steps-handle-reactions');
		expect(links['handle-reactions']?.label).toBe('Revisit “Handle reactions” on the procedure card');
	});
});
