import { encode } from 'uqr';

/** The QR code of a link, a row of "0" and "1" per line (1: dark), ready to draw. */
export function qrRows(link: string): string[] {
	return encode(link, { ecc: 'M', border: 0 }).data.map((row) => row.map((dark) => (dark ? '1' : '0')).join(''));
}
