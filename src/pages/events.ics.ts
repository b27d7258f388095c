import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { eventsIcs, ICS_HEADERS } from '../data/event-calendar.ts';

/** Every event, past and upcoming, as one calendar readers can subscribe to. */
export const GET: APIRoute = async ({ site }) => {
	const { program } = await getCatalog();
	return new Response(await eventsIcs(site ?? new URL(program.site)), { headers: ICS_HEADERS });
};
