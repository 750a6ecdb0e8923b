/**
 * The room's votes at one decision: how many people backed each choice, which choice
 * leads, and how the choice that was played came to be picked.
 *
 * A tally is keyed by choice id (stable across display orders); letters (A, B, C, D)
 * are the display order's, worked out by the caller from displayOrder().
 */

/** Votes per choice id. Choices nobody voted for may be missing (read them as 0). */
export type Tally = Readonly<Record<string, number>>;

/** No room is bigger than this; a typo such as 1000000 is capped instead of skewing the split. */
export const MAX_VOTES = 999;

/** "A" for the first choice shown, "B" for the second, … */
export function letterFor(index: number): string {
	return String.fromCharCode(65 + index);
}

/** A vote count as typed or tapped: a whole number from 0 to MAX_VOTES (anything else is read as the nearest such number, or 0). */
export function cleanCount(value: number): number {
	if (!Number.isFinite(value)) return 0;
	return Math.min(MAX_VOTES, Math.max(0, Math.floor(value)));
}

export function votesFor(tally: Tally, choiceId: string): number {
	return tally[choiceId] ?? 0;
}

export function totalVotes(tally: Tally): number {
	return Object.values(tally).reduce((sum, count) => sum + count, 0);
}

/** Sets one choice's count (cleaned); returns a new tally. */
export function setVotes(tally: Tally, choiceId: string, count: number): Tally {
	return { ...tally, [choiceId]: cleanCount(count) };
}

/** Adds (or, with a negative delta, removes) votes; never goes below 0. */
export function changeVotes(tally: Tally, choiceId: string, delta: number): Tally {
	return setVotes(tally, choiceId, votesFor(tally, choiceId) + delta);
}

/** Two tallies added choice by choice. */
export function addTallies(a: Tally, b: Tally): Tally {
	const sum: Record<string, number> = { ...a };
	for (const [id, count] of Object.entries(b)) sum[id] = cleanCount((sum[id] ?? 0) + count);
	return sum;
}

/** `whole` less `part`, choice by choice, never below 0. */
export function subtractTally(whole: Tally, part: Tally): Tally {
	return Object.fromEntries(Object.entries(whole).map(([id, count]) => [id, cleanCount(count - votesFor(part, id))]));
}

/**
 * Which choice leads. "Majority" in the trainer's sense: the most votes (a plurality),
 * not necessarily more than half. A tie for the lead is the trainer's to break.
 */
export type Majority = { kind: 'none' } | { kind: 'winner'; choiceId: string; votes: number } | { kind: 'tie'; choiceIds: string[]; votes: number };

/** `choiceIds` in display order: tied choices are listed in that order. Votes for ids not listed are ignored. */
export function majority(tally: Tally, choiceIds: readonly string[]): Majority {
	const top = Math.max(0, ...choiceIds.map((id) => votesFor(tally, id)));
	if (top === 0) return { kind: 'none' };
	const leaders = choiceIds.filter((id) => votesFor(tally, id) === top);
	return leaders.length === 1 ? { kind: 'winner', choiceId: leaders[0]!, votes: top } : { kind: 'tie', choiceIds: leaders, votes: top };
}

/**
 * How the played choice was picked:
 *   - majority: it had the most votes;
 *   - tie-break: it was one of the choices tied for the most votes, and the trainer picked it;
 *   - trainer: the trainer played it although another choice had more votes (to show a point);
 *   - no-votes: nobody's votes were entered, so the trainer picked.
 */
export type DecidedBy = 'majority' | 'tie-break' | 'trainer' | 'no-votes';

export function decidedBy(tally: Tally, choiceIds: readonly string[], chosenId: string): DecidedBy {
	const lead = majority(tally, choiceIds);
	if (lead.kind === 'none') return 'no-votes';
	if (lead.kind === 'winner') return lead.choiceId === chosenId ? 'majority' : 'trainer';
	return lead.choiceIds.includes(chosenId) ? 'tie-break' : 'trainer';
}

export const decidedByText: Record<DecidedBy, string> = {
	majority: 'Played the choice with most votes',
	'tie-break': 'A tie for most votes, broken by the trainer',
	trainer: "The trainer's pick, over the vote",
	'no-votes': "The trainer's pick (no votes entered)",
};

export interface SplitRow {
	choiceId: string;
	letter: string;
	votes: number;
	/**
	 * Whole-number share of the votes. Equal votes always get equal shares; the shares add
	 * up to 100, except when equal votes cannot share the last points (three equal thirds are
	 * 33 % each), and are all 0 when nobody voted.
	 */
	percent: number;
}

/**
 * The vote split in display order, rounded by largest remainder: each share is rounded
 * down, then the points lost go to the largest remainders. Choices with the same votes have
 * the same remainder and get a point together or not at all, so 5 and 5 never show as 42 % and 41 %.
 */
export function voteSplit(tally: Tally, choiceIds: readonly string[]): SplitRow[] {
	const counts = choiceIds.map((id) => votesFor(tally, id));
	const total = counts.reduce((sum, count) => sum + count, 0);
	const percents = counts.map((count) => (total === 0 ? 0 : Math.floor((count * 100) / total)));
	// Remainders compared exactly, as (count × 100) mod total, so float noise cannot split a tie.
	const remainder = (count: number) => (total === 0 ? 0 : (count * 100) % total);
	let left = total === 0 ? 0 : 100 - percents.reduce((sum, p) => sum + p, 0);
	const groups = [...new Set(counts)].filter((count) => remainder(count) > 0).sort((a, b) => remainder(b) - remainder(a));
	for (const count of groups) {
		const members = counts.flatMap((c, index) => (c === count ? [index] : []));
		if (members.length > left) break;
		for (const index of members) percents[index]! += 1;
		left -= members.length;
	}
	return choiceIds.map((choiceId, index) => ({ choiceId, letter: letterFor(index), votes: counts[index]!, percent: percents[index]! }));
}
