import { avatarFor } from '../../engine/avatar.ts';

/**
 * A person's drawn face: initials on a coloured disc, inline SVG (no image requests).
 * Decorative: the name always appears in words beside it.
 */
export default function Avatar({ name, you = false, size = 40 }: { name: string; you?: boolean; size?: number }) {
	const { initials, colour } = you ? { initials: 'You', colour: -1 } : avatarFor(name);
	return (
		<svg class={`avatar ${you ? 'avatar-you' : `avatar-${colour}`}`} width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
			<circle cx="20" cy="20" r="20" />
			<text x="20" y="20" dy="0.35em" text-anchor="middle" font-size={initials.length > 2 ? 11 : 15}>
				{initials}
			</text>
		</svg>
	);
}
