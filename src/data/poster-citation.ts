/** A poster entry as something to cite, with absolute URLs on the published site. */
import type { CitablePoster } from '../lib/citation.ts';
import { href, routes } from '../lib/urls.ts';
import { type Catalog, personById, type Poster, posterDate, roundById } from './catalog.ts';

export function citablePoster(poster: Poster, catalog: Catalog, site: URL | undefined): CitablePoster {
	const round = roundById(catalog, poster.data.round.id);
	const absolute = (path: string) => new URL(href(path), site ?? catalog.program.site).href;
	return {
		title: poster.data.title,
		subtitle: poster.data.subtitle,
		authors: poster.data.authors.map((author) => {
			const person = personById(catalog, author.id);
			return {
				name: person.data.name,
				givenName: person.data.givenName,
				familyName: person.data.familyName,
				...(person.data.library ? { library: person.data.library } : {}),
			};
		}),
		date: posterDate(catalog, poster),
		programName: catalog.program.name,
		roundTitle: round.data.title,
		url: absolute(routes.poster(poster.id)),
		pdfUrl: poster.data.pdfInfo.url ?? absolute(routes.posterPdf(poster.id, poster.data.pdfInfo.fileName)),
		doi: poster.data.doi,
		lang: poster.data.lang ?? catalog.siteLang,
		license: poster.data.license,
		topics: poster.data.topics,
	};
}
