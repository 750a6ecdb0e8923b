import type { APIRoute, GetStaticPaths } from 'astro';
import { getScenarios } from '../../../utils/content.ts';
import { rolePlaySource } from '../../../utils/studio-catalogue.ts';

/** Each built role-play's YAML as its author wrote it, so the studio can open it for editing. */
export const getStaticPaths: GetStaticPaths = async () => (await getScenarios()).map((scenario) => ({ params: { id: scenario.id } }));

export const GET: APIRoute = async ({ params }) => new Response(await rolePlaySource(params.id!), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
