/** `/figures/map.svg`: the world map of participants as a picture, which the home page shows small. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { getFigures } from '../../data/figures.ts';
import { layoutWorldMap } from '../../lib/figures/world-map.ts';
import { worldMapPicture } from '../../lib/figures/world-map-picture.ts';

export const GET: APIRoute = async () => {
	const [{ program }, figures] = await Promise.all([getCatalog(), getFigures()]);
	const counts = new Map(figures.countries.map((country) => [country.code, country.participants]));
	const svg = worldMapPicture(layoutWorldMap(counts), `Where the participants of ${program.name} come from`);
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
