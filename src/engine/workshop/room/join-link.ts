import { LINK_FINGERPRINT_LENGTH, readLinkFingerprint, readRoomCode, ROOM_CODE_LENGTH } from './room-code.ts';

/**
 * The link a phone opens (from the QR code): the join page with, after the #, the key's
 * fingerprint and the broker's address. After the # so a static host never sees them.
 */

export interface JoinTarget {
	/** The room code (first 10 characters of the fingerprint): the topics are named by it. */
	room: string;
	/** What the presenter's key must match: the link's 26 characters, or a typed 10. */
	fingerprint: string;
	/** ws:// or wss://; null when the site has the broker built in. */
	broker: string | null;
}

/** A broker address phones and presenters may use: a WebSocket URL, nothing else. */
export function readBrokerUrl(text: string): string | null {
	try {
		const url = new URL(text.trim());
		return (url.protocol === 'ws:' || url.protocol === 'wss:') && !url.username && !url.password ? url.href : null;
	} catch {
		return null;
	}
}

export function joinLink(joinPage: string, fingerprint: string, broker: string | null): string {
	const params = new URLSearchParams({ r: fingerprint.slice(0, LINK_FINGERPRINT_LENGTH) });
	if (broker) params.set('b', broker);
	return `${joinPage}#${params}`;
}

/** What a join link's fragment (location.hash) says, or null when it names no room. */
export function readJoinLink(hash: string): JoinTarget | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const fingerprint = readLinkFingerprint(params.get('r') ?? '');
	if (!fingerprint) return null;
	const brokerText = params.get('b');
	const broker = brokerText === null ? null : readBrokerUrl(brokerText);
	if (brokerText !== null && broker === null) return null;
	return { room: fingerprint.slice(0, ROOM_CODE_LENGTH), fingerprint, broker };
}

/** A code typed on the join page. */
export function typedTarget(code: string, broker: string | null): JoinTarget | null {
	const room = readRoomCode(code);
	return room ? { room, fingerprint: room, broker } : null;
}

/** True for an address only this computer can reach (localhost, 127.x, ::1): phones cannot use it. */
export function onlyThisComputer(url: string): boolean {
	try {
		const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
		return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1';
	} catch {
		return false;
	}
}
