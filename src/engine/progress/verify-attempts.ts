import type { Procedure } from '../../schemas/procedure.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { bandFor, score } from '../scoring.ts';
import { bandText } from '../words.ts';
import type { Attempt, Progress } from './model.ts';
import { attemptFrom } from './record.ts';
import type { Checked } from './validate.ts';

/**
 * Checks the attempts in an imported file against the rules that made them, so a file edited
 * by hand cannot bring a certificate (or an LMS "passed") that was never earned.
 *
 *   - Where the role-play is known (its content is at hand) and the attempt's path plays
 *     through it to an ending, the attempt is scored again with `score` and takes that
 *     result: what the path earns today, whatever the file says.
 *   - Otherwise (a role-play this site no longer offers, or one edited since, so the path
 *     no longer fits) the attempt keeps its score, which must agree with its band: a score
 *     of 0 with the band "recovered" is refused.
 *
 * A learner can still invent a path-less attempt with a matching score and band: the record
 * is self-kept (docs/progress.md says so). This check stops the contradictions.
 */

/** What scoring a role-play needs: the role-play and the procedure it practises. */
export interface Scoring {
	scenario: Scenario;
	procedure: Procedure;
}

export interface Verified {
	progress: Progress;
	/** Attempts whose score, band, ending or step verdicts changed when scored again. */
	rescored: number;
}

export function verifyAttempts(progress: Progress, known: ReadonlyMap<string, Scoring>): Checked<Verified> {
	let rescored = 0;
	const attempts: Attempt[] = [];
	for (const [index, attempt] of progress.attempts.entries()) {
		const again = scoreAgain(attempt, known.get(attempt.scenarioId));
		if (again) {
			const same = sameResult(again, attempt);
			if (!same) rescored += 1;
			attempts.push(same ? attempt : again);
			continue;
		}
		const band = bandFor(attempt.score);
		if (band !== attempt.band) {
			return {
				ok: false,
				problem: `attempts[${index}] has a score of ${attempt.score}, which is “${bandText[band]}”, but says “${bandText[attempt.band]}”: the file has been changed or damaged.`,
			};
		}
		attempts.push(attempt);
	}
	return { ok: true, value: { progress: rescored === 0 ? progress : { ...progress, attempts }, rescored } };
}

/** The attempt as its path scores today, or undefined when that cannot be known. */
function scoreAgain(attempt: Attempt, play: Scoring | undefined): Attempt | undefined {
	if (!play || play.procedure.id !== attempt.procedureId) return undefined;
	try {
		const result = score(play.procedure, play.scenario, attempt.path);
		// A path that stops before an ending was not a finished role-play on this version of it.
		return result.endingId === null ? undefined : attemptFrom({ ...attempt, result });
	} catch {
		return undefined; // the path no longer fits the role-play
	}
}

function sameResult(a: Attempt, b: Attempt): boolean {
	const verdicts = (x: Attempt) => JSON.stringify(Object.entries(x.steps).sort(([p], [q]) => (p < q ? -1 : 1)));
	return a.score === b.score && a.band === b.band && a.endingId === b.endingId && verdicts(a) === verdicts(b);
}

/** The role-plays whose content the check could use: those the file has attempts at. */
export function scenariosToScore(progress: Progress): string[] {
	return [...new Set(progress.attempts.map((attempt) => attempt.scenarioId))];
}
