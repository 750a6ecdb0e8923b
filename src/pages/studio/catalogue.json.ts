import type { APIRoute } from 'astro';
import { studioCatalogue } from '../../utils/studio-catalogue.ts';

/** The procedures, failure kinds, step links and role-play list the studio checks drafts against. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await studioCatalogue()), { headers: { 'Content-Type': 'application/json' } });
