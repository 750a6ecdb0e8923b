import { describe, expect, test } from 'vitest';
import { certificateNeeds, completion, PASS_BAND, passes, requirements } from '../../../../src/engine/progress/certificate.ts';
import { attempt, catalogue, day, progress } from './fixtures.ts';

describe('the pass band', () => {
	test('is "partly-recovered": it and "recovered" pass, "lost" does not', () => {
		expect(PASS_BAND).toBe('partly-recovered');
		expect([passes('recovered'), passes('partly-recovered'), passes('lost')]).toEqual([true, true, false]);
	});
});

const quiz = (correct: number, passedAt: string | null, date = day(2)) => ({
	firstDoneAt: date,
	lastDoneAt: date,
	last: { correct, total: 5 },
	best: { correct, total: 5 },
	passedAt,
});

describe('which role-plays the certificate needs', () => {
	test('those a lesson names in assessedBy, and no other', () => {
		expect(certificateNeeds(catalogue.lessons, 'broadband-outage')).toBe(true);
		expect(certificateNeeds(catalogue.lessons, 'late-parcel')).toBe(false);
	});
});

describe('what the certificate requires', () => {
	test('each lesson (its knowledge check when it has one), and after each lesson the role-plays it is assessed by', () => {
		expect(requirements(catalogue, progress()).map((r) => `${r.kind}:${r.id}`)).toEqual([
			'lesson:basics',
			'knowledge-check:handling-a-complaint',
			'role-play:broadband-outage',
		]);
	});

	test('nothing done: not complete, everything remains', () => {
		const status = completion(requirements(catalogue, progress()));
		expect(status.complete).toBe(false);
		expect(status.remaining).toHaveLength(3);
	});

	test('lessons marked done and practice-mode passes give no certificate (they did before)', () => {
		const p = progress({
			lessons: { basics: { readAt: day(1) }, 'handling-a-complaint': { readAt: day(1) } },
			attempts: [attempt({ mode: 'practice', score: 60, band: 'partly-recovered', date: day(2) })],
		});
		const items = requirements(catalogue, p);
		expect(completion(items).complete).toBe(false);
		expect(completion(items).remaining.map((r) => r.kind)).toEqual(['knowledge-check', 'role-play']);
		const rolePlay = items.find((r) => r.kind === 'role-play')!;
		expect(rolePlay.kind === 'role-play' && rolePlay.practicePass?.score).toBe(60);
	});

	test('a knowledge check taken but not passed does not count; its record is there to show', () => {
		const items = requirements(catalogue, progress({ quizzes: { 'handling-a-complaint': quiz(3, null) } }));
		const check = items.find((r) => r.kind === 'knowledge-check')!;
		expect(check.doneAt).toBeUndefined();
		expect(check.kind === 'knowledge-check' && check.record?.best).toEqual({ correct: 3, total: 5 });
	});

	test('a role-play played but lost does not count; its best assessment score is shown', () => {
		const items = requirements(catalogue, progress({ attempts: [attempt({ mode: 'assessment', score: 30, band: 'lost' })] }));
		const rolePlay = items.find((r) => r.kind === 'role-play')!;
		expect(rolePlay.doneAt).toBeUndefined();
		expect(rolePlay.kind === 'role-play' && rolePlay.best?.score).toBe(30);
	});

	test('knowledge checks and assessment passes complete it; dated when the last was met; a later lost attempt does not undo a pass', () => {
		const p = progress({
			lessons: { basics: { readAt: day(1) } },
			quizzes: { 'handling-a-complaint': quiz(4, day(3)) },
			attempts: [
				attempt({ mode: 'assessment', score: 55, band: 'partly-recovered', date: day(5) }),
				attempt({ mode: 'assessment', score: 85, band: 'recovered', date: day(6) }),
				attempt({ mode: 'practice', score: 100, band: 'recovered', date: day(6) }),
				attempt({ mode: 'assessment', score: 10, band: 'lost', date: day(7) }),
			],
		});
		const items = requirements(catalogue, p);
		const status = completion(items);
		expect(status).toMatchObject({ complete: true, remaining: [], completedAt: day(5) });
		const rolePlay = items.find((r) => r.kind === 'role-play')!;
		expect(rolePlay.kind === 'role-play' && [rolePlay.passing?.score, rolePlay.passing?.mode]).toEqual([85, 'assessment']);
	});

	test('a course with nothing required is never "complete"', () => {
		expect(completion([]).complete).toBe(false);
	});
});
