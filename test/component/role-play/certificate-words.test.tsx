import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import StartPanel from '../../../src/widgets/role-play/StartPanel.tsx';
import { idealPath } from '../../../src/engine/ideal-path.ts';
import { loadProcedures, loadScenarios } from '../../unit/content/load-content.ts';
import { renderDebrief } from './render-debrief.tsx';

/**
 * What the role-play says about the certificate matches what the certificate asks for: only a
 * role-play a lesson is assessed by is said to count, and only in assessment mode.
 */
afterEach(cleanup);

const scenario = loadScenarios()[0]!;
const procedure = loadProcedures().find((p) => p.id === scenario.procedure)!;
const path = idealPath(procedure, scenario);
const practiceNote = 'Practice attempts do not count towards the certificate: play it in assessment mode for that.';

const start = (forCertificate: boolean) =>
	render(
		<StartPanel mode="assessment" ready offer={{ kind: 'none' }} onStart={() => {}} onResume={undefined} changed={false} forCertificate={forCertificate} />,
	);
const debrief = (forCertificate: boolean) => renderDebrief(scenario, procedure, path, { mode: 'practice', forCertificate });

describe('a role-play the certificate asks for', () => {
	test('the assessment option says the certificate needs it passed in that mode', () => {
		start(true);
		expect(screen.getByText(/The certificate needs this role-play passed in this mode\./)).toBeTruthy();
	});
	test('a practice debrief says practice does not count', () => {
		debrief(true);
		expect(screen.getByText(practiceNote)).toBeTruthy();
	});
});

describe('a role-play the certificate does not ask for', () => {
	test('the assessment option says so, and promises nothing', () => {
		start(false);
		expect(screen.getByText(/The certificate does not ask for this role-play\./)).toBeTruthy();
		expect(screen.queryByText(/The certificate needs/)).toBeNull();
	});
	test('a practice debrief does not send the learner to assessment mode for a certificate', () => {
		debrief(false);
		expect(screen.queryByText(practiceNote)).toBeNull();
	});
});
