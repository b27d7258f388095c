/**
 * What a certificate of completion says, composed once for its page and its
 * PDF so the two never differ: the person, their library and country, the
 * round and its dates, their partners, their poster, and who signs.
 */
import { countryName } from '../lib/countries';
import { formatDateRange } from '../lib/dates';
import { formatList } from '../lib/numbers';
import { href, routes } from '../lib/urls';
import { type Catalog, type Certificate, personById } from './catalog';

export interface CertificateFacts {
	roundId: string;
	personId: string;
	person: string;
	/** "Biblioteca Pública de Siloé, Colombia". */
	affiliation: string | undefined;
	roundTitle: string;
	roundDates: string;
	/** "Kwabena Owusu (Ghana)", for each partner. */
	partners: string[];
	posterTitle: string | undefined;
	posterId: string | undefined;
	/** The coordinators' names. */
	coordinators: string[];
	/** The certificate page's full address, for checking it. */
	verifyUrl: string;
}

/** Coordinators of the round (people with the coordinator role who list it), or of the program when none lists it. */
function coordinatorsOf(catalog: Catalog, roundId: string): string[] {
	const all = catalog.peopleSorted.filter((person) => person.data.roles.includes('coordinator'));
	const ofRound = all.filter((person) => person.data.rounds.some((round) => round.id === roundId));
	return (ofRound.length > 0 ? ofRound : all).map((person) => person.data.name);
}

export function certificateFacts(catalog: Catalog, { round, person, group }: Certificate, site: URL): CertificateFacts {
	const lang = catalog.siteLang;
	const { library, country } = person.data;
	const partners = (group?.members ?? [])
		.filter((member) => member.id !== person.id)
		.map((member) => {
			const partner = personById(catalog, member.id);
			return partner.data.country ? `${partner.data.name} (${countryName(partner.data.country, lang)})` : partner.data.name;
		});
	const poster = catalog.byPerson.get(person.id)?.posters.find((item) => item.data.round.id === round.id);
	return {
		roundId: round.id,
		personId: person.id,
		person: person.data.name,
		affiliation: [library, country ? countryName(country, lang) : undefined].filter(Boolean).join(', ') || undefined,
		roundTitle: round.data.title,
		roundDates: formatDateRange(round.data.start, round.data.end, lang),
		partners,
		posterTitle: poster?.data.title,
		posterId: poster?.id,
		coordinators: coordinatorsOf(catalog, round.id),
		verifyUrl: new URL(href(routes.certificate(round.id, person.id)), site).href,
	};
}

/** The lines under the name, as both the page and the PDF show them. */
export function certificateLines(catalog: Catalog, facts: CertificateFacts): string[] {
	const lang = catalog.siteLang;
	return [
		...(facts.affiliation ? [facts.affiliation] : []),
		`completed ${facts.roundTitle} of ${catalog.program.name}, ${facts.roundDates}`,
		...(facts.partners.length > 0 ? [`in partnership with ${formatList(facts.partners, lang)}`] : []),
		...(facts.posterTitle ? [`Poster: ${facts.posterTitle}`] : []),
	];
}

export function signedBy(catalog: Catalog, facts: CertificateFacts): string {
	return facts.coordinators.length > 0
		? `${facts.coordinators.length === 1 ? 'Coordinator' : 'Coordinators'}: ${formatList(facts.coordinators, catalog.siteLang)}`
		: catalog.program.name;
}
