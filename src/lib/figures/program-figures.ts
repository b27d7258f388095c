/**
 * The program in numbers, computed once from plain data: each round's
 * entered and counted figures, every country's participants, and which
 * countries were partnered with which. The site's figures pages, the open
 * data files and the benchmark all read this one result.
 */
import { type ContinentCode, continentOf } from './continents.ts';
import { countRound, type GroupIds } from './round-counts.ts';

/** A round as the figures need it. */
export interface FigureRound {
	id: string;
	title: string;
	start: Date;
	end: Date;
	/** What the coordinators entered in the round's file. */
	entered: {
		applicants?: number | undefined;
		applicantCountries?: number | undefined;
		participants?: number | undefined;
		participantCountries?: number | undefined;
	};
	groups: readonly GroupIds[];
	/** How many of each kind of entry name the round. */
	posts: number;
	testimonials: number;
	posters: number;
	convenings: number;
}

export interface FiguresSource {
	rounds: readonly FigureRound[];
	/** A person's country, by their id. */
	countryOf: (personId: string) => string | undefined;
}

/** Countries partnered in at least one group: `a` and `b` in code order (the same code twice for a group within one country). */
export interface Partnership {
	a: string;
	b: string;
	/** Groups in which someone from `a` worked with someone from `b`. */
	count: number;
	/** The rounds of those groups, oldest first, each once. */
	rounds: string[];
}

export interface RoundFigures {
	id: string;
	title: string;
	start: Date;
	end: Date;
	/** Entered by the coordinators; undefined when not entered. */
	applicants: number | undefined;
	applicantCountries: number | undefined;
	/** What the round's file says, which may differ from what its groups show (the checker warns). */
	enteredParticipants: number | undefined;
	enteredParticipantCountries: number | undefined;
	/** Whether the round has groups, so that participants and their countries are counted rather than entered. */
	counted: boolean;
	/** Counted from the groups; for a round without groups, as entered (or undefined). */
	participants: number | undefined;
	participantCountries: number | undefined;
	/** Counted from the groups; undefined for a round without groups. */
	continents: number | undefined;
	groups: number;
	pairs: number;
	trios: number;
	liaisons: number;
	posts: number;
	testimonials: number;
	posters: number;
	convenings: number;
	/** Participants by country code. */
	byCountry: Map<string, number>;
	/** The round's partnerships between countries. */
	partnerships: Partnership[];
}

export interface CountryFigures {
	code: string;
	continent: ContinentCode | undefined;
	/** Different people from the country who were a group's member, over all rounds. */
	participants: number;
	/** The rounds they took part in, oldest first. */
	rounds: string[];
	/** Different countries they were partnered with (their own included, when two worked together). */
	partnerCountries: number;
}

export interface ProgramFigures {
	/** Oldest first. */
	rounds: RoundFigures[];
	/** The same rounds, by id. */
	roundsById: Map<string, RoundFigures>;
	/** Countries with participants, most participants first, then by code. */
	countries: CountryFigures[];
	/** Over all rounds, most frequent first, then by codes. */
	partnerships: Partnership[];
	totals: {
		rounds: number;
		/** Different people over all rounds. */
		participants: number;
		countries: number;
		continents: number;
		groups: number;
	};
	/** The countries partnered with the most other countries, and with how many. */
	mostConnected: { codes: string[]; partners: number } | undefined;
}

const pairKey = (a: string, b: string) => `${a} ${b}`;

/** Adds one group's country pairs to `into`: in a trio, each of its three pairs of people. */
function addPartnerships(into: Map<string, Partnership>, countries: readonly string[], roundId: string) {
	const seen = new Set<string>();
	for (let i = 0; i < countries.length; i++) {
		for (let j = i + 1; j < countries.length; j++) {
			const [a, b] = [countries[i] ?? '', countries[j] ?? ''].sort();
			if (!a || !b) continue;
			const key = pairKey(a, b);
			// A trio of two Peruvians and a Finn partners Peru with Finland once, not twice.
			if (seen.has(key)) continue;
			seen.add(key);
			const found = into.get(key);
			if (found) {
				found.count += 1;
				if (!found.rounds.includes(roundId)) found.rounds.push(roundId);
			} else into.set(key, { a, b, count: 1, rounds: [roundId] });
		}
	}
}

const byCountThenCodes = (x: Partnership, y: Partnership) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);

/** Every figure of the program, from its rounds and its people's countries. */
export function computeFigures({ rounds, countryOf }: FiguresSource): ProgramFigures {
	const ordered = [...rounds].sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
	const allPartnerships = new Map<string, Partnership>();
	const participantsByCountry = new Map<string, Set<string>>();
	const roundsByCountry = new Map<string, string[]>();
	const everyone = new Set<string>();
	let groupCount = 0;

	const roundFigures = ordered.map((round): RoundFigures => {
		const counts = countRound(round.groups, countryOf);
		const partnerships = new Map<string, Partnership>();
		for (const group of round.groups) {
			const countries = group.members.flatMap((id) => countryOf(id) ?? []);
			addPartnerships(partnerships, countries, round.id);
			addPartnerships(allPartnerships, countries, round.id);
			for (const id of group.members) {
				everyone.add(id);
				const code = countryOf(id);
				if (!code) continue;
				let people = participantsByCountry.get(code);
				if (!people) participantsByCountry.set(code, (people = new Set()));
				people.add(id);
				const seen = roundsByCountry.get(code) ?? [];
				if (!seen.includes(round.id)) roundsByCountry.set(code, [...seen, round.id]);
			}
		}
		groupCount += round.groups.length;
		const counted = round.groups.length > 0;
		return {
			id: round.id,
			title: round.title,
			start: round.start,
			end: round.end,
			applicants: round.entered.applicants,
			applicantCountries: round.entered.applicantCountries,
			enteredParticipants: round.entered.participants,
			enteredParticipantCountries: round.entered.participantCountries,
			counted,
			participants: counted ? counts.participants : round.entered.participants,
			participantCountries: counted ? counts.participantCountries : round.entered.participantCountries,
			continents: counted ? counts.continents : undefined,
			groups: counts.groups,
			pairs: counts.pairs,
			trios: counts.trios,
			liaisons: counts.liaisons,
			posts: round.posts,
			testimonials: round.testimonials,
			posters: round.posters,
			convenings: round.convenings,
			byCountry: counts.byCountry,
			partnerships: [...partnerships.values()].sort(byCountThenCodes),
		};
	});

	const partnersOf = partnersByCountry(allPartnerships.values());
	const countries = [...participantsByCountry.entries()]
		.map(([code, people]): CountryFigures => ({
			code,
			continent: continentOf(code),
			participants: people.size,
			rounds: roundsByCountry.get(code) ?? [],
			partnerCountries: partnersOf.get(code)?.size ?? 0,
		}))
		.sort((a, b) => b.participants - a.participants || a.code.localeCompare(b.code));

	return {
		rounds: roundFigures,
		roundsById: new Map(roundFigures.map((round) => [round.id, round])),
		countries,
		partnerships: [...allPartnerships.values()].sort(byCountThenCodes),
		totals: {
			rounds: roundFigures.length,
			participants: everyone.size,
			countries: countries.length,
			continents: new Set(countries.flatMap((country) => country.continent ?? [])).size,
			groups: groupCount,
		},
		mostConnected: mostConnected(allPartnerships.values()),
	};
}

/** Each country's partner countries (its own included, when two of its people worked together). */
function partnersByCountry(partnerships: Iterable<Partnership>): Map<string, Set<string>> {
	const partnersOf = new Map<string, Set<string>>();
	for (const { a, b } of partnerships) {
		for (const [one, other] of [
			[a, b],
			[b, a],
		] as const) {
			let partners = partnersOf.get(one);
			if (!partners) partnersOf.set(one, (partners = new Set()));
			partners.add(other);
		}
	}
	return partnersOf;
}

/**
 * The countries partnered with the most *other* countries (a pair within one
 * country connects it to nobody new), in code order; undefined when no two
 * countries were partnered.
 */
export function mostConnected(partnerships: Iterable<Partnership>): { codes: string[]; partners: number } | undefined {
	const others = [...partnersByCountry(partnerships)].map(([code, partners]) => ({ code, count: [...partners].filter((other) => other !== code).length }));
	const most = Math.max(0, ...others.map((entry) => entry.count));
	if (most === 0) return undefined;
	return {
		codes: others
			.filter((entry) => entry.count === most)
			.map((entry) => entry.code)
			.sort(),
		partners: most,
	};
}
