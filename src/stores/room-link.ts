import { audienceView, NO_ROOM } from '../engine/workshop/audience-view.ts';
import { castBallot, EMPTY_BOX, openBallot, phoneTally, readBallotBox, type BallotBox, type OpenBallot } from '../engine/workshop/room/ballot-box.ts';
import { joinLink } from '../engine/workshop/room/join-link.ts';
import { qrRows } from '../engine/workshop/room/qr.ts';
import { decodeVote, encodeState, phoneView, stateTopic, votesTopic } from '../engine/workshop/room/protocol.ts';
import { fingerprint, roomCodeOf } from '../engine/workshop/room/fingerprint.ts';
import { formatRoomCode } from '../engine/workshop/room/room-code.ts';
import { keyPairFrom, newKeyPair, publicKeyBytes, type KeyPair } from '../engine/workshop/room/signing.ts';
import { openNode, shownChoiceIds, type WorkshopSession } from '../engine/workshop/session.ts';
import { letterFor } from '../engine/workshop/votes.ts';
import type { Connect } from './mqtt-like.ts';
import { randomClientId } from './mqtt-like.ts';
import { $room, $showTally, roomStorageKey, type OpenRoomOptions } from './room.ts';
import { $roomExtras, $session, setPhoneVotes, type KeyValueStorage } from './workshop.ts';

/**
 * The presenter's link to the room: signs and publishes what phones may see, counts their
 * votes. Loaded only when the trainer opens a room (it brings the MQTT client with it).
 */

interface Kept {
	secretKey: string;
	/** The last state number published: phones ignore anything not newer, so it survives reloads. */
	seq: number;
	box: BallotBox;
}

function load(storage: KeyValueStorage | null, scenarioId: string): Kept {
	try {
		const raw = JSON.parse(storage?.getItem(roomStorageKey(scenarioId)) ?? 'null');
		const key = keyPairFrom(raw?.secretKey);
		if (key && Number.isInteger(raw.seq) && raw.seq >= 0) return { secretKey: key.secretKey, seq: raw.seq, box: readBallotBox(raw.box) };
	} catch {
		// Unreadable or blocked: a new room.
	}
	return { secretKey: newKeyPair().secretKey, seq: 0, box: EMPTY_BOX };
}

function save(storage: KeyValueStorage | null, scenarioId: string, kept: Kept): void {
	try {
		storage?.setItem(roomStorageKey(scenarioId), JSON.stringify(kept));
	} catch {
		// Full or blocked storage costs only the reload safety net.
	}
}

export function startRoom(options: OpenRoomOptions & { connect: Connect }): () => void {
	const { scenario, procedure, broker, storage } = options;
	const kept = load(storage, scenario.id);
	const key: KeyPair = keyPairFrom(kept.secretKey)!;
	const room = roomCodeOf(publicKeyBytes(key.publicKey));
	const joinUrl = joinLink(options.joinPage, fingerprint(publicKeyBytes(key.publicKey)), options.brokerBuiltIn ? null : broker);
	const code = formatRoomCode(room);
	$room.set({ ...$room.get(), code, joinUrl, broker, phones: Object.keys(kept.box.lastN).length });
	$roomExtras.set({
		join: { code, url: options.joinPage.split('#')[0]!, broker: options.brokerBuiltIn ? null : broker, qr: qrRows(joinUrl) },
		showTally: $showTally.get(),
		counting: true,
	});
	save(storage, scenario.id, kept);

	const ballotOf = (session: WorkshopSession | null): OpenBallot | null => {
		const node = session && openNode(scenario, session);
		return node
			? openBallot(
					session,
					shownChoiceIds(scenario, node).map((_, i) => letterFor(i)),
				)
			: null;
	};
	/** The phones' votes go into the open decision's tally (hands are the trainer's own boxes). */
	const recount = () => {
		const session = $session.get();
		const ballot = ballotOf(session);
		const node = session && openNode(scenario, session);
		setPhoneVotes(ballot && node ? phoneTally(kept.box, ballot.decision, shownChoiceIds(scenario, node)) : {});
	};

	const client = options.connect(broker, { clientId: randomClientId('mg-presenter-') });
	let lastBody = '';
	let lastPayload = '';
	const publishState = (force: boolean) => {
		const session = $session.get();
		const body = JSON.stringify({ view: phoneView(audienceView(procedure, scenario, session, NO_ROOM)), ballot: ballotOf(session) });
		if (body === lastBody && !force) return;
		lastBody = body;
		kept.seq += 1;
		save(storage, scenario.id, kept);
		const { view, ballot } = JSON.parse(body);
		lastPayload = encodeState({ room, seq: kept.seq, view, ballot }, key);
		client.publish(stateTopic(room), lastPayload, { qos: 1, retain: true });
	};

	client.on('connect', () => {
		$room.set({ ...$room.get(), status: 'open', problem: '' });
		client.subscribe([stateTopic(room), votesTopic(room)], { qos: 1 });
		// A broker that restarted has lost the retained state: publish it again.
		publishState(true);
	});
	const down = () =>
		$room.get().status !== 'closed' && $room.set({ ...$room.get(), status: $room.get().status === 'connecting' ? 'connecting' : 'reconnecting' });
	client.on('close', down);
	client.on('offline', down);
	client.on('error', (error) => $room.set({ ...$room.get(), problem: error.message }));
	client.on('message', (topic, payload) => {
		const text = new TextDecoder().decode(payload);
		if (topic === stateTopic(room)) {
			// Someone replaced the room's retained state (or it is an old one): put ours back.
			if (text !== lastPayload && lastPayload) client.publish(stateTopic(room), lastPayload, { qos: 1, retain: true });
			return;
		}
		const vote = decodeVote(topic, payload, room);
		if (!vote.ok) return;
		const box = castBallot(kept.box, vote.value, ballotOf($session.get()));
		if (box === kept.box) return;
		kept.box = box;
		countSoon();
	});

	// Votes arrive in bursts (a room voting at once): count, save and redraw once per burst, not once per vote.
	let counting: ReturnType<typeof setTimeout> | null = null;
	const countSoon = () => {
		counting ??= setTimeout(() => {
			counting = null;
			save(storage, scenario.id, kept);
			$room.set({ ...$room.get(), phones: Object.keys(kept.box.lastN).length });
			recount();
		}, 20);
	};

	recount();
	const stopSession = $session.listen(() => {
		recount();
		if ($room.get().status === 'open') publishState(false);
	});
	return () => {
		if (counting) clearTimeout(counting);
		stopSession();
		client.end(true);
		setPhoneVotes(undefined);
	};
}
