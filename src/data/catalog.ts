/**
 * Every collection, loaded once per build and indexed by person, country and
 * round. Pages ask the catalog instead of walking collections themselves, so
 * no page does work proportional to the whole archive.
 */
import { type CollectionEntry, type CollectionKey, getCollection, getEntry } from 'astro:content';
import type { Temporal } from 'temporal-polyfill';
import { buildDate } from '../lib/build-date.ts';
import { contentDir } from '../lib/content-dir.ts';
import { isUpcoming, type OpportunityStatus, opportunityStatus, resolveDay, resolveLocalDateTime, sessionState, type SessionState } from '../lib/schedule.ts';
import { entryFiles } from '../lib/content-files.ts';
import { type UiLanguage, uiLanguageOf } from '../i18n/languages.ts';
import type { Program } from '../schemas/program.ts';
import { splitOldAddress } from '../schemas/redirects.ts';
import { translationGroups } from './translations.ts';

export type Person = CollectionEntry<'people'>;
export type Round = CollectionEntry<'rounds'>;
export type Post = CollectionEntry<'blog'>;
export type Testimonial = CollectionEntry<'testimonials'>;
export type Convening = CollectionEntry<'convenings'>;
export type Poster = CollectionEntry<'posters'>;
export type Group = Round['data']['groups'][number];
export type SitePage = CollectionEntry<'pages'>;
export type PostComments = CollectionEntry<'comments'>;
export type EventEntry = CollectionEntry<'events'>;
export type OpportunityEntry = CollectionEntry<'opportunities'>;

/** An event with its times resolved in its own time zone. */
export interface ScheduledEvent {
	entry: EventEntry;
	start: Temporal.ZonedDateTime;
	end: Temporal.ZonedDateTime;
	/** Still to come, or under way, when the site was built. */
	upcoming: boolean;
}

/** An opportunity with its deadline resolved and whether it is open at the build. */
export interface ListedOpportunity {
	entry: OpportunityEntry;
	deadline: Temporal.PlainDate | undefined;
	status: OpportunityStatus;
}

/** A round's online poster session, its days resolved. */
export interface PosterSession {
	round: Round;
	opens: Temporal.PlainDate;
	closes: Temporal.PlainDate;
	state: SessionState;
	hidePostersUntilOpen: boolean;
}

/** One certificate of completion: a person who completed a round. */
export interface Certificate {
	round: Round;
	person: Person;
	group: Group | undefined;
}

/** Everything one person, one country or one round has on the site. */
export interface Related {
	posts: Post[];
	testimonials: Testimonial[];
	posters: Poster[];
	convenings: Convening[];
}

/** What the program calls a round, as the interface writes it in running text and at the start of a label. */
export interface RoundTerms {
	round: string;
	rounds: string;
	Round: string;
	Rounds: string;
}

export interface Catalog {
	program: Program;
	/** The program's own word for a round ("cohort", "cohorte"), everywhere the interface says it. */
	terms: RoundTerms;
	/** The language of pages that are not an entry of their own (lists, people, rounds). */
	siteLang: string;
	/** The languages of the site's own words, the main one (unprefixed addresses) first. */
	uiLanguages: UiLanguage[];
	people: Map<string, Person>;
	/** People in alphabetical order of their names. */
	peopleSorted: Person[];
	/** Rounds, newest first. */
	rounds: Round[];
	roundsById: Map<string, Round>;
	/** When each poster was presented, by poster id: the last day of its round. */
	posterDates: Map<string, Date>;
	/** Published posts (no drafts), newest first: one per group of translations, the original. */
	posts: Post[];
	/** Every published post, translations included: each has its own page. */
	allPosts: Post[];
	testimonials: Testimonial[];
	allTestimonials: Testimonial[];
	/** Convenings, newest first, one per group of translations. */
	convenings: Convening[];
	allConvenings: Convening[];
	/** Every version of an entry that has translations, by collection and id (`blog:2025/a-post`), the original first. */
	versions: Map<string, (Post | Testimonial | Convening | SitePage)[]>;
	/** Posters, newest round first, then by title. */
	posters: Poster[];
	/** Coordinators' own pages from content/pages/, About excepted (it has its own route), by title: one per group of translations. */
	pages: SitePage[];
	/** Every page but About, translations included. */
	allPages: SitePage[];
	/** Comments kept from an imported blog, by the id of their post. */
	commentsByPost: Map<string, PostComments['data']['comments']>;
	/** Old addresses that differ only in their query (`/?p=123`), for the home and 404 pages to send on: [path, query, new path]. */
	queryRedirects: [string, Record<string, string>, string][];
	/** The moment the site was built, which decides what is upcoming and open (INTERLIBRARY_BUILD_DATE pins it). */
	build: Date;
	/** Events by start, earliest first. */
	events: ScheduledEvent[];
	/** Opportunities: open ones by nearest deadline, then rolling ones, then closed ones, latest deadline first. */
	opportunities: ListedOpportunity[];
	/** Poster sessions by round id, for the rounds that have one. */
	posterSessions: Map<string, PosterSession>;
	/** Certificates of completion, by round (newest first) then name; none when program.yaml switches them off. */
	certificates: Certificate[];
	byPerson: Map<string, Related & { groups: { round: Round; group: Group; asLiaison: boolean }[] }>;
	byCountry: Map<string, Related & { people: Person[] }>;
	byRound: Map<string, Related & { people: Person[] }>;
}

const byDateDesc = <T extends { data: { date: Date } }>(a: T, b: T) => b.data.date.getTime() - a.data.date.getTime();

function emptyRelated(): Related {
	return { posts: [], testimonials: [], posters: [], convenings: [] };
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
	let value = map.get(key);
	if (value === undefined) {
		value = create();
		map.set(key, value);
	}
	return value;
}

/**
 * A collection's entries, or none without asking Astro when its folder has no
 * files: a new program has empty collections, and Astro warns about each one
 * it is asked for, in every build.
 */
export async function entriesOf<C extends CollectionKey>(name: C, filter?: (entry: CollectionEntry<C>) => boolean): Promise<CollectionEntry<C>[]> {
	if (entryFiles(contentDir(), name).length === 0) return [];
	return filter ? getCollection(name, filter) : getCollection(name);
}

async function buildCatalog(): Promise<Catalog> {
	const programEntry = await getEntry('program', 'program');
	if (!programEntry) throw new Error('content/program.yaml was not loaded');
	const program = programEntry.data;
	const [peopleList, roundList, postList, testimonialList, conveningList, posterList, pageList, commentList, redirectsEntry, eventList, opportunityList] =
		await Promise.all([
			entriesOf('people'),
			entriesOf('rounds'),
			entriesOf('blog', (post) => !post.data.draft),
			entriesOf('testimonials'),
			entriesOf('convenings'),
			entriesOf('posters'),
			entriesOf('pages', (page) => page.id !== 'about'),
			entriesOf('comments'),
			entryFiles(contentDir(), 'redirects').length > 0 ? getEntry('redirects', 'redirects') : undefined,
			entriesOf('events'),
			entriesOf('opportunities'),
		]);
	const build = buildDate();
	const queryRedirects = Object.entries(redirectsEntry?.data ?? {}).flatMap(([from, to]): Catalog['queryRedirects'] => {
		const { path, query } = splitOldAddress(from);
		return query ? [[path, Object.fromEntries(query), to]] : [];
	});

	const people = new Map(peopleList.map((person) => [person.id, person]));
	const rounds = roundList.sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
	const roundsById = new Map(rounds.map((round) => [round.id, round]));
	const roundOrder = new Map(rounds.map((round, index) => [round.id, index]));
	const allPosts = postList.sort(byDateDesc);
	const allTestimonials = testimonialList.sort(byDateDesc);
	const allConvenings = conveningList.sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
	const postGroups = translationGroups(allPosts);
	const testimonialGroups = translationGroups(allTestimonials);
	const conveningGroups = translationGroups(allConvenings);
	const pageGroups = translationGroups(pageList);
	const posts = postGroups.listed;
	const testimonials = testimonialGroups.listed;
	const convenings = conveningGroups.listed;
	const versions: Catalog['versions'] = new Map();
	for (const groups of [postGroups, testimonialGroups, conveningGroups, pageGroups]) {
		for (const [id, group] of groups.versions) if (group.length > 1) versions.set(`${group[0]!.collection}:${id}`, group);
	}
	const posters = posterList.sort(
		(a, b) => (roundOrder.get(a.data.round.id) ?? 0) - (roundOrder.get(b.data.round.id) ?? 0) || a.data.title.localeCompare(b.data.title),
	);

	const byPerson: Catalog['byPerson'] = new Map();
	const byCountry: Catalog['byCountry'] = new Map();
	const byRound: Catalog['byRound'] = new Map();
	const person = (id: string) => getOrCreate(byPerson, id, () => ({ ...emptyRelated(), groups: [] }));
	const country = (code: string) => getOrCreate(byCountry, code, () => ({ ...emptyRelated(), people: [] }));
	const round = (id: string) => getOrCreate(byRound, id, () => ({ ...emptyRelated(), people: [] }));

	const peopleSorted = [...peopleList].sort((a, b) => a.data.name.localeCompare(b.data.name));
	for (const entry of peopleSorted) {
		person(entry.id);
		if (entry.data.country) country(entry.data.country).people.push(entry);
		for (const ref of entry.data.rounds) round(ref.id).people.push(entry);
	}
	for (const entry of rounds) {
		round(entry.id);
		for (const group of entry.data.groups) {
			for (const member of group.members) person(member.id).groups.push({ round: entry, group, asLiaison: false });
			if (group.liaison) person(group.liaison.id).groups.push({ round: entry, group, asLiaison: true });
		}
	}

	/** Files an item under each of its authors, their countries (once each) and its round. */
	function fileUnder<T>(item: T, authorIds: string[], roundId: string | undefined, list: (related: Related) => T[]) {
		const countries = new Set<string>();
		for (const id of authorIds) {
			list(person(id)).push(item);
			const code = people.get(id)?.data.country;
			if (code) countries.add(code);
		}
		for (const code of countries) list(country(code)).push(item);
		if (roundId) list(round(roundId)).push(item);
	}
	for (const post of posts) {
		fileUnder(
			post,
			post.data.authors.map((a) => a.id),
			post.data.round?.id,
			(related) => related.posts,
		);
	}
	for (const item of testimonials) {
		fileUnder(item, [item.data.author.id], item.data.round.id, (related) => related.testimonials);
	}
	for (const poster of posters) {
		fileUnder(
			poster,
			poster.data.authors.map((a) => a.id),
			poster.data.round.id,
			(related) => related.posters,
		);
	}
	for (const convening of convenings) {
		if (convening.data.round) round(convening.data.round.id).convenings.push(convening);
		if (convening.data.location) country(convening.data.location.country).convenings.push(convening);
	}

	const events = eventList
		.map((entry): ScheduledEvent => {
			const start = resolveLocalDateTime(entry.data.start, entry.data.timeZone, build);
			const end = entry.data.end ? resolveLocalDateTime(entry.data.end, entry.data.timeZone, build) : start;
			return { entry, start, end, upcoming: isUpcoming(end, build) };
		})
		.sort((a, b) => a.start.epochMilliseconds - b.start.epochMilliseconds || a.entry.data.title.localeCompare(b.entry.data.title));
	const statusOrder: Record<OpportunityStatus, number> = { 'closes-today': 0, open: 0, rolling: 1, closed: 2 };
	const opportunities = opportunityList
		.map((entry): ListedOpportunity => {
			const deadline = entry.data.deadline ? resolveDay(entry.data.deadline, build) : undefined;
			return { entry, deadline, status: opportunityStatus(deadline, build) };
		})
		.sort((a, b) => {
			const byStatus = statusOrder[a.status] - statusOrder[b.status];
			if (byStatus !== 0) return byStatus;
			const byDeadline = a.deadline && b.deadline ? a.deadline.toString().localeCompare(b.deadline.toString()) : 0;
			return (a.status === 'closed' ? -byDeadline : byDeadline) || a.entry.data.title.localeCompare(b.entry.data.title);
		});
	const posterSessions = new Map(
		rounds.flatMap((entry): [string, PosterSession][] => {
			const session = entry.data.posterSession;
			if (!session) return [];
			const opens = resolveDay(session.opens, build);
			const closes = resolveDay(session.closes, build);
			return [[entry.id, { round: entry, opens, closes, state: sessionState(opens, closes, build), hidePostersUntilOpen: session.hidePostersUntilOpen }]];
		}),
	);
	const certificates = program.certificates
		? rounds.flatMap((entry) => {
				const members = entry.data.groups.flatMap((group) => group.members.map((member) => member.id));
				const ids = entry.data.completed ? entry.data.completed.map((ref) => ref.id) : members;
				return [...new Set(ids)]
					.flatMap((id) => {
						const found = people.get(id);
						return found ? [{ round: entry, person: found, group: entry.data.groups.find((group) => group.members.some((member) => member.id === id)) }] : [];
					})
					.sort((a, b) => a.person.data.name.localeCompare(b.person.data.name));
			})
		: [];

	const siteLang = program.languages[0] ?? 'en';
	const capital = (word: string) => word.replace(/^./u, (first) => first.toLocaleUpperCase(siteLang));
	const { singular, plural } = program.roundTerm;
	return {
		program,
		terms: { round: singular, rounds: plural, Round: capital(singular), Rounds: capital(plural) },
		siteLang,
		uiLanguages: interfaceLanguages(program),
		people,
		peopleSorted,
		rounds,
		roundsById,
		posterDates: new Map(
			posters.flatMap((poster) => {
				const end = roundsById.get(poster.data.round.id)?.data.end;
				return end ? [[poster.id, end] as const] : [];
			}),
		),
		posts,
		allPosts,
		testimonials,
		allTestimonials,
		convenings,
		allConvenings,
		versions,
		posters,
		allPages: pageList,
		// A translation of About is shown on About itself, in its language: not a page of its own in the footer.
		pages: pageGroups.listed.filter((page) => page.data.translationOf !== 'about').sort((a, b) => a.data.title.localeCompare(b.data.title)),
		commentsByPost: new Map(commentList.map((entry) => [entry.id, entry.data.comments])),
		queryRedirects,
		build,
		events,
		opportunities,
		posterSessions,
		certificates,
		byPerson,
		byCountry,
		byRound,
	};
}

/** program.yaml's interface languages, or the first content language when the site speaks it, or English. */
export function interfaceLanguages(program: Pick<Program, 'interfaceLanguages' | 'languages'>): UiLanguage[] {
	if (program.interfaceLanguages) return [...new Set(program.interfaceLanguages)];
	return [uiLanguageOf(program.languages[0] ?? 'en') ?? 'en'];
}

let catalog: Promise<Catalog> | undefined;

/** The catalog, built on first use and shared by every page of the build. */
export function getCatalog(): Promise<Catalog> {
	catalog ??= buildCatalog();
	return catalog;
}

/** The person an id names; the content checker guarantees it exists. */
export function personById(catalog: Catalog, id: string): Person {
	const person = catalog.people.get(id);
	if (!person) throw new Error(`No person with the id "${id}" in content/people/`);
	return person;
}

/** The round an id names; the content checker guarantees it exists. */
export function roundById(catalog: Catalog, id: string): Round {
	const round = catalog.roundsById.get(id);
	if (!round) throw new Error(`No round with the id "${id}" in content/rounds/`);
	return round;
}

/** Every version of an entry (itself included), the original first; just the entry when it has no translations. */
export function versionsOf<T extends Post | Testimonial | Convening | SitePage>(catalog: Catalog, entry: T): T[] {
	return (catalog.versions.get(`${entry.collection}:${entry.id}`) as T[] | undefined) ?? [entry];
}

/** The version of an entry in the reader's language when there is one, else the entry. */
export function versionFor<T extends Post | Testimonial | Convening | SitePage>(catalog: Catalog, entry: T, lang: string): T {
	const base = (tag: string) => tag.toLowerCase().split('-')[0];
	return versionsOf(catalog, entry).find((version) => base(version.data.lang ?? catalog.siteLang) === base(lang)) ?? entry;
}

/** When a poster was presented: the last day of its round. */
export function posterDate(catalog: Catalog, poster: Poster): Date {
	return catalog.posterDates.get(poster.id) ?? roundById(catalog, poster.data.round.id).data.end;
}
