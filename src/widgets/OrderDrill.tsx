import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { OrderItem } from '../engine/drills/build.ts';
import type { Direction } from '../engine/drills/order.ts';
import { summary } from '../engine/drills/summary.ts';
import { $orderDrill, checkStepOrder, leaveOrderDrill, moveStep, orderDrillState, retryStepOrder, showStepOrder } from '../stores/order-drill.ts';
import { DrillSummary, LiveRegion, Mark } from './drill-parts.tsx';

interface Props {
	id: string;
	/** The steps in the procedure's own (correct) order. */
	items: OrderItem[];
}

type FocusTarget = { kind: 'move'; id: string; direction: Direction } | { kind: 'list' | 'summary' | 'answer' };

/**
 * "Put the steps in order": Move up / Move down buttons (keyboard first; no dragging),
 * then a check that marks every position. Rules live in src/engine/drills/order.ts.
 */
export default function OrderDrill({ id, items }: Props) {
	const drill = { id, solution: items.map((item) => item.id) };
	// Subscribes, so the island re-renders on every change; the state is the stored one or a fresh start.
	useStore($orderDrill);
	const state = orderDrillState(drill);
	const byId = new Map(items.map((item, index) => [item.id, { ...item, position: index + 1 }]));
	const total = items.length;
	const [message, setMessage] = useState('');
	const [focus, setFocus] = useState<FocusTarget | null>(null);
	const root = useRef<HTMLDivElement>(null);
	const summaryRef = useRef<HTMLElement>(null);

	// Focus follows the learner's action: the button they pressed (its item may have moved
	// in the DOM), the results, or the list when they go back to arranging.
	// A layout effect: focus moves in the same task as the change it follows, so a key pressed
	// right after (by a fast user or a test) reaches the control now in focus, not the old one.
	useLayoutEffect(() => {
		if (!focus) return;
		const selector = {
			move: focus.kind === 'move' ? `[data-step="${focus.id}"][data-direction="${focus.direction}"]` : '',
			list: '.order-list',
			summary: '.drill-summary',
			answer: '.order-answer',
		}[focus.kind];
		root.current?.querySelector<HTMLElement>(selector)?.focus();
		setFocus(null);
	}, [focus, state]);

	useEffect(() => () => leaveOrderDrill(), []);

	const title = (stepId: string) => byId.get(stepId)?.title ?? stepId;

	const onMove = (index: number, direction: Direction) => {
		const stepId = state.order[index]!;
		const result = moveStep(drill, index, direction);
		setMessage(
			result.moved ? `${title(stepId)} moved to position ${result.to + 1} of ${total}` : `${title(stepId)} is already ${direction === 'up' ? 'first' : 'last'}`,
		);
		setFocus({ kind: 'move', id: stepId, direction });
	};

	const onCheck = () => {
		checkStepOrder(drill);
		const result = $orderDrill.get()!.result!;
		setMessage(`${summary(result.correct, result.total)}. Each step is now marked right or wrong.`);
		setFocus({ kind: 'summary' });
	};

	const onRetry = () => {
		const solved = state.result?.correct === total;
		retryStepOrder(drill);
		setMessage(solved ? 'The steps are shuffled again.' : 'Marks cleared: move the steps marked wrong, then check again.');
		setFocus({ kind: 'list' });
	};

	const onShowAnswer = () => {
		showStepOrder(drill);
		setFocus({ kind: 'answer' });
	};

	const result = state.result;
	return (
		<div class="drill order-drill" ref={root}>
			<p class="drill-help" id={`${id}-help`}>
				Use the <strong>Up</strong> and <strong>Down</strong> buttons beside a step to move it. The first step goes at the top.
			</p>
			<ol class="order-list" aria-label="Your order" aria-describedby={`${id}-help`} tabIndex={-1}>
				{state.order.map((stepId, index) => {
					const item = byId.get(stepId)!;
					const position = result?.positions[index];
					return (
						<li key={stepId} class={`order-item${position ? (position.correct ? ' is-right' : ' is-wrong') : ''}`}>
							<span class="order-number" aria-hidden="true">
								{index + 1}
							</span>
							<div class="order-body">
								<p class="order-title">{item.title}</p>
								{position && (
									<>
										<Mark correct={position.correct}>
											{position.correct ? `Right: this is step ${item.position}` : `Wrong place: this is step ${item.position}`}
										</Mark>
										<p class="order-explain">{item.summary}</p>
									</>
								)}
							</div>
							{!result && (
								<div class="order-moves">
									{(['up', 'down'] as const).map((direction) => {
										const atEdge = direction === 'up' ? index === 0 : index === total - 1;
										return (
											<button
												key={direction}
												type="button"
												class="move"
												data-step={stepId}
												data-direction={direction}
												aria-label={`Move “${item.title}” ${direction}`}
												aria-disabled={atEdge ? 'true' : undefined}
												onClick={() => onMove(index, direction)}
											>
												<span aria-hidden="true">{direction === 'up' ? '↑ Up' : '↓ Down'}</span>
											</button>
										);
									})}
								</div>
							)}
						</li>
					);
				})}
			</ol>
			{!result && (
				<div class="actions">
					<button type="button" class="button" onClick={onCheck}>
						Check order
					</button>
				</div>
			)}
			{result && (
				<DrillSummary
					correct={result.correct}
					total={result.total}
					focusRef={summaryRef}
					onRetry={onRetry}
					actions={
						!state.answerShown &&
						result.correct < result.total && (
							<button type="button" class="button secondary" onClick={onShowAnswer}>
								Show the answer
							</button>
						)
					}
				/>
			)}
			{result && state.answerShown && (
				<section class="order-answer" aria-labelledby={`${id}-answer`} tabIndex={-1}>
					<h2 id={`${id}-answer`}>The documented order</h2>
					<ol>
						{items.map((item) => (
							<li key={item.id}>{item.title}</li>
						))}
					</ol>
				</section>
			)}
			<LiveRegion message={message} />
		</div>
	);
}
