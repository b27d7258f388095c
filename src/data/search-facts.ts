/**
 * What the search index knows about each page besides its text: its type,
 * date and the filters it can be found by (round, country, tag or topic,
 * language, year). Pages hand these to the layout, which writes them as
 * Pagefind attributes.
 */
import { countryName } from '../lib/countries.ts';
import { isoDay } from '../lib/dates.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { uiFor } from '../i18n/ui.ts';
import { languageName } from '../lib/language.ts';
import {
	type Catalog,
	type Convening,
	type ListedOpportunity,
	type Person,
	type Post,
	type Poster,
	posterDate,
	type Round,
	roundById,
	type ScheduledEvent,
	type Testimonial,
	versionsOf,
} from './catalog.ts';
import { dayAsDate } from '../lib/schedule.ts';

/** The kinds of page search finds, as its type filter names them. */
const TYPES = {
	post: 'type.post',
	testimonial: 'type.testimonial',
	convening: 'type.convening',
	poster: 'type.poster',
	person: 'type.person',
	event: 'type.event',
	opportunity: 'type.opportunity',
} as const;

/** A type's name in the index: in the main interface language, which every page's index shares. */
function typeName(catalog: Catalog, type: keyof typeof TYPES): string {
	return uiFor(catalog, catalog.uiLanguages[0] ?? 'en').t(TYPES[type]);
}

/**
 * What the search page shows for the values the index holds in the main
 * language (types, countries, languages), in the reader's language.
 */
export function searchLabels(catalog: Catalog, lang: UiLanguage): Record<'type' | 'country' | 'language', Record<string, string>> {
	const ui = uiFor(catalog, lang);
	const type = Object.fromEntries(Object.entries(TYPES).map(([name, key]) => [typeName(catalog, name as keyof typeof TYPES), ui.t(key)]));
	type[catalog.terms.Round] = ui.terms.Round;
	const codes = new Set([...catalog.byCountry.keys()]);
	const country = Object.fromEntries([...codes].map((code) => [countryName(code, catalog.siteLang), countryName(code, lang)]));
	const tags = new Set([
		...catalog.program.languages,
		...[catalog.posts, catalog.testimonials, catalog.convenings, catalog.posters].flatMap((list) => list.map((entry) => entry.data.lang ?? catalog.siteLang)),
		...[...catalog.events, ...catalog.opportunities].map(({ entry }) => entry.data.lang ?? catalog.siteLang),
	]);
	const language = Object.fromEntries([...tags].map((tag) => [languageName(tag, catalog.siteLang), languageName(tag, lang)]));
	return { type, country, language };
}

export interface SearchFacts {
	type: string;
	date?: Date | undefined;
	filters: Record<string, string[]>;
	/**
	 * The group of translations the page belongs to (its original's collection and id), if any:
	 * search shows one result per group, and counts groups, unless a language is chosen.
	 */
	translations?: string | undefined;
}

/** The filter that holds translation groups: not shown, only counted. */
export const TRANSLATIONS_FILTER = 'translations';

function withTranslations(catalog: Catalog, facts: SearchFacts, entry: Post | Testimonial | Convening): SearchFacts {
	const versions = versionsOf(catalog, entry);
	if (versions.length > 1 && versions[0]) facts.translations = `${entry.collection}:${versions[0].id}`;
	return facts;
}

function base(catalog: Catalog, type: string, date: Date | undefined, lang: string | undefined, roundIds: string[], countryCodes: string[]): SearchFacts {
	const filters: Record<string, string[]> = {
		type: [type],
		round: roundIds.map((id) => roundById(catalog, id).data.title),
		country: [...new Set(countryCodes)].map((code) => countryName(code, catalog.siteLang)),
		language: [languageName(lang ?? catalog.siteLang, catalog.siteLang)],
	};
	if (date) filters['year'] = [String(date.getUTCFullYear())];
	return { type, date, filters };
}

const countriesOf = (catalog: Catalog, ids: { id: string }[]) =>
	ids.flatMap(({ id }) => {
		const country = catalog.people.get(id)?.data.country;
		return country ? [country] : [];
	});

export function postFacts(catalog: Catalog, post: Post): SearchFacts {
	const facts = base(
		catalog,
		typeName(catalog, 'post'),
		post.data.date,
		post.data.lang,
		post.data.round ? [post.data.round.id] : [],
		countriesOf(catalog, post.data.authors),
	);
	facts.filters['tag'] = post.data.tags;
	return withTranslations(catalog, facts, post);
}

export function testimonialFacts(catalog: Catalog, testimonial: Testimonial): SearchFacts {
	const facts = base(
		catalog,
		typeName(catalog, 'testimonial'),
		testimonial.data.date,
		testimonial.data.lang,
		[testimonial.data.round.id],
		countriesOf(catalog, [testimonial.data.author]),
	);
	return withTranslations(catalog, facts, testimonial);
}

export function conveningFacts(catalog: Catalog, convening: Convening): SearchFacts {
	const { round, location, start, lang } = convening.data;
	const facts = base(catalog, typeName(catalog, 'convening'), start, lang, round ? [round.id] : [], location ? [location.country] : []);
	return withTranslations(catalog, facts, convening);
}

export function posterFacts(catalog: Catalog, poster: Poster): SearchFacts {
	const facts = base(
		catalog,
		typeName(catalog, 'poster'),
		posterDate(catalog, poster),
		poster.data.lang,
		[poster.data.round.id],
		countriesOf(catalog, poster.data.authors),
	);
	facts.filters['tag'] = poster.data.topics;
	return facts;
}

export function personFacts(catalog: Catalog, person: Person): SearchFacts {
	return base(
		catalog,
		typeName(catalog, 'person'),
		undefined,
		undefined,
		person.data.rounds.map((r) => r.id),
		person.data.country ? [person.data.country] : [],
	);
}

export function roundFacts(catalog: Catalog, round: Round): SearchFacts {
	const members = round.data.groups.flatMap((group) => group.members);
	return base(catalog, catalog.terms.Round, round.data.start, undefined, [round.id], countriesOf(catalog, members));
}

/** The `data-pagefind-*` attributes of the facts, one empty element each (Pagefind reads the attribute). */
export function pagefindAttributes(facts: SearchFacts): Record<string, string>[] {
	const attributes: Record<string, string>[] = [{ 'data-pagefind-meta': `type:${facts.type}` }];
	for (const [name, values] of Object.entries(facts.filters)) {
		for (const value of values) attributes.push({ 'data-pagefind-filter': `${name}:${value}` });
	}
	if (facts.translations) {
		attributes.push({ 'data-pagefind-filter': `${TRANSLATIONS_FILTER}:${facts.translations}` });
		attributes.push({ 'data-pagefind-meta': `${TRANSLATIONS_FILTER}:${facts.translations}` });
	}
	if (facts.date) {
		attributes.push({ 'data-pagefind-sort': `date:${isoDay(facts.date)}` });
		attributes.push({ 'data-pagefind-meta': `date:${isoDay(facts.date)}` });
	}
	return attributes;
}

export function eventFacts(catalog: Catalog, { entry, start }: ScheduledEvent): SearchFacts {
	const { round, place, speakers, lang } = entry.data;
	const countries = [...(place ? [place.country] : []), ...countriesOf(catalog, speakers)];
	return base(catalog, typeName(catalog, 'event'), new Date(start.epochMilliseconds), lang, round ? [round.id] : [], countries);
}

export function opportunityFacts(catalog: Catalog, { entry, deadline }: ListedOpportunity): SearchFacts {
	return base(catalog, typeName(catalog, 'opportunity'), deadline ? dayAsDate(deadline) : undefined, entry.data.lang, [], []);
}
