/**
 * The poster gallery's filters: posters by round, by partner country and by
 * topic, each with its own static page. Computed once per build.
 */
import { slug } from 'github-slugger';
import { countryName } from '../lib/countries.ts';
import { type Catalog, getCatalog, type Poster, roundById } from './catalog.ts';

export interface Facet {
	/** The URL segment: a round id, a lower-case country code, a topic slug. */
	key: string;
	label: string;
	posters: Poster[];
}

export interface PosterFacets {
	rounds: Facet[];
	countries: Facet[];
	topics: Facet[];
	/** For each poster: the facet keys it belongs to, for the gallery's instant filter. */
	keysOf: Map<string, { round: string; countries: string[]; topics: string[] }>;
}

function addTo(map: Map<string, Facet>, key: string, label: string, poster: Poster) {
	const facet = map.get(key) ?? { key, label, posters: [] };
	facet.posters.push(poster);
	map.set(key, facet);
}

function buildFacets(catalog: Catalog): PosterFacets {
	const rounds = new Map<string, Facet>();
	const countries = new Map<string, Facet>();
	const topics = new Map<string, Facet>();
	const keysOf: PosterFacets['keysOf'] = new Map();
	for (const poster of catalog.posters) {
		const round = poster.data.round.id;
		addTo(rounds, round, roundById(catalog, round).data.title, poster);
		const codes = [...new Set(poster.data.authors.map((author) => catalog.people.get(author.id)?.data.country ?? ''))].filter(Boolean);
		for (const code of codes) addTo(countries, code.toLowerCase(), countryName(code, catalog.siteLang), poster);
		const topicKeys = poster.data.topics.map((topic) => slug(topic));
		poster.data.topics.forEach((topic, index) => addTo(topics, topicKeys[index] ?? slug(topic), topic, poster));
		keysOf.set(poster.id, { round, countries: codes.map((code) => code.toLowerCase()), topics: topicKeys });
	}
	const roundOrder = catalog.rounds.map((round) => round.id);
	const byLabel = (a: Facet, b: Facet) => a.label.localeCompare(b.label, catalog.siteLang);
	return {
		rounds: [...rounds.values()].sort((a, b) => roundOrder.indexOf(a.key) - roundOrder.indexOf(b.key)),
		countries: [...countries.values()].sort(byLabel),
		topics: [...topics.values()].sort(byLabel),
		keysOf,
	};
}

let facets: Promise<PosterFacets> | undefined;

/** The facets, built on first use and shared by every gallery page. */
export function getPosterFacets(): Promise<PosterFacets> {
	facets ??= getCatalog().then(buildFacets);
	return facets;
}
