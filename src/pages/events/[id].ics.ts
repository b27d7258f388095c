import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { eventsIcs, ICS_HEADERS } from '../../data/event-calendar.ts';

export const getStaticPaths = (async () => {
	const { events } = await getCatalog();
	return events.map((event) => ({ params: { id: event.entry.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const { program } = await getCatalog();
	return new Response(await eventsIcs(site ?? new URL(program.site), params.id), { headers: ICS_HEADERS });
};
