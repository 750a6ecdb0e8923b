import { describe, expect, test } from 'vitest';
import { attemptFrom, markLessonRead, recordAttempt, recordDrill, saveInProgress, recordQuiz } from '../../../../src/engine/progress/record.ts';
import { resumeOffer } from '../../../../src/engine/progress/resume.ts';
import { newAttemptId } from '../../../../src/engine/progress/model.ts';
import { validateProgress } from '../../../../src/engine/progress/validate.ts';
import { score } from '../../../../src/engine/scoring.ts';
import { scenario, procedure } from '../../stores/tiny-scenario.ts';
import { attempt, day, progress } from './fixtures.ts';

describe('lessons', () => {
	test('marking a lesson done records the date once; marking again changes nothing', () => {
		const once = markLessonRead(progress(), 'basics', day(1));
		expect(once.lessons).toEqual({ basics: { readAt: day(1) } });
		expect(markLessonRead(once, 'basics', day(2))).toBe(once);
	});
});

describe('drills', () => {
	test('the first run is first, last and best; later runs move last, and best only when better', () => {
		let p = recordDrill(progress(), 'open-or-closed', 4, 6, day(1));
		expect(p.drills['open-or-closed']).toEqual({ firstDoneAt: day(1), lastDoneAt: day(1), last: { correct: 4, total: 6 }, best: { correct: 4, total: 6 } });
		p = recordDrill(p, 'open-or-closed', 2, 6, day(2));
		expect(p.drills['open-or-closed']).toEqual({ firstDoneAt: day(1), lastDoneAt: day(2), last: { correct: 2, total: 6 }, best: { correct: 4, total: 6 } });
		p = recordDrill(p, 'open-or-closed', 6, 6, day(3));
		expect(p.drills['open-or-closed']!.best).toEqual({ correct: 6, total: 6 });
		expect(validateProgress(p).ok).toBe(true);
	});

	test.each([
		[7, 6],
		[-1, 6],
		[1.5, 6],
		[0, 0],
	])('refuses %s correct of %s', (correct, total) => {
		expect(() => recordDrill(progress(), 'd', correct, total, day(1))).toThrow(RangeError);
	});
});

describe('role-plays', () => {
	test('a role-play in progress is saved with its mode and path; an empty path clears it', () => {
		const path = [{ nodeId: 'opening', choiceId: 'listen' }];
		const saved = saveInProgress(progress(), 'tiny', 'assessment', path, day(1));
		expect(saved.inProgress.tiny).toEqual({ mode: 'assessment', path, updatedAt: day(1) });
		expect(saveInProgress(saved, 'tiny', 'assessment', [], day(2)).inProgress.tiny).toEqual({ mode: 'assessment', path: [], updatedAt: day(2) });
		expect(saveInProgress(progress(), 'tiny', 'practice', [], day(1))).toEqual(progress());
	});

	test('an attempt is built from the engine’s score of the path', () => {
		const path = [{ nodeId: 'opening', choiceId: 'listen' }];
		const result = score(procedure, scenario, path);
		const made = attemptFrom({ id: 'x-1', scenarioId: 'tiny', procedureId: procedure.id, mode: 'practice', path, date: day(1), result });
		expect(made).toEqual({
			id: 'x-1',
			scenarioId: 'tiny',
			procedureId: 'issue-resolution',
			date: day(1),
			mode: 'practice',
			path,
			score: result.total,
			band: result.band,
			endingId: 'good',
			steps: Object.fromEntries(result.steps.map((s) => [s.stepId, s.verdict])),
		});
		expect(made.steps['listen-and-empathise']).toBe('performed');
	});

	test('recording an attempt adds it once and clears that role-play’s progress', () => {
		const started = saveInProgress(progress(), 'broadband-outage', 'practice', [{ nodeId: 'a', choiceId: 'b' }], day(1));
		const finished = attempt({ id: 'done-1', date: day(2) });
		const after = recordAttempt(started, finished);
		expect(after.attempts).toEqual([finished]);
		expect(after.inProgress['broadband-outage']!.path).toEqual([]);
		expect(recordAttempt(after, finished)).toBe(after);
	});

	test('attempt ids are distinct and valid ids', () => {
		const ids = new Set(Array.from({ length: 1000 }, () => newAttemptId(Date.now())));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
	});
});

describe('resumeOffer: picking up a role-play left part-way', () => {
	const entry = (path: { nodeId: string; choiceId: string }[]) => ({ mode: 'assessment' as const, path, updatedAt: day(1) });

	test('nothing stored, or an empty path: nothing to offer', () => {
		expect(resumeOffer(scenario, undefined)).toEqual({ kind: 'none' });
		expect(resumeOffer(scenario, entry([]))).toEqual({ kind: 'none' });
	});

	test('a path that fits is replayed to the state it led to', () => {
		const twoStep = {
			...scenario,
			nodes: [
				{ ...scenario.nodes[0]!, choices: scenario.nodes[0]!.choices.map((c) => (c.id === 'listen' ? { ...c, next: 'second' } : c)) },
				{ ...scenario.nodes[0]!, id: 'second' },
			],
		};
		const offer = resumeOffer(twoStep, entry([{ nodeId: 'opening', choiceId: 'listen' }]));
		expect(offer.kind).toBe('resume');
		if (offer.kind !== 'resume') return;
		expect(offer.mode).toBe('assessment');
		expect(offer.state.nodeId).toBe('second');
		expect(offer.state.path).toHaveLength(1);
		expect(offer.state.trust).toBe(60);
	});

	test('a path the edited role-play no longer has is reported as changed, not thrown', () => {
		expect(resumeOffer(scenario, entry([{ nodeId: 'opening', choiceId: 'gone' }]))).toEqual({ kind: 'changed' });
		expect(resumeOffer(scenario, entry([{ nodeId: 'removed-node', choiceId: 'listen' }]))).toEqual({ kind: 'changed' });
	});

	test('a path that now runs into an ending is reported as changed', () => {
		expect(resumeOffer(scenario, entry([{ nodeId: 'opening', choiceId: 'listen' }]))).toEqual({ kind: 'changed' });
	});
});

describe('knowledge checks', () => {
	test('a run is kept as first, last and best; the first pass is dated and never undone', () => {
		const once = recordQuiz(progress(), 'lesson', 3, 5, false, day(1));
		expect(once.quizzes['lesson']).toEqual({
			firstDoneAt: day(1),
			lastDoneAt: day(1),
			last: { correct: 3, total: 5 },
			best: { correct: 3, total: 5 },
			passedAt: null,
		});
		const passed = recordQuiz(once, 'lesson', 5, 5, true, day(2));
		const later = recordQuiz(passed, 'lesson', 2, 5, false, day(3));
		expect(later.quizzes['lesson']).toEqual({
			firstDoneAt: day(1),
			lastDoneAt: day(3),
			last: { correct: 2, total: 5 },
			best: { correct: 5, total: 5 },
			passedAt: day(2),
		});
	});
});
