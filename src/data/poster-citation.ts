/** A poster entry as something to cite, with absolute URLs on the published site. */
import type { CitablePoster } from '../lib/citation';
import { href, routes } from '../lib/urls';
import { type Catalog, personById, type Poster } from './catalog';

export function citablePoster(poster: Poster, catalog: Catalog, site: URL | undefined): CitablePoster {
	const round = catalog.rounds.find((r) => r.id === poster.data.round.id);
	const absolute = (path: string) => new URL(href(path), site ?? catalog.program.site).href;
	return {
		title: poster.data.title,
		subtitle: poster.data.subtitle,
		authors: poster.data.authors.map((author) => {
			const person = personById(catalog, author.id);
			return person.data.library ? { name: person.data.name, library: person.data.library } : { name: person.data.name };
		}),
		date: round?.data.end ?? new Date(0),
		programName: catalog.program.name,
		roundTitle: round?.data.title ?? poster.data.round.id,
		url: absolute(routes.poster(poster.id)),
		pdfUrl: absolute(routes.posterPdf(poster.id, poster.data.pdfInfo.fileName)),
		doi: poster.data.doi,
		lang: poster.data.lang ?? catalog.siteLang,
		license: poster.data.license,
		topics: poster.data.topics,
	};
}
