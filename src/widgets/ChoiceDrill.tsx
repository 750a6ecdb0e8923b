import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { choiceScore, feedbackFor, isCorrect, phase, type ChoiceDrill as Drill, type ChoiceItem } from '../engine/drills/choice.ts';
import { summary } from '../engine/drills/summary.ts';
import { $choiceDrill, answerItem, choiceDrillState, goToNextItem, leaveChoiceDrill, restartChoiceDrill } from '../stores/choice-drill.ts';
import { DrillSummary, LiveRegion, Mark } from './drill-parts.tsx';
import { ADDED_GUIDANCE } from '../engine/provenance.ts';

interface Props {
	drill: Drill;
}

type FocusTarget = 'item' | 'next' | 'first-option' | 'summary';

/**
 * The one-answer drills (classify the failure, open or closed, route the fact-finding):
 * one item at a time, a radio group, feedback, then a score. Rules live in
 * src/engine/drills/choice.ts; this only renders them.
 */
export default function ChoiceDrill({ drill }: Props) {
	// Subscribes, so the island re-renders on every change; the state is the stored one or a fresh start.
	useStore($choiceDrill);
	const state = choiceDrillState(drill);
	const current = phase(drill, state);
	const item = drill.items[state.index];
	const [picked, setPicked] = useState<string | null>(null);
	const [missing, setMissing] = useState(false);
	const [message, setMessage] = useState('');
	const [focus, setFocus] = useState<FocusTarget | null>(null);
	const refs = {
		item: useRef<HTMLHeadingElement>(null),
		next: useRef<HTMLButtonElement>(null),
		'first-option': useRef<HTMLInputElement>(null),
		summary: useRef<HTMLElement>(null),
	};

	// A layout effect: focus moves in the same task as the change it follows, so a key pressed
	// right after (by a fast user or a test) reaches the control now in focus, not the old one.
	useLayoutEffect(() => {
		if (!focus) return;
		refs[focus].current?.focus();
		setFocus(null);
	}, [focus, state]);

	useEffect(() => () => leaveChoiceDrill(), []);

	const onSubmit = (event: Event) => {
		event.preventDefault();
		if (!item) return;
		if (picked === null) {
			setMissing(true);
			setMessage('Choose an answer first.');
			setFocus('first-option');
			return;
		}
		answerItem(drill, picked);
		const feedback = feedbackFor(drill, item, picked);
		setMessage(
			[feedback.verdict + '.', feedback.correct ? '' : `The answer: ${feedback.answerLabel}.`, feedback.mistake ?? '', item.explanation]
				.filter(Boolean)
				.join(' '),
		);
		setFocus('next');
	};

	const onNext = () => {
		goToNextItem(drill);
		setPicked(null);
		setMissing(false);
		const after = choiceDrillState(drill);
		if (phase(drill, after) === 'done') {
			const score = choiceScore(drill, after);
			setMessage(`Drill finished: ${summary(score.correct, score.total)}.`);
			setFocus('summary');
		} else {
			setMessage('');
			setFocus('item');
		}
	};

	const onRetry = () => {
		restartChoiceDrill(drill);
		setMessage('');
		setFocus('item');
	};

	const score = choiceScore(drill, state);
	const optionLabel = (optionId: string | undefined) => drill.options.find((o) => o.id === optionId)?.label ?? '';

	return (
		<div class="drill choice-drill">
			{current === 'done' || !item ? (
				<DrillSummary correct={score.correct} total={score.total} focusRef={refs.summary} onRetry={onRetry}>
					<ol class="drill-review">
						{drill.items.map((reviewed, index) => {
							const chosen = state.answers[index];
							const correct = isCorrect(reviewed, chosen);
							return (
								<li key={reviewed.id} class={correct ? 'is-right' : 'is-wrong'}>
									<Mark correct={correct}>{correct ? 'Right' : 'Not quite'}</Mark>
									<Prompt item={reviewed} />
									<p class="meta">
										Your answer: {optionLabel(chosen)}.{!correct && ` The right answer: ${optionLabel(reviewed.answer)}.`}
									</p>
								</li>
							);
						})}
					</ol>
				</DrillSummary>
			) : (
				<section class="drill-item" key={item.id} aria-labelledby={`${drill.id}-item`}>
					{score.total > 0 && <p class="drill-progress meta">{summary(score.correct, score.total)} so far</p>}
					<h2 id={`${drill.id}-item`} tabIndex={-1} ref={refs.item}>
						{drill.itemLabel} {state.index + 1} of {drill.items.length}
					</h2>
					<Prompt item={item} />
					<form onSubmit={onSubmit}>
						<fieldset class="drill-options" aria-describedby={missing ? `${drill.id}-missing` : undefined}>
							<legend>{drill.question}</legend>
							{drill.options.map((option, index) => {
								const chosen = current === 'feedback' && state.answers[state.index] === option.id;
								const right = current === 'feedback' && option.id === item.answer;
								return (
									<label key={option.id} class={`drill-option${chosen ? ' is-chosen' : ''}${right ? ' is-answer' : ''}`}>
										<input
											type="radio"
											name={`${drill.id}-${item.id}`}
											value={option.id}
											checked={current === 'feedback' ? chosen : picked === option.id}
											disabled={current === 'feedback'}
											ref={index === 0 ? refs['first-option'] : null}
											onChange={() => {
												setPicked(option.id);
												setMissing(false);
											}}
										/>
										<span class="drill-option-text">
											<strong>{option.label}</strong>
											{option.hint && <span class="meta">{option.hint}</span>}
											{(chosen || right) && (
												<span class="option-tag">
													<span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
													{right && chosen ? 'Your answer, and the right one' : right ? 'The right answer' : 'Your answer'}
												</span>
											)}
										</span>
									</label>
								);
							})}
						</fieldset>
						{missing && (
							<p class="drill-error" id={`${drill.id}-missing`}>
								Choose an answer first.
							</p>
						)}
						{current === 'asking' && (
							<button type="submit" class="button">
								Check answer
							</button>
						)}
					</form>
					{current === 'feedback' && <Feedback drill={drill} item={item} chosen={state.answers[state.index]!} />}
					{current === 'feedback' && (
						<div class="actions">
							<button type="button" class="button" ref={refs.next} onClick={onNext}>
								{state.index + 1 < drill.items.length ? `Next ${drill.itemLabel.toLowerCase()}` : 'See your score'}
							</button>
						</div>
					)}
				</section>
			)}
			<LiveRegion message={message} />
		</div>
	);
}

function Prompt({ item }: { item: ChoiceItem }) {
	return (
		<div class="drill-prompt">
			{item.context && <p class="drill-context">{item.context}</p>}
			<p class={item.spoken ? 'drill-text spoken' : 'drill-text'}>{item.spoken ? `“${item.prompt}”` : item.prompt}</p>
		</div>
	);
}

function Feedback({ drill, item, chosen }: { drill: Drill; item: ChoiceItem; chosen: string }) {
	const feedback = feedbackFor(drill, item, chosen);
	return (
		<div class={`drill-feedback ${feedback.correct ? 'is-right' : 'is-wrong'}`}>
			<Mark correct={feedback.correct}>{feedback.verdict}</Mark>
			{!feedback.correct && (
				<p>
					The answer: <strong>{feedback.answerLabel}</strong>
				</p>
			)}
			{feedback.mistake && <p>{feedback.mistake}</p>}
			<p>{item.explanation}</p>
			{item.extras.map((extra) =>
				extra.added ? (
					<p key={extra.label} class="added-guidance">
						<span class="badge added">
							{ADDED_GUIDANCE}
							<span class="visually-hidden">:</span>
						</span>{' '}
						<strong>{extra.label}:</strong> {extra.text}
					</p>
				) : (
					<p key={extra.label}>
						<strong>{extra.label}:</strong> {extra.text}
					</p>
				),
			)}
		</div>
	);
}
