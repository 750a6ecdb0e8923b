import { emptyProgress, type Attempt, type Progress } from '../../../../src/engine/progress/model.ts';
import type { Catalogue } from '../../../../src/engine/progress/catalogue.ts';

/** Progress records and a small course for the progress tests. Dates are fixed so tests never depend on the clock. */

export const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 0, n, hour)).toISOString();

let counter = 0;
export function attempt(overrides: Partial<Attempt> = {}): Attempt {
	counter += 1;
	return {
		id: `a${counter}-test`,
		scenarioId: 'broadband-outage',
		procedureId: 'issue-resolution',
		date: day(1),
		mode: 'practice',
		path: [{ nodeId: 'opening', choiceId: 'listen' }],
		score: 60,
		band: 'partly-recovered',
		endingId: 'stays',
		steps: { 'listen-and-empathise': 'performed', reiterate: 'skipped' },
		...overrides,
	};
}

export function progress(overrides: Partial<Progress> = {}): Progress {
	return { ...emptyProgress(), ...overrides };
}

/** A record with something in every part. */
export function fullProgress(): Progress {
	return progress({
		resetAt: day(1, 8),
		lessons: { 'handling-a-complaint': { readAt: day(1) } },
		drills: { 'open-or-closed': { firstDoneAt: day(1), lastDoneAt: day(2), last: { correct: 4, total: 6 }, best: { correct: 5, total: 6 } } },
		quizzes: {
			'handling-a-complaint': { firstDoneAt: day(1), lastDoneAt: day(2), last: { correct: 5, total: 5 }, best: { correct: 5, total: 5 }, passedAt: day(2) },
		},
		attempts: [attempt({ id: 'full-1', date: day(2) }), attempt({ id: 'full-2', date: day(3), score: 85, band: 'recovered' })],
		inProgress: { 'restaurant-booking': { mode: 'assessment', path: [{ nodeId: 'opening', choiceId: 'ask' }], updatedAt: day(3) } },
	});
}

export const catalogue: Catalogue = {
	lessons: [
		{ id: 'basics', title: 'Basics', href: '/lessons/basics/', assessedBy: [], quizQuestions: 0 },
		{ id: 'handling-a-complaint', title: 'Handling a complaint', href: '/lessons/handling-a-complaint/', assessedBy: ['broadband-outage'], quizQuestions: 5 },
	],
	scenarios: [
		{ id: 'broadband-outage', title: 'The engineer who came at four', href: '/scenarios/broadband-outage/', procedureId: 'issue-resolution' },
		{ id: 'restaurant-booking', title: 'The booking', href: '/scenarios/restaurant-booking/', procedureId: 'service-cannot-be-provided' },
	],
	procedures: [
		{
			id: 'issue-resolution',
			title: 'Resolving a complaint',
			steps: [
				{
					id: 'listen-and-empathise',
					title: 'Listen and empathise',
					href: '/lessons/handling-a-complaint/#l',
					linkLabel: 'Revisit listening',
					scenarioIds: ['broadband-outage'],
				},
				{ id: 'reiterate', title: 'Reiterate', href: '/lessons/handling-a-complaint/#r', linkLabel: 'Revisit “Reiterate”', scenarioIds: ['broadband-outage'] },
				{
					id: 'win-win-outcome',
					title: 'Win/win outcome',
					href: '/lessons/handling-a-complaint/#w',
					linkLabel: 'Revisit the outcome',
					scenarioIds: ['broadband-outage'],
				},
			],
		},
		{
			id: 'stopping-service',
			title: 'Stopping service',
			steps: [{ id: 'last-resort', title: 'Last resort', href: '/procedures/stopping-service/#x', linkLabel: 'Revisit', scenarioIds: [] }],
		},
	],
	drills: [{ id: 'open-or-closed', title: 'Open or closed question?', href: '/drills/open-or-closed/' }],
};

/** A version 1 record: one role-play in progress at most, no drills, no reset marker. */
export const versionOne = {
	version: 1,
	lessons: { 'handling-a-complaint': { readAt: day(1) } },
	attempts: [attempt({ id: 'old-1' })],
	inProgress: { scenarioId: 'broadband-outage', mode: 'assessment', path: [{ nodeId: 'opening', choiceId: 'listen' }], updatedAt: day(2) },
};
