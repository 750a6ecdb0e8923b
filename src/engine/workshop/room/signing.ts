import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

/**
 * Signatures for room messages: Ed25519 from @noble/curves (audited, pure JavaScript).
 * Not WebCrypto: its `crypto.subtle` exists only on https pages and localhost, and phones
 * on venue Wi-Fi may open the trainer's laptop over plain http. Keys and signatures travel
 * as hex.
 */

export interface KeyPair {
	/** Hex, 32 bytes; never leaves the device that made it. */
	secretKey: string;
	/** Hex, 32 bytes. */
	publicKey: string;
}

export function newKeyPair(): KeyPair {
	const { secretKey, publicKey } = ed25519.keygen();
	return { secretKey: bytesToHex(secretKey), publicKey: bytesToHex(publicKey) };
}

/** The pair for a stored secret key, or null when the stored value is not one. */
export function keyPairFrom(secretKey: unknown): KeyPair | null {
	if (typeof secretKey !== 'string' || !/^[0-9a-f]{64}$/.test(secretKey)) return null;
	return { secretKey, publicKey: bytesToHex(ed25519.getPublicKey(hexToBytes(secretKey))) };
}

const encoder = new TextEncoder();

export function sign(text: string, secretKey: string): string {
	return bytesToHex(ed25519.sign(encoder.encode(text), hexToBytes(secretKey)));
}

/** False for a bad signature and for anything malformed (never throws). */
export function verify(signature: string, text: string, publicKey: string): boolean {
	try {
		return ed25519.verify(hexToBytes(signature), encoder.encode(text), hexToBytes(publicKey));
	} catch {
		return false;
	}
}

export const publicKeyBytes = (publicKey: string): Uint8Array => hexToBytes(publicKey);
