/**
 * What a certificate of completion says, composed once for its page and its
 * PDF so the two never differ: the person, their library and country, the
 * round and its dates, their partners, their poster, and who signs.
 */
import { type Ui, uiFor } from '../i18n/ui.ts';
import { countryName } from '../lib/countries.ts';
import { formatDateRange } from '../lib/dates.ts';
import { formatList } from '../lib/numbers.ts';
import { href, routes } from '../lib/urls.ts';
import { type Catalog, type Certificate, personById } from './catalog.ts';

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

/** A certificate's words: in the program's main interface language, on the page and in the PDF alike. */
export function certificateUi(catalog: Catalog): Ui {
	return uiFor(catalog, catalog.uiLanguages[0] ?? 'en');
}

/** The lines under the name, as both the page and the PDF show them. */
export function certificateLines(catalog: Catalog, facts: CertificateFacts): string[] {
	const { t } = certificateUi(catalog);
	const lang = catalog.siteLang;
	return [
		...(facts.affiliation ? [facts.affiliation] : []),
		t('certificate.completed', { roundTitle: facts.roundTitle, program: catalog.program.name, dates: facts.roundDates }),
		...(facts.partners.length > 0 ? [t('certificate.partners', { names: formatList(facts.partners, lang) })] : []),
		...(facts.posterTitle ? [t('certificate.poster', { title: facts.posterTitle })] : []),
	];
}

export function signedBy(catalog: Catalog, facts: CertificateFacts): string {
	const { t } = certificateUi(catalog);
	return facts.coordinators.length > 0
		? t('certificate.coordinators', { count: facts.coordinators.length, names: formatList(facts.coordinators, catalog.siteLang) })
		: catalog.program.name;
}
