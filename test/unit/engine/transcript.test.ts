import { describe, expect, test } from 'vitest';
import { AVATAR_COLOURS, avatarFor } from '../../../src/engine/avatar.ts';
import { describeTrustChange, messagesOf, speakerLabel, timeOfDay, transcript, trustLevel } from '../../../src/engine/transcript.ts';
import { scenario } from '../stores/tiny-scenario.ts';

describe('transcript', () => {
	test('pairs each node answered with the choice made and its trust change', () => {
		const turns = transcript(scenario, [{ nodeId: 'opening', choiceId: 'shrug' }]);
		expect(turns.map((t) => [t.node.id, t.choice.id, t.trustChange])).toEqual([['opening', 'shrug', -20]]);
	});

	test('skips steps that no longer fit the scenario instead of crashing', () => {
		expect(
			transcript(scenario, [
				{ nodeId: 'gone', choiceId: 'x' },
				{ nodeId: 'opening', choiceId: 'nope' },
			]),
		).toEqual([]);
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

describe('a conversation that looks like one', () => {
	test('a chat node holds one message per paragraph; other channels keep the text whole', () => {
		expect(messagesOf('hi\n\norder PP-48213\nit never came', 'chat')).toEqual(['hi', 'order PP-48213', 'it never came']);
		expect(messagesOf('"Hello."\n\nShe waits.', 'phone')).toEqual(['"Hello."\n\nShe waits.']);
	});

	test('messages carry the time of day: the start plus the time passed', () => {
		expect(timeOfDay('09:40', 0, 'minutes')).toBe('09:40');
		expect(timeOfDay('09:40', 25, 'minutes')).toBe('10:05');
		expect(timeOfDay('23:30', 1, 'hours')).toBe('00:30 (+1 day)');
		expect(timeOfDay('09:00', 2, 'days')).toBe('Day 3');
		expect(timeOfDay(undefined, 5, 'minutes')).toBeUndefined();
	});

	test('each turn knows when it happened', () => {
		const turns = transcript(scenario, [{ nodeId: 'opening', choiceId: 'shrug' }]);
		expect(turns.map((t) => [t.at, t.after])).toEqual([[0, 1]]);
	});
});

describe('avatars', () => {
	test('initials from the name, a role after a comma left out, and the same colour every time', () => {
		expect(avatarFor('Dana Mensah')).toEqual(avatarFor('Dana Mensah'));
		expect(avatarFor('Dana Mensah').initials).toBe('DM');
		expect(avatarFor('Priya, engineering team leader').initials).toBe('P');
		expect(avatarFor('Marcus van der Berg').initials).toBe('MB');
		expect(avatarFor('Dana Mensah').colour).toBeLessThan(AVATAR_COLOURS);
	});
});
