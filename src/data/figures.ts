/**
 * The program's figures, computed once per build from the catalog: what the
 * figures page, the round and country pages' maps, the home page, the social
 * card and the open data files all show.
 */
import type { APIRoute } from 'astro';
import { licenseUrl } from '../lib/citation.ts';
import { countryName } from '../lib/countries.ts';
import type { OpenDataFile, OpenDataMeta } from '../lib/figures/open-data.ts';
import { computeFigures, type FiguresSource, type ProgramFigures } from '../lib/figures/program-figures.ts';
import { href, routes } from '../lib/urls.ts';
import { type Catalog, getCatalog } from './catalog.ts';

/** The catalog as the figures read it: rounds with their groups' ids, and what each round has on the site. */
export function figuresSource(catalog: Catalog): FiguresSource {
	return {
		countryOf: (personId) => catalog.people.get(personId)?.data.country,
		rounds: catalog.rounds.map((round) => {
			const related = catalog.byRound.get(round.id);
			return {
				id: round.id,
				title: round.data.title,
				start: round.data.start,
				end: round.data.end,
				entered: round.data.figures,
				groups: round.data.groups.map((group) => ({ members: group.members.map((member) => member.id), liaison: group.liaison?.id })),
				posts: related?.posts.length ?? 0,
				testimonials: related?.testimonials.length ?? 0,
				posters: related?.posters.length ?? 0,
				convenings: related?.convenings.length ?? 0,
			};
		}),
	};
}

let figures: Promise<ProgramFigures> | undefined;

/** The figures, computed on first use and shared by every page of the build. */
export function getFigures(): Promise<ProgramFigures> {
	figures ??= getCatalog().then((catalog) => computeFigures(figuresSource(catalog)));
	return figures;
}

/** What the open data files say about where they come from: the program, the licence, the files' addresses. */
export async function openDataMeta(site: URL | undefined): Promise<OpenDataMeta> {
	const { program, siteLang } = await getCatalog();
	const siteUrl = site ?? new URL(program.site);
	const absolute = (path: string) => new URL(href(path), siteUrl).href;
	const file = (name: OpenDataFile) => absolute(routes.figuresFile(name));
	return {
		program: { name: program.name, url: absolute(routes.home()) },
		license: { id: program.dataLicense, url: licenseUrl(program.dataLicense) ?? `https://spdx.org/licenses/${program.dataLicense}.html` },
		files: {
			'rounds.csv': file('rounds.csv'),
			'countries.csv': file('countries.csv'),
			'partnerships.csv': file('partnerships.csv'),
			'program.json': file('program.json'),
		},
		countryName: (code) => countryName(code, siteLang),
	};
}

/** An open data file as an Astro endpoint: its text, with its type. */
export function openDataEndpoint(name: OpenDataFile, write: (figures: ProgramFigures, meta: OpenDataMeta) => string): APIRoute {
	return async ({ site }) => {
		const text = write(await getFigures(), await openDataMeta(site));
		const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
		return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
	};
}
