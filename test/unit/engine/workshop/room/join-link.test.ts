import { describe, expect, test } from 'vitest';
import { joinLink, readBrokerUrl, readJoinLink, typedTarget } from '../../../../../src/engine/workshop/room/join-link.ts';
import { qrRows } from '../../../../../src/engine/workshop/room/qr.ts';

const print = '0123456789ABCDEFGHJKMNPQRS';

describe('the join link and the typed code', () => {
	test('the link carries the fingerprint and the broker after the #, and reads back', () => {
		const link = joinLink('https://training.example.com/workshop/join/', print + 'TVWX', 'ws://192.168.1.20:9001/');
		expect(link).toBe('https://training.example.com/workshop/join/#r=0123456789ABCDEFGHJKMNPQRS&b=ws%3A%2F%2F192.168.1.20%3A9001%2F');
		expect(readJoinLink(new URL(link).hash)).toEqual({ room: '0123456789', fingerprint: print, broker: 'ws://192.168.1.20:9001/' });
		expect(readJoinLink(`#r=${print}`)).toEqual({ room: '0123456789', fingerprint: print, broker: null });
	});

	test('a link with no room, or a broker that is not a WebSocket address, names no room', () => {
		expect(readJoinLink('')).toBeNull();
		expect(readJoinLink(`#r=${print}&b=http%3A%2F%2Fevil.example`)).toBeNull();
		expect(readBrokerUrl('wss://user:secret@broker.example.com/mqtt')).toBeNull();
		expect(readBrokerUrl(' wss://broker.example.com/mqtt ')).toBe('wss://broker.example.com/mqtt');
	});

	test('a typed code names the room, and the phone checks the presenter’s key against it', () => {
		expect(typedTarget('01234-56789', null)).toEqual({ room: '0123456789', fingerprint: '0123456789', broker: null });
		expect(typedTarget('0123', null)).toBeNull();
	});

	test('the QR code is a square of dark and light modules with the three finder squares', () => {
		const rows = qrRows('https://training.example.com/workshop/join/#r=' + print);
		expect(rows.length).toBeGreaterThanOrEqual(21);
		for (const row of rows) expect(row).toMatch(new RegExp(`^[01]{${rows.length}}$`));
		const size = rows.length;
		for (const [top, left] of [
			[0, 0],
			[0, size - 7],
			[size - 7, 0],
		] as const)
			expect(rows[top]!.slice(left, left + 7)).toBe('1111111');
	});
});
