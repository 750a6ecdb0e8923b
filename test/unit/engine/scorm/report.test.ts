import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeSuspendData, encodeSuspendData, lmsReport, SUSPEND_DATA_LIMIT } from '../../../../src/engine/scorm/report.ts';
import { emptyProgress, type Attempt, type Progress } from '../../../../src/engine/progress/model.ts';
import { catalogue } from '../progress/fixtures.ts';

const attempt = (scenarioId: string, score: number, i = 0, mode: Attempt['mode'] = 'assessment'): Attempt => ({
	id: `a${i}-${scenarioId}`,
	scenarioId,
	procedureId: 'issue-resolution',
	date: new Date(Date.UTC(2026, 0, 1 + (i % 28))).toISOString(),
	mode,
	path: Array.from({ length: 12 }, (_, n) => ({ nodeId: `node-${n}`, choiceId: `choice-${n}` })),
	score,
	band: score >= 80 ? 'recovered' : score >= 50 ? 'partly-recovered' : 'lost',
	endingId: 'end',
	steps: { 'listen-and-empathise': 'performed', reiterate: 'skipped' },
});

describe('lmsReport', () => {
	const assessed = catalogue.lessons.flatMap((l) => l.assessedBy);
	const allLessons = Object.fromEntries(catalogue.lessons.map((l) => [l.id, { readAt: '2026-01-02T00:00:00.000Z' }]));

	test('a course just opened is incomplete, with no score', () => {
		expect(lmsReport(catalogue, emptyProgress())).toMatchObject({ lessonStatus: 'incomplete', scoreRaw: undefined });
	});

	const passedChecks = Object.fromEntries(
		catalogue.lessons
			.filter((l) => l.quizQuestions > 0)
			.map((l) => [
				l.id,
				{
					firstDoneAt: '2026-01-02T00:00:00.000Z',
					lastDoneAt: '2026-01-02T00:00:00.000Z',
					last: { correct: 5, total: 5 },
					best: { correct: 5, total: 5 },
					passedAt: '2026-01-02T00:00:00.000Z',
				},
			]),
	);

	test('every lesson read is completed; the score is the mean of the best assessment score per assessed role-play; practice never counts', () => {
		const progress: Progress = {
			...emptyProgress(),
			lessons: allLessons,
			attempts: [attempt(assessed[0]!, 40, 1), attempt(assessed[0]!, 70, 2), attempt(assessed[0]!, 95, 3, 'practice')],
		};
		expect(lmsReport(catalogue, progress)).toMatchObject({ lessonStatus: 'completed', scoreRaw: 70 });
	});

	test('every requirement met (knowledge checks passed, role-plays passed in assessment mode) is passed', () => {
		const progress: Progress = {
			...emptyProgress(),
			lessons: allLessons,
			quizzes: passedChecks,
			attempts: assessed.map((id, i) => attempt(id, 60 + i * 10, i)),
		};
		const mean = Math.round(assessed.reduce((sum, _id, i) => sum + 60 + i * 10, 0) / assessed.length);
		expect(lmsReport(catalogue, progress)).toMatchObject({ lessonStatus: 'passed', scoreRaw: mean });
	});
});

describe('suspend data', () => {
	test('round-trips a normal record unchanged', () => {
		const progress: Progress = { ...emptyProgress(), lessons: { a: { readAt: '2026-01-02T00:00:00.000Z' } }, attempts: [attempt('s', 90)] };
		const decoded = decodeSuspendData(encodeSuspendData(progress));
		expect(decoded.ok && decoded.progress).toEqual(progress);
	});

	test('always fits SCORM 1.2’s 4,096 characters, stays readable and keeps the lessons and each role-play’s best', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom('s1', 's2', 's3'), fc.integer({ min: 0, max: 100 })), { maxLength: 120 }), (plays) => {
				const progress: Progress = {
					...emptyProgress(),
					lessons: { a: { readAt: '2026-01-02T00:00:00.000Z' } },
					attempts: plays.map(([id, score], i) => attempt(id, score, i)),
				};
				const text = encodeSuspendData(progress);
				expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
				const decoded = decodeSuspendData(text);
				expect(decoded.ok).toBe(true);
				if (!decoded.ok) return;
				expect(decoded.progress.lessons).toEqual(progress.lessons);
				for (const id of new Set(plays.map(([s]) => s))) {
					const best = Math.max(...plays.filter(([s]) => s === id).map(([, score]) => score));
					expect(Math.max(...decoded.progress.attempts.filter((a) => a.scenarioId === id).map((a) => a.score))).toBe(best);
				}
			}),
			{ numRuns: 100 },
		);
	});
});
