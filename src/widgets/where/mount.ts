import type { Progress } from '../../engine/progress/model.ts';
import { $progress } from '../../stores/progress.ts';
import { drawHero, drawLessonMeter, drawLessonStatus, drawRolePlayStatus } from './render.ts';

/**
 * Finds the page's "where am I" elements (src/components/where/), draws each from the learner's
 * progress once this browser's copy is read, and again whenever it changes (another tab, an
 * import). Each element says what it is in `data-widget` and carries what it needs in
 * `data-props` (JSON, written at build time). Drawn elements lose `aria-busy` and gain
 * `data-ready`.
 */
const draw: Record<string, (root: HTMLElement, props: never, progress: Progress) => void> = {
	'where-hero': drawHero,
	'where-lesson-meter': drawLessonMeter,
	'where-lesson-status': drawLessonStatus,
	'where-role-play-status': drawRolePlayStatus,
};

const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget^="where-"]')].map((root) => ({
	root,
	draw: draw[root.dataset.widget!]!,
	props: JSON.parse(root.dataset.props ?? '{}') as never,
}));

/**
 * Draws into a detached copy and changes the page only where the drawing differs, so a change
 * elsewhere in progress (another tab) leaves a focused link alone; if the focused element is
 * redrawn, focus goes to the new link or button in its place.
 */
function redraw(root: HTMLElement, draw: (typeof widgets)[number]['draw'], props: never, progress: Progress): void {
	const next = root.cloneNode(false) as HTMLElement;
	draw(next, props, progress);
	if (next.isEqualNode(root)) return;
	const hadFocus = root.contains(document.activeElement);
	root.replaceChildren(...next.childNodes);
	if (hadFocus) root.querySelector<HTMLElement>('a, button')?.focus();
}

if (widgets.length > 0) {
	$progress.subscribe((progress) => {
		for (const { root, draw, props } of widgets) {
			try {
				redraw(root, draw, props, progress);
			} catch (error) {
				// One element that cannot be drawn keeps its built text; the others are still drawn.
				console.error(`Could not draw ${root.dataset.widget}:`, error);
				continue;
			}
			root.removeAttribute('aria-busy');
			root.dataset.ready = '';
		}
	});
}
