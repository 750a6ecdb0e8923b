import { formatDate } from '../../utils/dates.ts';
import { Done, NotYet, type Section } from './shared.tsx';

export function Lessons({ catalogue, progress }: Section) {
	return (
		<section aria-labelledby="lessons-title">
			<h2 id="lessons-title">Lessons</h2>
			<ul class="checklist">
				{catalogue.lessons.map((lesson) => {
					const done = progress.lessons[lesson.id];
					const check = progress.quizzes[lesson.id];
					return (
						<li key={lesson.id}>
							<a href={lesson.href}>{lesson.title}</a> {done ? <Done on={done.readAt} /> : <NotYet />}
							{check && (
								<span class="meta">
									{' '}
									Knowledge check: best {check.best.correct} of {check.best.total} right first time
									{check.passedAt ? `, passed on ${formatDate(check.passedAt)}` : ', not passed yet'}.
								</span>
							)}
						</li>
					);
				})}
			</ul>
		</section>
	);
}

export function Drills({ catalogue, progress }: Section) {
	return (
		<section aria-labelledby="drills-title">
			<h2 id="drills-title">Drills</h2>
			<ul class="checklist">
				{catalogue.drills.map((drill) => {
					const done = progress.drills[drill.id];
					return (
						<li key={drill.id}>
							<a class="item-title" href={drill.href}>
								{drill.title}
							</a>{' '}
							{done ? (
								<>
									<Done on={done.lastDoneAt} />
									<span class="meta">
										{' '}
										Last: {done.last.correct} of {done.last.total} · best: {done.best.correct} of {done.best.total}
									</span>
								</>
							) : (
								<NotYet />
							)}
						</li>
					);
				})}
			</ul>
		</section>
	);
}
