/**
 * The practice drills, by id: the ONE list that lesson frontmatter (`drills:`) is checked
 * against until the drills have a content collection of their own. The drills live at
 * /drills/<id>/. Titles here are what the course map shows for each.
 */
export const drillTitles = {
	'order-steps-issue-resolution': 'Put the complaint steps in order',
	'order-steps-service-cannot-be-provided': 'Put the "can\'t provide as agreed" steps in order',
	'order-steps-stopping-service': 'Put the stopping-service steps in order',
	'classify-failure': 'Name the kind of service failure',
	'open-or-closed': 'Open or closed question?',
	'route-fact-finding': 'Who confirms the facts?',
} as const satisfies Record<string, string>;

export type DrillId = keyof typeof drillTitles;

export const drillIds = Object.keys(drillTitles) as DrillId[];

export function isDrillId(id: string): id is DrillId {
	return Object.hasOwn(drillTitles, id);
}
