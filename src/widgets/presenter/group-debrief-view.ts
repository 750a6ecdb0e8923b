/** The group debrief's component, loaded apart from the presenter: most of the page's time is spent before the ending. */
export type GroupDebriefView = typeof import('./GroupDebrief.tsx').default;

let loading: Promise<GroupDebriefView> | undefined;
let loaded: GroupDebriefView | undefined;

/**
 * Fetches the debrief's code once. The presenter starts this when a session starts, so the
 * debrief is there at the ending even if the room's network has dropped by then; a failed
 * fetch is forgotten, so "Try again" fetches anew.
 */
export function loadGroupDebrief(): Promise<GroupDebriefView> {
	loading ??= import('./GroupDebrief.tsx').then(
		(module) => (loaded = module.default),
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}

/** The component once fetched, so a panel can draw it at once instead of a placeholder. */
export const groupDebriefIfLoaded = (): GroupDebriefView | undefined => loaded;
