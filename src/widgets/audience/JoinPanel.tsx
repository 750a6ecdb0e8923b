import type { JoinInfo } from '../../engine/workshop/audience-view.ts';
import QrCode from './QrCode.tsx';

/** How to join from a phone: the QR code, or the address and the code to type. `size`: big in the lobby, small beside a decision. */
export default function JoinPanel({ join, size }: { join: JoinInfo; size: 'big' | 'small' }) {
	return (
		<div class={`stage-join ${size}`}>
			<QrCode rows={join.qr} label="QR code: scan it to join the room on your phone" />
			<div class="stage-join-text">
				{size === 'big' && <p class="stage-big">Vote from your phone</p>}
				<p>
					Scan the code, or open <strong class="join-url">{join.url}</strong>
					{join.broker && (
						<>
							{' '}
							(broker <strong>{join.broker}</strong>)
						</>
					)}{' '}
					and enter
				</p>
				<p class="room-code" aria-label={`Room code ${[...join.code].join(' ')}`}>
					{join.code}
				</p>
			</div>
		</div>
	);
}
