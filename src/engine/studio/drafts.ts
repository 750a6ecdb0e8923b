/**
 * A studio draft as it is kept in the browser: the YAML text as typed (never re-encoded,
 * so comments and layout survive), a name, and where it came from. A stored value that
 * cannot be read is shown as a draft of its own raw text, so nothing is ever dropped.
 */

export interface Draft {
	/** The storage key's suffix; stable for the draft's life. */
	key: string;
	/** What the author calls it: the role-play's id when it has one. */
	name: string;
	text: string;
	/** ISO date of the last change. */
	updatedAt: string;
	/** Where it started: "template", "site:<id>", "file:<name>" or "new". */
	origin: string;
	/** True when the stored value could not be read: the text is that value, untouched. */
	unreadable?: boolean;
}

const VERSION = 1;

export function encodeDraft(draft: Draft): string {
	return JSON.stringify({ v: VERSION, name: draft.name, text: draft.text, updatedAt: draft.updatedAt, origin: draft.origin });
}

export function decodeDraft(key: string, raw: string): Draft {
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value === 'object' && value !== null) {
			const { v, name, text, updatedAt, origin } = value as Record<string, unknown>;
			if (v === VERSION && typeof name === 'string' && typeof text === 'string' && typeof updatedAt === 'string' && typeof origin === 'string') {
				return { key, name, text, updatedAt, origin };
			}
		}
	} catch {
		// Falls through: kept as its raw text below.
	}
	return { key, name: `Unreadable draft ${key}`, text: raw, updatedAt: '', origin: 'unreadable', unreadable: true };
}

/** The role-play's id from its text, for the draft's name and the downloaded file's name. */
export function idInText(text: string): string | undefined {
	return /^id:[ \t]*['"]?([a-z0-9]+(?:-[a-z0-9]+)*)['"]?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
}

/** "double-charged.yaml": the name to drop into content/scenarios/ (its id must match). */
export function downloadName(text: string): string {
	return `${idInText(text) ?? 'new-role-play'}.yaml`;
}

/** A key no other draft has: time-based, with a counter for two made in the same millisecond. */
export function newDraftKey(now: number, taken: readonly string[]): string {
	let key = now.toString(36);
	for (let n = 1; taken.includes(key); n++) key = `${now.toString(36)}-${n}`;
	return key;
}
