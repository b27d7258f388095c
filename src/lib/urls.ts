/**
 * Every link inside the site goes through these helpers, so the site works
 * both at a domain's root and under a base path (e.g. GitHub Pages' `/program/`).
 * Route builders return paths without the base; `href` adds it.
 */

import { UI_LANGUAGES } from '../i18n/languages.ts';

/** Joins a base path ("/" or "/program/") and a site path ("/blog/"). */
export function withBase(base: string, path: string): string {
	const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
	const trimmedPath = path.startsWith('/') ? path : `/${path}`;
	return `${trimmedBase}${trimmedPath}`;
}

/** A site path with the configured base path in front, ready for `href` and `src`. */
export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}

/** Where the build lists old addresses that differ only in their query (`/?p=123`), for the home and 404 pages' script. */
export const QUERY_REDIRECTS_FILE = 'old-addresses.json';

/**
 * Top-level addresses the site uses itself: a page in content/pages/ cannot take one of them
 * (the interface languages' prefixes, /es/ and /ar/, among them).
 */
export const RESERVED_PAGE_IDS = new Set([
	...[
		'blog',
		'tags',
		'search',
		'testimonials',
		'convenings',
		'people',
		'rounds',
		'countries',
		'posters',
		'figures',
		'about',
		'404',
		'rss',
		'pagefind',
		'_astro',
		'admin',
		'events',
		'events.ics',
		'opportunities',
		'certificates',
	],
	...UI_LANGUAGES,
]);

/**
 * Whether a page in content/pages/ may not take this id, since the site uses its address itself.
 * `about` is the exception: the site's /about/ shows content/pages/about.md when there is one.
 */
export function isReservedPageId(id: string): boolean {
	return id !== 'about' && RESERVED_PAGE_IDS.has(id);
}

/** The site paths of every page type, in one place. */
export const routes = {
	home: () => '/',
	about: () => '/about/',
	page: (id: string) => (id === 'about' ? '/about/' : `/${id}/`),
	blog: (page = 1) => (page === 1 ? '/blog/' : `/blog/page/${page}/`),
	post: (id: string) => `/blog/${id}/`,
	blogYear: (year: string) => `/blog/${year}/`,
	blogMonth: (year: string, month: string) => `/blog/${year}/${month}/`,
	tags: () => '/tags/',
	tag: (key: string, page = 1) => (page === 1 ? `/tags/${key}/` : `/tags/${key}/page/${page}/`),
	search: () => '/search/',
	feed: (name: 'all' | 'blog' | 'convenings' | 'posters' | 'events' | 'opportunities') => (name === 'all' ? '/rss.xml' : `/${name}/rss.xml`),
	testimonials: (page = 1) => (page === 1 ? '/testimonials/' : `/testimonials/page/${page}/`),
	testimonial: (id: string) => `/testimonials/${id}/`,
	convenings: () => '/convenings/',
	convening: (id: string) => `/convenings/${id}/`,
	people: (page = 1) => (page === 1 ? '/people/' : `/people/page/${page}/`),
	person: (id: string) => `/people/${id}/`,
	rounds: () => '/rounds/',
	round: (id: string) => `/rounds/${id}/`,
	countries: () => '/countries/',
	country: (code: string) => `/countries/${code.toLowerCase()}/`,
	posters: () => '/posters/',
	poster: (id: string) => `/posters/${id}/`,
	posterPdf: (id: string, fileName: string) => `/posters/${id}/${fileName}`,
	/** A file published beside a poster's page: its PDF, or one of its preview's images. */
	posterFile: (id: string, fileName: string) => `/posters/${id}/${fileName}`,
	posterCitation: (id: string, format: 'bib' | 'json') => `/posters/${id}/citation.${format}`,
	postersByRound: (id: string) => `/posters/rounds/${id}/`,
	postersByCountry: (code: string) => `/posters/countries/${code.toLowerCase()}/`,
	postersByTopic: (key: string) => `/posters/topics/${key}/`,
	/** A round's online poster session. */
	posterSession: (roundId: string) => `/rounds/${roundId}/poster-session/`,
	events: () => '/events/',
	event: (id: string) => `/events/${id}/`,
	/** One event as an iCalendar file, and every event as one calendar to subscribe to. */
	eventIcs: (id: string) => `/events/${id}.ics`,
	eventsIcs: () => '/events.ics',
	opportunities: () => '/opportunities/',
	opportunity: (id: string) => `/opportunities/${id}/`,
	certificate: (roundId: string, personId: string) => `/certificates/${roundId}/${personId}/`,
	certificatePdf: (roundId: string, personId: string) => `/certificates/${roundId}/${personId}/certificate.pdf`,
	figures: () => '/figures/',
	/** The figures' open data files, and the world map as a picture. */
	figuresFile: (name: 'rounds.csv' | 'countries.csv' | 'partnerships.csv' | 'program.json' | 'map.svg') => `/figures/${name}`,
} as const;
