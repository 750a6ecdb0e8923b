import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Catalogue } from '../engine/progress/catalogue.ts';
import { importPlan, type Counts } from '../engine/progress/import-plan.ts';
import { readStored } from '../engine/progress/migrate.ts';
import { emptyProgress, type Progress } from '../engine/progress/model.ts';
import { decodeSuspendData, lmsReport } from '../engine/scorm/report.ts';
import { learnerProgressKey, nameLmsLearner } from './learner.ts';

/**
 * The bridge to a SCORM 1.2 LMS, used only by the package's launch page (/lms/). It finds the
 * LMS's `API` object, asks who the learner is, and only then opens the progress store, under that
 * learner's own key (learner.ts): the launch page and every course page in its frame work on the
 * LMS learner's progress, never on what this browser holds for itself or for anyone else.
 *
 * The LMS's suspend_data is the learner's record: it replaces this browser's copy at every launch.
 * Progress this browser holds outside the LMS is only offered, and joins the record only when the
 * learner says it is theirs (addBrowserProgress). Every change is reported as lesson status,
 * score and suspend data.
 */
interface Scorm12Api {
	LMSInitialize(arg: ''): string | boolean;
	LMSFinish(arg: ''): string | boolean;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string | boolean;
	LMSCommit(arg: ''): string | boolean;
}

export type LmsState =
	| { kind: 'looking' }
	| { kind: 'none' }
	/** The LMS refused the session, or the course could not keep this learner's progress apart. */
	| { kind: 'failed' }
	| { kind: 'connected'; learnerName: string; status: string; score: number | undefined };

export const $lms = atom<LmsState>({ kind: 'looking' });

/** What this browser's own progress would add to the LMS learner's record, while the learner has not decided. */
export const $browserProgressOffer = atom<Counts | null>(null);

let acceptOffer: (() => void) | undefined;

/** The learner confirmed that the progress this browser holds outside the LMS is theirs. */
export function addBrowserProgress(): void {
	acceptOffer?.();
}

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

const succeeded = (result: string | boolean) => result === true || result === 'true';

/** Connects to the LMS; resolves to the function that ends the session (also run when the page goes away). */
export async function connectLms(catalogue: Catalogue, win: Window = window): Promise<() => void> {
	const api = findApi(win);
	if (!api) {
		$lms.set({ kind: 'none' });
		return () => {};
	}
	if (!succeeded(api.LMSInitialize(''))) {
		$lms.set({ kind: 'failed' });
		return () => {};
	}
	const learner = api.LMSGetValue('cmi.core.student_id') ?? '';
	nameLmsLearner(learner, win.document);
	// Loaded only now, so the store is created under the learner's key.
	const store = await import('./progress.ts');
	if (store.STORAGE_KEY !== learnerProgressKey(store.PROGRESS_KEY, learner)) {
		$lms.set({ kind: 'failed' });
		api.LMSFinish('');
		return () => {};
	}

	const saved = api.LMSGetValue('cmi.suspend_data') ?? '';
	const read = saved === '' ? undefined : decodeSuspendData(saved);
	// A record this version cannot read is left in the LMS until the learner changes something.
	const unreadable = read !== undefined && !read.ok;
	store.importProgress(read?.ok ? read.progress : emptyProgress(), 'replace');
	const restored = store.$progress.get();

	const own = browserProgress(store.PROGRESS_KEY);
	const plan = own ? importPlan(restored, own) : undefined;
	$browserProgressOffer.set(plan && !plan.nothingNew ? plan.added : null);
	acceptOffer = () => {
		if (own) store.importProgress(own, 'add');
		$browserProgressOffer.set(null);
	};

	const learnerName = api.LMSGetValue('cmi.core.student_name') ?? '';
	const unsubscribe = store.$progress.subscribe((progress) => {
		if (unreadable && progress === restored) return;
		const report = lmsReport(catalogue, progress);
		api.LMSSetValue('cmi.core.lesson_status', report.lessonStatus);
		if (report.scoreRaw !== undefined) {
			api.LMSSetValue('cmi.core.score.min', '0');
			api.LMSSetValue('cmi.core.score.max', '100');
			api.LMSSetValue('cmi.core.score.raw', String(report.scoreRaw));
		}
		api.LMSSetValue('cmi.suspend_data', report.suspendData);
		api.LMSCommit('');
		$lms.set({ kind: 'connected', learnerName, status: report.lessonStatus, score: report.scoreRaw });
	});
	if (unreadable) $lms.set({ kind: 'connected', learnerName, status: 'incomplete', score: undefined });
	let finished = false;
	const finish = () => {
		if (finished) return;
		finished = true;
		unsubscribe();
		acceptOffer = undefined;
		api.LMSFinish('');
	};
	win.addEventListener('pagehide', finish, { once: true });
	return finish;
}

/** The progress this browser holds for itself (the website's), if any can be read. */
function browserProgress(key: string): Progress | undefined {
	try {
		const raw = persistentAtom<string | undefined>(key, undefined, { listen: false }).get();
		const read = raw === undefined ? undefined : readStored(raw);
		return read?.ok ? read.progress : undefined;
	} catch {
		return undefined;
	}
}
