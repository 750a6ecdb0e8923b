import { sha256 } from '@noble/hashes/sha2.js';
import { ALPHABET, LINK_FINGERPRINT_LENGTH, ROOM_CODE_LENGTH } from './room-code.ts';

/**
 * Room codes, bound to the presenter's signing key: a key's fingerprint is the SHA-256
 * of its public key in Crockford's base-32 (digits and capitals without I, L, O and U,
 * so nothing is misread), and the room code is the first ten characters of it.
 *
 * - Typed by hand, the code is 10 characters, 50 bits: joining a room by guessing is a
 *   1 in 10^15 shot, and forging a presenter key whose fingerprint starts with a given code
 *   takes about 2^50 key trials, far longer than a session lasts.
 * - The QR code's link carries 26 characters (130 bits) of the fingerprint, so a phone that
 *   scans it accepts only the real presenter's key, whatever anyone computes.
 */

function base32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += ALPHABET[(buffer >>> (bits - 5)) & 31];
			bits -= 5;
		}
		buffer &= (1 << bits) - 1;
	}
	return bits > 0 ? out + ALPHABET[(buffer << (5 - bits)) & 31] : out;
}

/** The fingerprint of a public key: 52 characters of base-32. */
export function fingerprint(publicKey: Uint8Array): string {
	return base32(sha256(publicKey));
}

export function roomCodeOf(publicKey: Uint8Array): string {
	return fingerprint(publicKey).slice(0, ROOM_CODE_LENGTH);
}

/** True when `publicKey` is the key the room code (or the longer link fingerprint) names. */
export function keyMatches(publicKey: Uint8Array, expected: string): boolean {
	return expected.length >= ROOM_CODE_LENGTH && fingerprint(publicKey).startsWith(expected);
}

export { LINK_FINGERPRINT_LENGTH };
