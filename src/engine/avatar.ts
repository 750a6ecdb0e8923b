/**
 * A drawn face for each person in a role-play: their initials on a coloured disc, the same
 * everywhere they appear (conversation, debrief, printed cards). The colour comes from the
 * name, so it never changes between visits; the palette's colours are checked for contrast
 * with white initials in the stylesheet (.avatar-0 to .avatar-5).
 */
export const AVATAR_COLOURS = 6;

export interface Avatar {
	initials: string;
	/** 0 to AVATAR_COLOURS - 1. */
	colour: number;
}

/** "Dana Mensah" → DM; "Priya, engineering team leader" → P (a role after a comma is not part of the name). */
export function avatarFor(name: string): Avatar {
	const person = name.split(',')[0]!.trim();
	const words = person.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
	const initials = words.length === 0 ? '?' : words.length === 1 ? words[0]!.charAt(0) : `${words[0]!.charAt(0)}${words.at(-1)!.charAt(0)}`;
	let hash = 0;
	for (const char of person) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
	return { initials: initials.toUpperCase(), colour: hash % AVATAR_COLOURS };
}
