import type { Catalogue } from '../../engine/progress/catalogue.ts';
import { nextStep } from '../../engine/progress/where.ts';
import { useStoredProgress } from '../use-stored-progress.ts';

interface Props {
	catalogue: Catalogue;
	first: { title: string; href: string };
	certificateHref: string;
}

/**
 * The home page's first button: "Start with…" for a new learner; for a returning one, what
 * to do next, with why. Built for a new learner, so nothing moves for them.
 */
export default function HeroAction({ catalogue, first, certificateHref }: Props) {
	const { progress } = useStoredProgress();
	const next = nextStep(catalogue, progress, certificateHref);
	if (!next) {
		return (
			<a class="button" href={first.href}>
				Start with “{first.title}”
			</a>
		);
	}
	return (
		<span class="carry-on">
			<a class="button" href={next.href}>
				Carry on: {next.verb} “{next.title}”
			</a>
			<span class="meta">{next.why}</span>
		</span>
	);
}
