import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { readBrokerUrl, readJoinLink, typedTarget, type JoinTarget } from '../../engine/workshop/room/join-link.ts';
import { $phoneRoom, joinRoom, leaveRoom } from '../../stores/room-phone.ts';
import { browserStorage } from '../../stores/browser-storage.ts';
import { AudienceStage } from '../audience/AudienceStage.tsx';
import Ballot from './Ballot.tsx';

/**
 * The phone's page: join a room (from the QR code's link, or by typing the code), then
 * follow the room's screen and vote. Anonymous: no name is asked, nothing personal is sent.
 */
export default function Phone({ brokerUrl }: { brokerUrl?: string | undefined }) {
	const room = useStore($phoneRoom);
	const [code, setCode] = useState('');
	const [broker, setBroker] = useState('');
	const [problem, setProblem] = useState('');

	const join = (target: JoinTarget) => {
		const address = target.broker ?? brokerUrl;
		if (!address)
			return setProblem('This site has no message broker built in: open the link from the QR code, or enter the broker address shown on the projector.');
		setProblem('');
		void joinRoom({ room: target.room, fingerprint: target.fingerprint, broker: address, storage: browserStorage() });
	};
	// The link's part after # names the room: on opening, and when a join link is followed from this page.
	useEffect(() => {
		const fromLink = () => {
			const target = readJoinLink(location.hash);
			if (target) join(target);
		};
		fromLink();
		window.addEventListener('hashchange', fromLink);
		return () => {
			window.removeEventListener('hashchange', fromLink);
			leaveRoom();
		};
	}, []);

	if (room.status === 'idle') {
		return (
			<form
				class="phone-join"
				onSubmit={(event) => {
					event.preventDefault();
					const typedBroker = brokerUrl ? null : readBrokerUrl(broker);
					if (!brokerUrl && !typedBroker) return setProblem('Enter the broker address shown on the projector, starting ws:// or wss://.');
					const target = typedTarget(code, typedBroker);
					if (!target) return setProblem('Enter the 10-character room code shown on the projector, e.g. K7P2Q-9XQMR.');
					join(target);
				}}
			>
				<label>
					<span>Room code</span>
					<input
						name="code"
						type="text"
						autocomplete="off"
						autocapitalize="characters"
						spellcheck={false}
						value={code}
						onInput={(e) => setCode(e.currentTarget.value)}
						aria-describedby={problem ? 'phone-problem' : 'phone-hint'}
					/>
				</label>
				{!brokerUrl && (
					<label>
						<span>Broker address</span>
						<input
							name="broker"
							type="url"
							inputMode="url"
							placeholder="ws://192.168.1.20:9001"
							value={broker}
							onInput={(e) => setBroker(e.currentTarget.value)}
						/>
					</label>
				)}
				<p id="phone-hint" class="meta">
					No name needed: your vote is anonymous.
				</p>
				<button type="submit" class="button">
					Join the room
				</button>
				{problem && (
					<p id="phone-problem" class="callout warning" role="alert">
						{problem}
					</p>
				)}
			</form>
		);
	}

	const connection =
		room.status === 'connecting'
			? 'Connecting…'
			: room.status === 'reconnecting'
				? 'Connection lost: reconnecting… (your vote is kept)'
				: room.status === 'waiting'
					? 'Connected. Waiting for the trainer’s screen…'
					: 'Connected';
	return (
		<div class="phone-room">
			<p class="phone-status">
				<span>
					Room <strong>{room.code}</strong>
				</span>
				<span role="status">{connection}</span>
			</p>
			{room.problem && room.status !== 'live' && <p class="meta">{room.problem}</p>}
			{room.view && room.view.kind === 'decision' && room.letters.length > 0 ? (
				<Ballot view={room.view} letters={room.letters} myVote={room.myVote} delivered={room.voteDelivered} />
			) : room.view ? (
				<AudienceStage view={room.view} />
			) : null}
			<button type="button" class="button secondary phone-leave" onClick={leaveRoom}>
				Leave the room
			</button>
		</div>
	);
}
