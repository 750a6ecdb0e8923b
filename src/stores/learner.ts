/**
 * Whose progress a page shows. On the web, and in the SCORM package opened without an LMS: the
 * browser's own. Inside an LMS: the LMS learner's (cmi.core.student_id), kept under its own
 * storage key, so one person's work in this browser is never reported for another.
 *
 * The launch page (src/stores/lms.ts) names the learner on its <html> element before the course
 * opens in its frame; each course page in that frame reads the name from its parent when the
 * progress store is created (progress.ts), so the choice is made once per page.
 */

const ATTRIBUTE = 'data-make-good-learner';

/** The storage key for a learner's progress inside an LMS; `browserKey` is the browser's own. */
export function learnerProgressKey(browserKey: string, learner: string | undefined): string {
	return learner === undefined ? browserKey : `make-good:lms-learner:${encodeURIComponent(learner)}:progress`;
}

/** Called by the launch page once the LMS has said who the learner is. */
export function nameLmsLearner(learner: string, doc: Document = document): void {
	doc.documentElement.setAttribute(ATTRIBUTE, learner);
}

/** The LMS learner this page works for: named on this page, or on the launch page framing it. */
export function lmsLearner(): string | undefined {
	if (typeof window === 'undefined' || typeof document === 'undefined') return undefined;
	const own = document.documentElement.getAttribute(ATTRIBUTE);
	if (own !== null) return own;
	try {
		if (window.parent === window) return undefined;
		return window.parent.document.documentElement.getAttribute(ATTRIBUTE) ?? undefined;
	} catch {
		return undefined; // framed by a page from another origin (an LMS): not our launch page
	}
}
