import { formatProblems, type AuthoringProblem } from '../schemas/authoring-problem.ts';

/**
 * The error that stops the build on broken content, printing exactly what
 * `npm run lint:scenarios` prints (formatProblems) and nothing else.
 *
 * How Astro 7 prints an error thrown from a content loader or a page (astro/dist/core/
 * messages/runtime.js, formatErrorMessage): an AstroError's message after an
 * "[AstroUserError]" label, then a "Hint:" (the error's own, or Astro's guess: any message
 * containing "document" or "window", as in "a documented step", gets advice about browser
 * APIs), then the file and line of the `throw` in our loader, then its stack trace. None of
 * that helps an author. A plain Error gets no label; one with an empty stack gets no
 * location and no stack trace; and a toString without the message gives the guess nothing
 * to match, so only the message is printed.
 */
export class AuthoringFailure extends Error {
	override name = 'AuthoringFailure';
	readonly problems: readonly AuthoringProblem[];

	constructor(problems: readonly AuthoringProblem[]) {
		super(formatProblems(problems));
		this.problems = problems;
		this.stack = '';
	}

	override toString(): string {
		return this.name;
	}
}
