import { describe, expect, test } from 'vitest';
import { completion, PASS_BAND, passes, requirements } from '../../../src/engine/progress/certificate.ts';
import { attempt, catalogue, day, progress } from './fixtures.ts';

describe('the pass band', () => {
	test('is "partly-recovered": it and "recovered" pass, "lost" does not', () => {
		expect(PASS_BAND).toBe('partly-recovered');
		expect([passes('recovered'), passes('partly-recovered'), passes('lost')]).toEqual([true, true, false]);
	});
});

describe('what the certificate requires', () => {
	test('every lesson, and after each lesson the role-plays it is assessed by', () => {
		expect(requirements(catalogue, progress()).map((r) => `${r.kind}:${r.id}`)).toEqual(['lesson:basics', 'lesson:handling-a-complaint', 'role-play:broadband-outage']);
	});

	test('nothing done: not complete, everything remains', () => {
		const status = completion(requirements(catalogue, progress()));
		expect(status.complete).toBe(false);
		expect(status.remaining).toHaveLength(3);
	});

	test('a role-play played but lost does not count; its best score is shown', () => {
		const items = requirements(catalogue, progress({ attempts: [attempt({ score: 30, band: 'lost' })] }));
		const rolePlay = items.find((r) => r.kind === 'role-play')!;
		expect(rolePlay.doneAt).toBeUndefined();
		expect(rolePlay.kind === 'role-play' && rolePlay.best?.score).toBe(30);
	});

	test('complete when all is done; dated when the last requirement was met; a later lost attempt does not undo a pass', () => {
		const p = progress({
			lessons: { basics: { readAt: day(1) }, 'handling-a-complaint': { readAt: day(3) } },
			attempts: [attempt({ score: 55, band: 'partly-recovered', date: day(5) }), attempt({ score: 85, band: 'recovered', date: day(6) }), attempt({ score: 10, band: 'lost', date: day(7) })],
		});
		const items = requirements(catalogue, p);
		const status = completion(items);
		expect(status).toMatchObject({ complete: true, remaining: [], completedAt: day(5) });
		const rolePlay = items.find((r) => r.kind === 'role-play')!;
		expect(rolePlay.kind === 'role-play' && rolePlay.passing?.score).toBe(85);
	});

	test('a course with nothing required is never "complete"', () => {
		expect(completion([]).complete).toBe(false);
	});
});
