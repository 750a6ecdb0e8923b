/** A QR code drawn from its rows of 0 and 1 (worked out by the presenter): one SVG path, crisp at any size. */
export default function QrCode({ rows, label }: { rows: readonly string[]; label: string }) {
	const size = rows.length;
	const path = rows.map((row, y) => [...row].map((cell, x) => (cell === '1' ? `M${x + 2} ${y + 2}h1v1h-1z` : '')).join('')).join('');
	return (
		<svg class="qr" viewBox={`0 0 ${size + 4} ${size + 4}`} role="img" aria-label={label} shape-rendering="crispEdges">
			<rect width={size + 4} height={size + 4} fill="#fff" />
			<path d={path} fill="#000" />
		</svg>
	);
}
