import { plural } from './words.ts';

/**
 * The course map: lessons in order with their drills and role-plays, and the time it all
 * takes. Pure: the page passes in the lesson frontmatter and the role-plays.
 */

export interface CourseLessonInput {
	id: string;
	title: string;
	order: number;
	minutes: number;
	relatedScenarios: readonly string[];
	assessedBy: readonly string[];
	drills: readonly string[];
}

export interface CourseRolePlayInput {
	id: string;
	title: string;
	minutes: number;
}

export interface CourseRolePlay extends CourseRolePlayInput {
	/** Listed in the lesson's assessedBy: the certificate needs it passed. */
	required: boolean;
}

export interface CourseStop {
	lesson: CourseLessonInput;
	rolePlays: CourseRolePlay[];
	drills: string[];
}

export interface CourseMap {
	stops: CourseStop[];
	lessonMinutes: number;
	/** Each role-play counted once, even when two lessons list it. */
	rolePlayMinutes: number;
	totalMinutes: number;
	rolePlayCount: number;
	requiredRolePlayCount: number;
	drillCount: number;
}

/** Works out the course map. A role-play id with no role-play is a broken reference, checked before this runs: it throws. */
export function courseMap(lessons: readonly CourseLessonInput[], rolePlays: readonly CourseRolePlayInput[]): CourseMap {
	const byId = new Map(rolePlays.map((rolePlay) => [rolePlay.id, rolePlay]));
	const stops = [...lessons]
		.sort((a, b) => a.order - b.order)
		.map((lesson) => ({
			lesson,
			rolePlays: lesson.relatedScenarios.map((id) => {
				const rolePlay = byId.get(id);
				if (!rolePlay) throw new Error(`Lesson "${lesson.id}" lists role-play "${id}", which does not exist.`);
				return { ...rolePlay, required: lesson.assessedBy.includes(id) };
			}),
			drills: [...lesson.drills],
		}));
	const distinct = new Map(stops.flatMap((stop) => stop.rolePlays.map((rolePlay) => [rolePlay.id, rolePlay] as const)));
	const required = new Set(stops.flatMap((stop) => stop.rolePlays.filter((rolePlay) => rolePlay.required).map((rolePlay) => rolePlay.id)));
	const lessonMinutes = sum(stops.map((stop) => stop.lesson.minutes));
	const rolePlayMinutes = sum([...distinct.values()].map((rolePlay) => rolePlay.minutes));
	return {
		stops,
		lessonMinutes,
		rolePlayMinutes,
		totalMinutes: lessonMinutes + rolePlayMinutes,
		rolePlayCount: distinct.size,
		requiredRolePlayCount: required.size,
		drillCount: new Set(stops.flatMap((stop) => stop.drills)).size,
	};
}

function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** "45 minutes", "1 hour", "1 hour 5 minutes", "2 hours 30 minutes". */
export function formatMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return plural(rest, 'minute');
	return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}
