import { atom } from 'nanostores';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import { decodeSuspendData, lmsReport } from '../engine/scorm/report.ts';
import { $progress, importProgress } from './progress.ts';

/**
 * The bridge to a SCORM 1.2 LMS, used only by the package's launch page (/lms/). It finds
 * the LMS's `API` object, restores progress from suspend_data, and reports every change to
 * progress (made in the course, in the frame below) as lesson status, score and suspend data.
 */
interface Scorm12Api {
	LMSInitialize(arg: ''): string | boolean;
	LMSFinish(arg: ''): string | boolean;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string | boolean;
	LMSCommit(arg: ''): string | boolean;
}

export type LmsState = { kind: 'looking' } | { kind: 'none' } | { kind: 'connected'; status: string; score: number | undefined };

export const $lms = atom<LmsState>({ kind: 'looking' });

/** SCORM 1.2's discovery: the API object on this window, a parent, or the opener's chain. */
export function findApi(start: Window): Scorm12Api | undefined {
	const search = (from: Window | null): Scorm12Api | undefined => {
		for (let win = from, hops = 0; win && hops < 10; hops++) {
			try {
				const api = (win as unknown as { API?: Scorm12Api }).API;
				if (api) return api;
			} catch {
				return undefined; // a frame from another origin: stop climbing
			}
			if (win.parent === win) break;
			win = win.parent;
		}
		return undefined;
	};
	return search(start) ?? search(start.opener as Window | null);
}

export function connectLms(catalogue: Catalogue, win: Window = window): () => void {
	const api = findApi(win);
	if (!api) {
		$lms.set({ kind: 'none' });
		return () => {};
	}
	api.LMSInitialize('');
	const saved = api.LMSGetValue('cmi.suspend_data');
	if (saved) {
		const read = decodeSuspendData(saved);
		// Progress saved in the LMS is added to this browser's; an unreadable value is ignored, never trusted.
		if (read.ok) importProgress(read.progress, 'add');
	}
	const unsubscribe = $progress.subscribe((progress) => {
		const report = lmsReport(catalogue, progress);
		api.LMSSetValue('cmi.core.lesson_status', report.lessonStatus);
		if (report.scoreRaw !== undefined) {
			api.LMSSetValue('cmi.core.score.min', '0');
			api.LMSSetValue('cmi.core.score.max', '100');
			api.LMSSetValue('cmi.core.score.raw', String(report.scoreRaw));
		}
		api.LMSSetValue('cmi.suspend_data', report.suspendData);
		api.LMSCommit('');
		$lms.set({ kind: 'connected', status: report.lessonStatus, score: report.scoreRaw });
	});
	const finish = () => {
		unsubscribe();
		api.LMSFinish('');
	};
	win.addEventListener('pagehide', finish, { once: true });
	return finish;
}
