import { describe, expect, test } from 'vitest';
import { courseMap, formatMinutes, type CourseLessonInput } from '../../../src/engine/course.ts';

const lesson = (id: string, order: number, minutes: number, more: Partial<CourseLessonInput> = {}): CourseLessonInput => ({
	id,
	title: `Lesson ${id}`,
	order,
	minutes,
	relatedScenarios: [],
	assessedBy: [],
	drills: [],
	...more,
});
const rolePlays = [
	{ id: 'outage', title: 'Outage', minutes: 20 },
	{ id: 'booking', title: 'Booking', minutes: 25 },
	{ id: 'unused', title: 'Unused', minutes: 90 },
];

describe('courseMap', () => {
	test('puts lessons in course order, whatever order they come in', () => {
		const map = courseMap([lesson('c', 3, 5), lesson('a', 1, 5), lesson('b', 2, 5)], rolePlays);
		expect(map.stops.map((stop) => stop.lesson.id)).toEqual(['a', 'b', 'c']);
	});

	test('adds lesson reading time and role-play time for the total', () => {
		const map = courseMap(
			[lesson('a', 1, 6), lesson('b', 2, 9, { relatedScenarios: ['outage'] }), lesson('c', 3, 8, { relatedScenarios: ['booking'] })],
			rolePlays,
		);
		expect(map).toMatchObject({ lessonMinutes: 23, rolePlayMinutes: 45, totalMinutes: 68, rolePlayCount: 2 });
	});

	test('counts a role-play once even when two lessons list it, and ignores role-plays no lesson lists', () => {
		const map = courseMap([lesson('a', 1, 5, { relatedScenarios: ['outage'] }), lesson('b', 2, 5, { relatedScenarios: ['outage'] })], rolePlays);
		expect(map).toMatchObject({ rolePlayMinutes: 20, rolePlayCount: 1, totalMinutes: 30 });
	});

	test('marks the role-plays a lesson is assessed by as required, and counts them once', () => {
		const map = courseMap(
			[
				lesson('a', 1, 5, { relatedScenarios: ['outage', 'booking'], assessedBy: ['outage'] }),
				lesson('b', 2, 5, { relatedScenarios: ['outage'], assessedBy: ['outage'] }),
			],
			rolePlays,
		);
		expect(map.stops[0]!.rolePlays.map((r) => [r.id, r.required])).toEqual([
			['outage', true],
			['booking', false],
		]);
		expect(map.requiredRolePlayCount).toBe(1);
	});

	test('lists each lesson’s drills and counts distinct drills', () => {
		const map = courseMap(
			[lesson('a', 1, 5, { drills: ['classify-failure'] }), lesson('b', 2, 5, { drills: ['classify-failure', 'open-or-closed'] })],
			rolePlays,
		);
		expect(map.stops.map((stop) => stop.drills)).toEqual([['classify-failure'], ['classify-failure', 'open-or-closed']]);
		expect(map.drillCount).toBe(2);
	});

	test('a course with no role-plays or drills yet has only reading time', () => {
		expect(courseMap([lesson('a', 1, 7)], [])).toMatchObject({
			totalMinutes: 7,
			rolePlayMinutes: 0,
			rolePlayCount: 0,
			requiredRolePlayCount: 0,
			drillCount: 0,
		});
	});

	test('a role-play id with no role-play throws (the build checks references before this runs)', () => {
		expect(() => courseMap([lesson('a', 1, 5, { relatedScenarios: ['ghost'] })], rolePlays)).toThrow(
			'Lesson "a" lists role-play "ghost", which does not exist.',
		);
	});
});

describe('formatMinutes', () => {
	test.each([
		[1, '1 minute'],
		[45, '45 minutes'],
		[60, '1 hour'],
		[61, '1 hour 1 minute'],
		[78, '1 hour 18 minutes'],
		[120, '2 hours'],
		[150, '2 hours 30 minutes'],
	])('%i → %s', (minutes, words) => {
		expect(formatMinutes(minutes)).toBe(words);
	});
});
