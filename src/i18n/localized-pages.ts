/**
 * The pages each further interface language has under its prefix: home,
 * about, search, figures and every list page, from the same data as the
 * routes that make them. Entries (posts, posters, people…) keep one address.
 */
import { getArchive } from '../data/archive.ts';
import { getCatalog } from '../data/catalog.ts';
import { getPosterFacets } from '../data/poster-facets.ts';
import { PEOPLE_PER_PAGE, paginate, POSTS_PER_PAGE, TESTIMONIALS_PER_PAGE } from '../lib/paginate.ts';
import { routes } from '../lib/urls.ts';

const pageNumbers = (items: readonly unknown[], perPage: number) => paginate(items, perPage).map((page) => page.number);

async function listPaths(): Promise<string[]> {
	const catalog = await getCatalog();
	const archive = await getArchive();
	const facets = await getPosterFacets();
	return [
		routes.home(),
		routes.about(),
		routes.search(),
		routes.figures(),
		...pageNumbers(catalog.posts, POSTS_PER_PAGE).map((page) => routes.blog(page)),
		...archive.years.flatMap((year) => [routes.blogYear(year.year), ...year.months.map((month) => routes.blogMonth(year.year, month.month))]),
		routes.tags(),
		...archive.tags.flatMap((tag) => pageNumbers(tag.posts, POSTS_PER_PAGE).map((page) => routes.tag(tag.key, page))),
		...pageNumbers(catalog.testimonials, TESTIMONIALS_PER_PAGE).map((page) => routes.testimonials(page)),
		routes.convenings(),
		routes.events(),
		routes.opportunities(),
		...pageNumbers(catalog.peopleSorted, PEOPLE_PER_PAGE).map((page) => routes.people(page)),
		routes.rounds(),
		routes.countries(),
		routes.posters(),
		...facets.rounds.map((facet) => routes.postersByRound(facet.key)),
		...facets.countries.map((facet) => routes.postersByCountry(facet.key)),
		...facets.topics.map((facet) => routes.postersByTopic(facet.key)),
	];
}

let paths: Promise<string[]> | undefined;

/** The site paths (without base or language prefix) of the pages every interface language has. */
export function localizedPaths(): Promise<string[]> {
	paths ??= listPaths();
	return paths;
}

let pathSet: Promise<Set<string>> | undefined;

/** Whether a site path is one of them, for the layout's language switcher and alternates. */
export async function isLocalizedPath(path: string): Promise<boolean> {
	pathSet ??= localizedPaths().then((list) => new Set(list));
	return (await pathSet).has(path);
}
