import { describe, expect, test } from 'vitest';
import { describeTrustChange, speakerLabel, transcript, trustLevel } from '../../../src/engine/transcript.ts';
import { scenario } from '../stores/tiny-scenario.ts';

describe('transcript', () => {
	test('pairs each node answered with the choice made and its trust change', () => {
		const turns = transcript(scenario, [{ nodeId: 'opening', choiceId: 'shrug' }]);
		expect(turns.map((t) => [t.node.id, t.choice.id, t.trustChange])).toEqual([['opening', 'shrug', -20]]);
	});

	test('skips steps that no longer fit the scenario instead of crashing', () => {
		expect(transcript(scenario, [{ nodeId: 'gone', choiceId: 'x' }, { nodeId: 'opening', choiceId: 'nope' }])).toEqual([]);
	});
});

describe('words that carry meaning without colour', () => {
	test('speaker labels', () => {
		expect(speakerLabel({ speaker: 'customer' }, 'Dana')).toBe('Dana');
		expect(speakerLabel({ speaker: 'colleague' }, 'Dana')).toBe('Your colleague');
		expect(speakerLabel({ speaker: 'colleague', speakerName: 'Priya, team leader' }, 'Dana')).toBe('Priya, team leader');
		expect(speakerLabel({ speaker: 'narrator' }, 'Dana')).toBe('What happens');
	});

	test('trust changes and levels', () => {
		expect(describeTrustChange(10)).toBe('Trust +10');
		expect(describeTrustChange(-5)).toBe('Trust −5');
		expect(describeTrustChange(0)).toBe('Trust unchanged');
		expect([0, 24, 25, 49, 50, 74, 75, 100].map(trustLevel)).toEqual(['very low', 'very low', 'low', 'low', 'steady', 'steady', 'high', 'high']);
	});
});
