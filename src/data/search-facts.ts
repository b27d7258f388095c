/**
 * What the search index knows about each page besides its text: its type,
 * date and the filters it can be found by (round, country, tag or topic,
 * language, year). Pages hand these to the layout, which writes them as
 * Pagefind attributes.
 */
import { countryName } from '../lib/countries';
import { isoDay } from '../lib/dates';
import { languageName } from '../lib/language';
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
} from './catalog';
import { dayAsDate } from '../lib/schedule';

export interface SearchFacts {
	type: string;
	date?: Date | undefined;
	filters: Record<string, string[]>;
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
		'Blog post',
		post.data.date,
		post.data.lang,
		post.data.round ? [post.data.round.id] : [],
		countriesOf(catalog, post.data.authors),
	);
	facts.filters['tag'] = post.data.tags;
	return facts;
}

export function testimonialFacts(catalog: Catalog, testimonial: Testimonial): SearchFacts {
	return base(
		catalog,
		'Testimonial',
		testimonial.data.date,
		testimonial.data.lang,
		[testimonial.data.round.id],
		countriesOf(catalog, [testimonial.data.author]),
	);
}

export function conveningFacts(catalog: Catalog, convening: Convening): SearchFacts {
	const { round, location, start, lang } = convening.data;
	return base(catalog, 'Convening', start, lang, round ? [round.id] : [], location ? [location.country] : []);
}

export function posterFacts(catalog: Catalog, poster: Poster): SearchFacts {
	const facts = base(catalog, 'Poster', posterDate(catalog, poster), poster.data.lang, [poster.data.round.id], countriesOf(catalog, poster.data.authors));
	facts.filters['tag'] = poster.data.topics;
	return facts;
}

export function personFacts(catalog: Catalog, person: Person): SearchFacts {
	return base(
		catalog,
		'Person',
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
	if (facts.date) {
		attributes.push({ 'data-pagefind-sort': `date:${isoDay(facts.date)}` });
		attributes.push({ 'data-pagefind-meta': `date:${isoDay(facts.date)}` });
	}
	return attributes;
}

export function eventFacts(catalog: Catalog, { entry, start }: ScheduledEvent): SearchFacts {
	const { round, place, speakers, lang } = entry.data;
	const countries = [...(place ? [place.country] : []), ...countriesOf(catalog, speakers)];
	return base(catalog, 'Event', new Date(start.epochMilliseconds), lang, round ? [round.id] : [], countries);
}

export function opportunityFacts(catalog: Catalog, { entry, deadline }: ListedOpportunity): SearchFacts {
	return base(catalog, 'Opportunity', deadline ? dayAsDate(deadline) : undefined, entry.data.lang, [], []);
}
