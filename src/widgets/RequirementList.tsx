import { PASS_BAND, type Requirement } from '../engine/progress/certificate.ts';
import { bandText } from '../engine/words.ts';

/** What the certificate asks for, each item marked done or to do, with the learner's best so far. */
export default function RequirementList({ items }: { items: readonly Requirement[] }) {
	return (
		<ul class="checklist">
			{items.map((item) => (
				<RequirementItem key={`${item.kind}-${item.id}`} item={item} />
			))}
		</ul>
	);
}

function RequirementItem({ item }: { item: Requirement }) {
	const mark = item.doneAt ? (
		<span class="status done">
			<span aria-hidden="true">✓ </span>Done
		</span>
	) : (
		<span class="status todo">To do</span>
	);
	if (item.kind === 'lesson') {
		return (
			<li>
				Read the lesson <a href={item.href}>{item.title}</a> and mark it as done {mark}
			</li>
		);
	}
	if (item.kind === 'knowledge-check') {
		return (
			<li>
				Pass the knowledge check of <a href={item.href}>{item.title}</a> {mark}
				{!item.doneAt && item.record && (
					<span class="meta">
						{' '}
						Your best so far: {item.record.best.correct} of {item.record.best.total} right first time.
					</span>
				)}
			</li>
		);
	}
	return (
		<li>
			Play <a href={item.href}>{item.title}</a> in assessment mode to at least “{bandText[PASS_BAND]}” {mark}
			{!item.doneAt && item.best && (
				<span class="meta">
					{' '}
					Your best in assessment so far: {item.best.score} / 100, {bandText[item.best.band]}.
				</span>
			)}
			{item.practicePass && (
				<span class="meta">
					{' '}
					Your practice pass ({item.practicePass.score} / 100) does not count: assessment gives no hints, so it shows what you can do on your own.
				</span>
			)}
		</li>
	);
}
