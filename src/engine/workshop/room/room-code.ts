/**
 * Room codes as people read and type them: ten characters of Crockford's base-32 (digits
 * and capitals without I, L, O and U, so nothing is misread). How a code is bound to the
 * presenter's key is in fingerprint.ts; this part has no hashing, so the join page and the
 * presenter's room panel can read codes without loading it.
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ROOM_CODE_LENGTH = 10;
/** The fingerprint carried in the join link (QR code): 26 characters, 130 bits. */
export const LINK_FINGERPRINT_LENGTH = 26;

/** "K7P2Q-9XQMR": two groups of five, easy to read out and type. */
export function formatRoomCode(code: string): string {
	return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as typed on a phone, read the forgiving way: case, spaces and hyphens do not
 * matter, and O, I and L are read as 0, 1 and 1. Null when it cannot be a room code.
 */
export function readRoomCode(typed: string): string | null {
	const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return code.length === ROOM_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** A fingerprint prefix from a join link (26 characters), or null. */
export function readLinkFingerprint(text: string): string | null {
	return text.length === LINK_FINGERPRINT_LENGTH && [...text].every((c) => ALPHABET.includes(c)) ? text : null;
}
