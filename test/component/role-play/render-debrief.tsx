import { render } from '@testing-library/preact';
import Debrief from '../../../src/widgets/role-play/Debrief.tsx';
import type { Mode } from '../../../src/engine/progress/model.ts';
import type { PathStep } from '../../../src/engine/runner.ts';
import { transcript } from '../../../src/engine/transcript.ts';
import type { Procedure } from '../../../src/schemas/procedure.ts';
import type { Scenario } from '../../../src/schemas/scenario.ts';

/** The debrief of a play along `path`, as the role-play shows it at the end (no links, no ideal path). */
export function renderDebrief(scenario: Scenario, procedure: Procedure, path: PathStep[], options: { mode: Mode; forCertificate?: boolean }) {
	return render(
		<Debrief
			scenario={scenario}
			procedure={procedure}
			path={path}
			idealPath={[]}
			stepLinks={{}}
			turns={transcript(scenario, path)}
			mode={options.mode}
			forCertificate={options.forCertificate ?? false}
			onTryAgain={() => {}}
			focusRef={{ current: null }}
		/>,
	);
}
