import { describe, expect, test } from 'vitest';
import { readStored, upgrade } from '../../../../src/engine/progress/migrate.ts';
import { exportFile } from '../../../../src/engine/progress/export-file.ts';
import { readExport } from '../../../../src/engine/progress/read-export.ts';
import { LIMITS } from '../../../../src/engine/progress/model.ts';
import { day, fullProgress, versionOne } from './fixtures.ts';

describe('upgrade: reading any version', () => {
	test('the current version is read as it is', () => {
		expect(upgrade(fullProgress())).toEqual({ ok: true, progress: fullProgress() });
	});

	test('version 1 is upgraded: its role-play in progress is filed under its scenario, nothing is lost', () => {
		const read = upgrade(versionOne);
		expect(read).toEqual({
			ok: true,
			migratedFrom: 1,
			progress: {
				version: 3,
				resetAt: null,
				lessons: versionOne.lessons,
				drills: {},
				quizzes: {},
				attempts: versionOne.attempts,
				inProgress: { 'broadband-outage': { mode: 'assessment', path: [{ nodeId: 'opening', choiceId: 'listen' }], updatedAt: day(2) } },
			},
		});
	});

	test('version 1 with nothing in progress', () => {
		const read = upgrade({ ...versionOne, inProgress: null });
		expect(read.ok && read.progress.inProgress).toEqual({});
	});

	test('a damaged version 1 record is refused with the place of the damage', () => {
		expect(upgrade({ ...versionOne, inProgress: { ...versionOne.inProgress, scenarioId: 42 } })).toEqual({
			ok: false,
			problem: 'inProgress.scenarioId must be an id in lowercase words joined by hyphens, not 42',
		});
		expect(upgrade({ ...versionOne, attempts: [{ ...versionOne.attempts[0], score: -5 }] })).toEqual({
			ok: false,
			problem: 'attempts[0].score must be a whole number from 0 to 100, not -5',
		});
	});

	test('a newer version, or none, is refused', () => {
		expect(upgrade({ ...fullProgress(), version: 9 })).toEqual({
			ok: false,
			problem: 'The record was made by a newer version of this site (version 9; this one reads versions 1 to 3)',
		});
		expect(upgrade({ lessons: {} })).toEqual({
			ok: false,
			problem: 'The record has no version number this site recognises: it may not be a Make Good progress record',
		});
		expect(upgrade('progress')).toEqual({ ok: false, problem: 'The record is not a progress record (it is not an object)' });
	});
});

describe('readStored: the text kept in storage', () => {
	test('reads good JSON and refuses damaged JSON', () => {
		expect(readStored(JSON.stringify(fullProgress()))).toEqual({ ok: true, progress: fullProgress() });
		expect(readStored(JSON.stringify(fullProgress()).slice(0, 50))).toEqual({
			ok: false,
			problem: 'The record is not valid JSON: it may have been cut short or edited by hand',
		});
	});
});

describe('readExport: a file the learner chose to import', () => {
	const good = JSON.stringify(exportFile(fullProgress(), day(5)));
	const refusal = (text: string, bytes = text.length) => {
		const read = readExport(text, bytes);
		return read.ok ? 'accepted' : read.problem;
	};

	test('reads a file this site exported', () => {
		expect(readExport(good, good.length)).toEqual({ ok: true, value: { progress: fullProgress(), exportedAt: day(5) } });
	});

	test('reads a file exported by the version 1 site, upgraded', () => {
		const old = JSON.stringify({ format: 'make-good-progress', exportedAt: day(5), progress: versionOne });
		const read = readExport(old, old.length);
		expect(read.ok && Object.keys(read.value.progress.inProgress)).toEqual(['broadband-outage']);
	});

	test.each([
		['not JSON', 'Name,Score\nSam,80', 'The file is not valid JSON: it may be cut short, or not a progress export at all.'],
		['cut short', good.slice(0, good.length / 2), 'The file is not valid JSON: it may be cut short, or not a progress export at all.'],
		[
			'other JSON',
			'{"name":"make-good","version":"0.1.0"}',
			'The file is JSON but not a Make Good progress export (it has no "format": "make-good-progress").',
		],
		['JSON but not an object', '[1,2,3]', 'The file is JSON but not a Make Good progress export (it has no "format": "make-good-progress").'],
		[
			'an unknown envelope field',
			good.replace('"format"', '"signedBy":"me","format"'),
			'The file cannot be used: it has a field this version does not know: "signedBy".',
		],
		[
			'a newer version',
			good.replace('"version":3', '"version":7'),
			'The progress in the file cannot be used: it was made by a newer version of this site (version 7; this one reads versions 1 to 3).',
		],
		[
			'a tampered score',
			good.replace('"score":85', '"score":850'),
			'The progress in the file cannot be used: attempts[1].score must be a whole number from 0 to 100, not 850.',
		],
		[
			'a tampered shape',
			good.replace('"attempts":[', '"attempts":{"x":[').replace(/,"inProgress"/, '},"inProgress"'),
			'The progress in the file cannot be used: attempts must be a list, not an object.',
		],
	])('refuses a file that is %s', (_label, text, problem) => {
		expect(refusal(text)).toBe(problem);
	});

	test('reads a bare progress record (how earlier versions downloaded kept-aside progress), without an export date', () => {
		const bare = JSON.stringify(fullProgress());
		expect(readExport(bare, bare.length)).toEqual({ ok: true, value: { progress: fullProgress(), exportedAt: undefined } });
		const broken = JSON.stringify({ ...fullProgress(), version: 9 });
		expect(refusal(broken)).toBe(
			'The progress in the file cannot be used: it was made by a newer version of this site (version 9; this one reads versions 1 to 3).',
		);
	});

	test('refuses an over-large file before reading it', () => {
		expect(refusal('', LIMITS.importBytes + 1)).toBe('The file is 2001 KB, larger than any progress export (at most 2 MB). Check you chose the right file.');
	});
});
