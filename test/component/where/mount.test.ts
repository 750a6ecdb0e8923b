import { afterAll, expect, test, vi } from 'vitest';
import { catalogue, day, progress } from '../../unit/engine/progress/fixtures.ts';

/**
 * The page script behind "where am I": it draws every element once progress is read, redraws
 * only what changes (so a focused link stays focused), and one element it cannot draw does not
 * stop the others.
 */
const hero = { catalogue, first: { title: 'Basics', href: '/lessons/basics/' }, certificateHref: '/certificate/' };
const attribute = (value: unknown) => JSON.stringify(value).replace(/'/g, '&#39;');
const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
afterAll(() => {
	errors.mockRestore();
	document.body.innerHTML = '';
});

test('draws each element, keeps focus when nothing changes, moves it to the new link when the link is redrawn, and survives one that fails', async () => {
	document.body.innerHTML = [
		`<span class="hero-action" data-widget="where-hero" data-props='${attribute(hero)}'><a class="button" href="/lessons/basics/">Start with “Basics”</a></span>`,
		`<p class="item-status" aria-busy="true" data-widget="where-lesson-status" data-props='{"lessonId":"basics"}'><span class="status todo">Not started</span></p>`,
		`<p class="lesson-meter" aria-busy="true" data-widget="where-lesson-meter" data-props='{}'></p>`,
	].join('');
	// A fresh store: what storage holds depends on the files this worker ran before (they share
	// @nanostores/persistent and its engine), so the test sets the progress it means.
	vi.resetModules();
	const { $progress } = await import('../../../src/stores/progress.ts');
	await import('../../../src/widgets/where/mount.ts');

	const [heroRoot, status, meter] = [...document.querySelectorAll<HTMLElement>('[data-widget]')] as [HTMLElement, HTMLElement, HTMLElement];
	expect([heroRoot.dataset.ready, status.dataset.ready, status.getAttribute('aria-busy')]).toEqual(['', '', null]);
	expect(errors).toHaveBeenCalledWith('Could not draw where-lesson-meter:', expect.any(TypeError));
	expect([meter.dataset.ready, meter.getAttribute('aria-busy')]).toEqual([undefined, 'true']);

	$progress.set(progress());
	const start = heroRoot.querySelector('a')!;
	expect(start.textContent).toBe('Start with “Basics”');
	start.focus();
	$progress.set(progress());
	expect(heroRoot.querySelector('a')).toBe(start);
	expect(document.activeElement).toBe(start);

	$progress.set(progress({ lessons: { basics: { readAt: day(1) } } }));
	const carryOn = heroRoot.querySelector('a')!;
	expect(carryOn.textContent).toBe('Carry on: Read and check “Handling a complaint”');
	expect(document.activeElement).toBe(carryOn);
	expect(status.textContent).toBe('✓ Read');
});
