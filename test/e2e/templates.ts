/**
 * One page of each kind the site builds: what the browser tests visit for the checks that
 * only a browser can make (axe on the rendered page in light and dark, islands hydrating, no
 * console errors). Checks that read files (HTML validity, links, sizes) cover every page in
 * test/dist.
 */
export const templates: [kind: string, path: string][] = [
	['home', ''],
	['lesson list', 'lessons/'],
	['lesson', 'lessons/handling-a-complaint/'],
	['course map', 'course/'],
	['procedure list', 'procedures/'],
	['procedure card', 'procedures/stopping-service/'],
	['role-play list', 'scenarios/'],
	['role-play', 'scenarios/late-parcel/'],
	['drill list', 'drills/'],
	['order drill', 'drills/order-steps-issue-resolution/'],
	['choice drill', 'drills/open-or-closed/'],
	['glossary', 'glossary/'],
	['progress', 'progress/'],
	['certificate', 'certificate/'],
	['workshop list', 'workshop/'],
	['workshop presenter', 'workshop/broadband-outage/'],
	['workshop audience', 'workshop/broadband-outage/audience/'],
	['workshop cards', 'workshop/broadband-outage/cards/'],
	['workshop answer key', 'workshop/broadband-outage/answer-key/'],
	['search', 'search/?q=sweetener'],
	['LMS launch page', 'lms/'],
];
