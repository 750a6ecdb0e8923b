import * as z from 'zod/mini';
import type { AudienceView } from '../audience-view.ts';

/**
 * Every message that travels through the broker, as a schema: anything that does not
 * match (or is larger than its limit) is dropped before it is used. zod/mini rather than
 * astro/zod: this runs on phones, and only on the room's pages, where the mini build
 * weighs a fraction of the full one.
 *
 * Signed messages carry their content as a JSON string (`state`, `vote`) beside the
 * signature, so what is verified is exactly the bytes that were signed.
 */

/** The largest state a presenter sends (a debrief with every step is about 4 KB). */
export const MAX_STATE_BYTES = 24_000;
/** The largest vote a phone sends (about 400 bytes). */
export const MAX_VOTE_BYTES = 1_000;

const text = (max: number) => z.string().check(z.maxLength(max));
const hex = (bytes: number) => z.string().check(z.regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`)));
const letter = z.string().check(z.regex(/^[A-D]$/));
const count = z.int().check(z.minimum(0), z.maximum(100_000));
const percent = z.int().check(z.minimum(0), z.maximum(100));
const split = z.array(z.strictObject({ letter, votes: count, percent })).check(z.maxLength(4));

/** The room's view as phones get it: no join details, no live tally (phones never see the split before the reveal). */
const phoneView = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('lobby'), scenarioTitle: text(200), join: z.null() }),
	z.strictObject({
		kind: z.literal('decision'),
		scenarioTitle: text(200),
		join: z.null(),
		votesIn: z.null(),
		live: z.null(),
		exploring: z.boolean(),
		number: z.int().check(z.minimum(1), z.maximum(1000)),
		speaker: text(200),
		text: text(2000),
		choices: z.array(z.strictObject({ letter, text: text(1000) })).check(z.minLength(2), z.maxLength(4)),
		chosen: z.nullable(letter),
		reveal: z.nullable(
			z.strictObject({
				feedback: text(2000),
				trustChange: text(100),
				performs: z.optional(text(300)),
				pitfalls: z.array(text(300)).check(z.maxLength(12)),
				votes: split,
				decidedBy: text(200),
			}),
		),
	}),
	z.strictObject({
		kind: z.literal('ending'),
		scenarioTitle: text(200),
		join: z.null(),
		exploring: z.boolean(),
		title: text(300),
		text: text(3000),
		reveal: z.nullable(
			z.strictObject({
				total: percent,
				band: text(100),
				steps: z.array(z.strictObject({ title: text(300), verdict: text(100) })).check(z.maxLength(40)),
				pitfalls: z.array(text(300)).check(z.maxLength(40)),
			}),
		),
	}),
]);

/** What the presenter publishes (signed): the room's view and, while the room votes, what it votes on. */
export const roomStateSchema = z.strictObject({
	/** The room code; a state signed for one room is no good in another. */
	room: text(20),
	/** Goes up with every state the presenter publishes, so an old state played back is ignored. */
	seq: z.int().check(z.minimum(1)),
	view: phoneView,
	/** The open vote: its key (a new key for every decision opened) and the letters on offer; null when no vote is open. */
	ballot: z.nullable(z.strictObject({ decision: text(40), letters: z.array(letter).check(z.minLength(2), z.maxLength(4)) })),
});

export type RoomState = Omit<z.infer<typeof roomStateSchema>, 'view'> & { view: AudienceView };

/** A phone's vote (signed with the phone's own key). */
export const voteSchema = z.strictObject({
	room: text(20),
	/** The phone's id: its key's fingerprint, as in the topic the vote was sent to. */
	phone: text(40),
	decision: text(40),
	letter,
	/** Goes up with each vote the phone casts, so an old vote played back cannot replace a newer one. */
	n: z.int().check(z.minimum(1)),
});

export type Vote = z.infer<typeof voteSchema>;

/** The signed envelope: the sender's public key, the content as a JSON string, the signature over that string. */
export const signedStateSchema = z.strictObject({ key: hex(32), state: text(MAX_STATE_BYTES), sig: hex(64) });
export const signedVoteSchema = z.strictObject({ key: hex(32), vote: text(MAX_VOTE_BYTES), sig: hex(64) });
