import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Scenario } from '../../schemas/scenario.ts';
import { onlyThisComputer, readBrokerUrl } from '../../engine/workshop/room/join-link.ts';
import { $room, $showTally, browserStorage, closeRoom, forgetRoom, openRoom, savedBroker, setShowTally } from '../../stores/room.ts';
import { presented } from '../../stores/workshop.ts';
import type { Say } from './types.ts';

const statusText = {
	closed: 'closed',
	connecting: 'connecting…',
	open: 'open',
	reconnecting: 'connection lost, reconnecting…',
	failed: 'cannot connect',
} as const;

/**
 * Room mode on the presenter: the broker's address (built in, or typed), open and close the
 * room, its code, how many phones have voted, and the switch for the live split.
 */
export default function RoomPanel({ scenario, joinHref, brokerUrl, say }: { scenario: Scenario; joinHref: string; brokerUrl?: string | undefined; say: Say }) {
	const room = useStore($room);
	const showTally = useStore($showTally);
	const [address, setAddress] = useState(brokerUrl ?? '');
	const [problem, setProblem] = useState('');
	const [pageUrl, setPageUrl] = useState('');
	useEffect(() => {
		setPageUrl(location.href);
		if (!brokerUrl) setAddress(savedBroker(browserStorage()));
		return closeRoom;
	}, []);

	const open = async (event: Event) => {
		event.preventDefault();
		const broker = readBrokerUrl(address);
		const on = presented();
		if (!broker) return setProblem('Enter the broker’s WebSocket address, starting ws:// or wss://, e.g. ws://192.168.1.20:9001.');
		if (!on) return;
		setProblem('');
		await openRoom({ ...on, broker, joinPage: new URL(joinHref, location.href).href, brokerBuiltIn: broker === brokerUrl, storage: browserStorage() });
		say(`Room open: code ${$room.get().code}.`);
	};
	const warnings = [
		pageUrl &&
			onlyThisComputer(pageUrl) &&
			'This page is open at an address only this computer can reach, so the QR code will not work on phones. Open it at your computer’s network address instead (see the workshop guide).',
		room.status !== 'closed' && onlyThisComputer(room.broker) && 'The broker’s address is one only this computer can reach: phones need its network address.',
	].filter(Boolean);

	if (room.status === 'closed') {
		return (
			<form class="ws-room" onSubmit={open} aria-labelledby="ws-room-title">
				<p id="ws-room-title" class="label">
					Room mode: the room votes from phones
				</p>
				{!brokerUrl && (
					<label class="ws-broker">
						<span>Message broker (WebSocket address)</span>
						<input
							type="url"
							inputMode="url"
							placeholder="ws://192.168.1.20:9001"
							value={address}
							onInput={(e) => setAddress(e.currentTarget.value)}
							aria-describedby={problem ? 'ws-room-problem' : undefined}
						/>
					</label>
				)}
				<button type="submit" class="button secondary">
					Open a room for phones
				</button>
				{problem && (
					<p id="ws-room-problem" class="callout warning" role="alert">
						{problem}
					</p>
				)}
			</form>
		);
	}

	return (
		<div class="ws-room" role="group" aria-labelledby="ws-room-title">
			<p id="ws-room-title" class="label">
				Room <span class="ws-room-code">{room.code || '…'}</span>: {statusText[room.status]} ·{' '}
				{room.phones === 1 ? '1 phone has voted' : `${room.phones} phones have voted`}
			</p>
			{room.joinUrl && (
				<a class="ws-join-link" href={room.joinUrl} target="_blank" rel="noopener">
					Join link (to send to people who cannot scan)
				</a>
			)}
			<button type="button" class="button secondary" aria-pressed={showTally} onClick={() => setShowTally(!showTally)}>
				Live tally on the projector
			</button>
			<button type="button" class="button secondary" onClick={() => closeRoom()}>
				Close the room
			</button>
			<button
				type="button"
				class="button secondary"
				onClick={() => {
					forgetRoom(scenario.id, browserStorage());
					say('Room closed and its code forgotten: the next room gets a new code.');
				}}
			>
				End the room (new code next time)
			</button>
			{room.problem && room.status !== 'open' && <p class="meta">The broker says: {room.problem}</p>}
			{warnings.map((warning) => (
				<p key={warning} class="callout warning">
					{warning}
				</p>
			))}
		</div>
	);
}
