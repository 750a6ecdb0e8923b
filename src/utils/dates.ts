/** Dates as a learner in the UK reads them, e.g. "4 March 2026" and "4 March 2026 at 14:05". Client-side only (local time). */
export function formatDate(iso: string): string {
	return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	return `${formatDate(iso)} at ${date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}
