/**
 * Where a piece of teaching comes from: the source material ("documented") or this project
 * ("added"). Content writes a sourced sentence as plain text and an added one as
 * `{ text, status: added }`; everything that shows it reads it through here, so an added
 * item can never be shown without its badge.
 */

export type Provenance = 'documented' | 'added';

/** A sentence as content files may write it. */
export type SourcedText = string | { text: string; status: Provenance };

export interface Sourced {
	text: string;
	status: Provenance;
}

/** Either form, as text and status. */
export function sourced(item: SourcedText): Sourced {
	return typeof item === 'string' ? { text: item, status: 'documented' } : item;
}

/** The words every "added guidance" badge shows, in one place. */
export const ADDED_GUIDANCE = 'Added guidance';
