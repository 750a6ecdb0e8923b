import type { AuthoringProblem } from '../schemas/friendly-errors.ts';

/**
 * A lesson adds its examples to a step through a slot of <StepList> named after the step:
 * <StepList procedure="p"><Fragment slot="step-id">…</Fragment></StepList>. Astro drops a
 * slot no step asks for, and anything inside <StepList> outside a slot, without a word, so
 * this finds both in the lesson's source, with the line and the fix. Pure: callers pass the
 * file's text and each procedure's step and check ids.
 */

export interface ProcedureParts {
	id: string;
	steps: readonly string[];
	checks: readonly string[];
}

/** One tag of MDX/JSX: `<Name attrs>`, `</Name>` or `<Name attrs />`. Markdown text has no "<" followed by a letter. */
const TAG = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

export function stepNoteProblems(file: string, text: string, procedures: readonly ProcedureParts[]): AuthoringProblem[] {
	const problems: AuthoringProblem[] = [];
	let list: { procedure: ProcedureParts | undefined; id: string; part: 'steps' | 'checks'; textFrom: number } | undefined;
	let depth = 0;
	const strayText = (from: number, to: number) => {
		if (!list || depth !== 1 || text.slice(from, to).trim() === '') return;
		const offset = from + text.slice(from, to).search(/\S/);
		problems.push({
			file,
			line: lineAt(text, offset),
			where: `<StepList procedure="${list.id}">`,
			message: 'has text outside a slot, which is never shown.',
			fix: 'put it inside <Fragment slot="step-id"> for the step it belongs to, or move it before or after the <StepList>.',
		});
	};
	for (const match of text.matchAll(TAG)) {
		const [whole, closing, name, attributes = '', selfClosing] = match;
		if (!list) {
			if (name === 'StepList' && !closing && !selfClosing) {
				const id = attribute(attributes, 'procedure') ?? '';
				list = {
					id,
					procedure: procedures.find((p) => p.id === id),
					part: attribute(attributes, 'part') === 'checks' ? 'checks' : 'steps',
					textFrom: match.index + whole.length,
				};
				depth = 1;
			}
			continue;
		}
		strayText(list.textFrom, match.index);
		list.textFrom = match.index + whole.length;
		if (closing) {
			depth--;
			if (depth === 0) list = undefined;
			continue;
		}
		if (depth === 1) {
			const slot = attribute(attributes, 'slot');
			const ids = list.procedure?.[list.part] ?? [];
			if (slot === undefined) {
				problems.push({
					file,
					line: lineAt(text, match.index),
					where: `<StepList procedure="${list.id}">`,
					message: `has a <${name}> without a slot, which is never shown.`,
					fix: `give it slot="step-id" for the step it belongs to (one of: ${ids.join(', ')}), or move it out of the <StepList>.`,
				});
			} else if (list.procedure && !ids.includes(slot)) {
				problems.push({
					file,
					line: lineAt(text, match.index),
					where: `<${name} slot="${slot}">`,
					message: `names no ${list.part === 'checks' ? 'check' : 'step'} of "${list.id}", so it is never shown.`,
					fix: `use one of: ${ids.join(', ')}.`,
				});
			}
		}
		if (!selfClosing) depth++;
	}
	return problems;
}
