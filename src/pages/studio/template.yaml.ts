import type { APIRoute } from 'astro';
import { templateSource } from '../../utils/studio-catalogue.ts';

/** docs/scenario-template.yaml, for the studio's "Start from the template". */
export const GET: APIRoute = async () => new Response(await templateSource(), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
