import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem, parseYaml } from '../../../src/schemas/friendly-errors.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';

// The role-play cards' fields: a broken one stops the build with the file, the line, the field and the fix.

const FILE = 'test/fixtures/scenarios/valid/billing-complaint.yaml';
const withCards = (yaml: string) => parseYaml(scenarioSchema, `${readFileSync(FILE, 'utf8')}\ncards:\n${yaml}`, FILE);
// The fixture's lines, then a blank line and "cards:": the first card field is on the line after.
const lines = readFileSync(FILE, 'utf8').split('\n').length;

describe('cards', () => {
	test('read as the data says: the customer’s situation and the agent’s facts', () => {
		const result = withCards('  customer: You ordered a kettle.\n  agent:\n    - Order 7 left on Monday.\n');
		expect(result.ok && result.data.cards).toEqual({ customer: 'You ordered a kettle.', agent: ['Order 7 left on Monday.'] });
	});

	test('an agent card with no facts, or a field the cards do not have, is refused with the line and the fix', () => {
		const result = withCards('  customer: You ordered a kettle.\n  agent: []\n  extra: 1\n');
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
			`error: ${FILE}, line ${lines + 3}, cards.agent: needs at least one fact: what the agent has in front of them.\nFix: replace "agent: []" with "agent:" and 1 to 6 items below it, each on its own line starting with "- ". The facts on the agent's card: the booking, the account, what colleagues have said and what can be offered.`,
			`error: ${FILE}, line ${lines + 4}, cards.extra: is not a field here.\nFix: remove it, or correct the spelling. The fields allowed here are: customer, agent.`,
		]);
	});
});
