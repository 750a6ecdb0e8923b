import type { APIRoute } from 'astro';
import { getProcedure, getScenarios } from '../../../utils/content.ts';

/**
 * progress/scoring/<role-play id>.json: a role-play and the procedure it is scored against,
 * fetched by /progress/ only when the learner imports a file with attempts at it, so each
 * attempt can be scored again (src/engine/progress/verify-attempts.ts).
 */
export async function getStaticPaths() {
	return (await getScenarios()).map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}

export const GET: APIRoute = async ({ props }) => {
	const { scenario } = props as { scenario: Awaited<ReturnType<typeof getScenarios>>[number] };
	const procedure = await getProcedure(scenario.procedure, `content/scenarios/${scenario.id}.yaml (field "procedure")`);
	return new Response(JSON.stringify({ scenario, procedure }), { headers: { 'Content-Type': 'application/json' } });
};
