import type { Catalogue } from '../../engine/progress/catalogue.ts';
import type { Progress } from '../../engine/progress/model.ts';
import { formatDate } from '../../utils/dates.ts';

/** What every section of the progress page is given. */
export interface Section {
	catalogue: Catalogue;
	progress: Progress;
}

export function Done({ on }: { on: string }) {
	return (
		<span class="status done">
			<span aria-hidden="true">✓ </span>Done on {formatDate(on)}
		</span>
	);
}

export const NotYet = () => <span class="status todo">Not yet</span>;
