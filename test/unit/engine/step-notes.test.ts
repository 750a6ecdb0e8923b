import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/schemas/friendly-errors.ts';
import { stepNoteProblems } from '../../../src/engine/step-notes.ts';
import { loadLessons, loadProcedures } from '../content/load-content.ts';

// A lesson's examples for a step go in a slot of <StepList> named after the step. Astro
// silently drops a slot no step asks for, and text outside a slot, so the build stops on them.

const FILE = 'content/lessons/x.mdx';
const procedures = [{ id: 'p', steps: ['hear-them', 'say-it-back'], checks: ['first-check'] }];
const messages = (text: string) => stepNoteProblems(FILE, text, procedures).map(formatProblem);

describe('stepNoteProblems', () => {
	test('a slot per step, with components and their own slots inside, is fine', () => {
		const lesson = [
			'Intro.',
			'<StepList procedure="p">',
			'  <Fragment slot="hear-them">',
			'    Text with a <Term id="t">term</Term>.',
			'    <Compare situation="They said: “No.”">',
			'      <Fragment slot="poor">“No.”</Fragment>',
			'      <Fragment slot="better">“Tell me.”</Fragment>',
			'    </Compare>',
			'  </Fragment>',
			'</StepList>',
			'<StepList procedure="p" part="checks"><Fragment slot="first-check">x</Fragment></StepList>',
			'<StepList procedure="p" />',
		].join('\n');
		expect(messages(lesson)).toEqual([]);
	});

	test('a slot that names no step of the part says which ones exist', () => {
		expect(messages('<StepList procedure="p">\n  <Fragment slot="say-it-bak">x</Fragment>\n</StepList>')).toEqual([
			'error: content/lessons/x.mdx, line 2, <Fragment slot="say-it-bak">: names no step of "p", so it is never shown.\nFix: use one of: hear-them, say-it-back.',
		]);
		expect(messages('<StepList procedure="p" part="checks">\n<Fragment slot="hear-them">x</Fragment>\n</StepList>')).toEqual([
			'error: content/lessons/x.mdx, line 2, <Fragment slot="hear-them">: names no check of "p", so it is never shown.\nFix: use one of: first-check.',
		]);
	});

	test('an element or text outside a slot is named, with the line', () => {
		expect(messages('<StepList procedure="p">\n\n  Some words.\n  <Compare situation="s"></Compare>\n</StepList>')).toEqual([
			'error: content/lessons/x.mdx, line 3, <StepList procedure="p">: has text outside a slot, which is never shown.\nFix: put it inside <Fragment slot="step-id"> for the step it belongs to, or move it before or after the <StepList>.',
			'error: content/lessons/x.mdx, line 4, <StepList procedure="p">: has a <Compare> without a slot, which is never shown.\nFix: give it slot="step-id" for the step it belongs to (one of: hear-them, say-it-back), or move it out of the <StepList>.',
		]);
	});

	test('every real lesson puts its step notes where a step will show them', () => {
		const parts = loadProcedures().map((p) => ({ id: p.id, steps: p.steps.map((s) => s.id), checks: p.checks.map((s) => s.id) }));
		expect(
			loadLessons()
				.flatMap((lesson) => stepNoteProblems(lesson.file, lesson.source, parts))
				.map(formatProblem),
		).toEqual([]);
	});
});
