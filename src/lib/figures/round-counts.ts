/**
 * What the site counts itself about one round, from its groups: who took
 * part, from how many countries and continents, in how many pairs and trios,
 * with how many liaisons. The figures pages and the content checker (which
 * compares these with the figures a coordinator entered) both count here.
 */
import { continentOf } from './continents.ts';

/** A group as the counts need it: the ids of its members and of its liaison. */
export interface GroupIds {
	members: readonly string[];
	liaison?: string | undefined;
}

export interface RoundCounts {
	/** Different people among the groups' members. */
	participants: number;
	/** Their different countries. */
	participantCountries: number;
	/** Their different continents. */
	continents: number;
	groups: number;
	pairs: number;
	trios: number;
	/** Different people who were a group's liaison. */
	liaisons: number;
	/** Participants by country code. */
	byCountry: Map<string, number>;
}

/**
 * Counts a round's groups. `countryOf` gives a person's country; a person it
 * does not know (a mistake the checker reports on its own) is counted as a
 * participant without a country.
 */
export function countRound(groups: readonly GroupIds[], countryOf: (personId: string) => string | undefined): RoundCounts {
	const members = new Set(groups.flatMap((group) => group.members));
	const byCountry = new Map<string, number>();
	for (const id of members) {
		const country = countryOf(id);
		if (country) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
	}
	const continents = new Set([...byCountry.keys()].flatMap((code) => continentOf(code) ?? []));
	return {
		participants: members.size,
		participantCountries: byCountry.size,
		continents: continents.size,
		groups: groups.length,
		pairs: groups.filter((group) => group.members.length === 2).length,
		trios: groups.filter((group) => group.members.length === 3).length,
		liaisons: new Set(groups.flatMap((group) => (group.liaison ? [group.liaison] : []))).size,
		byCountry,
	};
}

/** The figures a coordinator may enter that the site can count too. */
export type CountableFigure = 'participants' | 'participantCountries';

export interface FigureMismatch {
	field: CountableFigure;
	entered: number;
	counted: number;
}

/**
 * Where the figures a coordinator entered disagree with the round's groups.
 * A round without groups (not matched yet, or from before the site) has
 * nothing to compare with.
 */
export function figureMismatches(
	entered: Partial<Record<CountableFigure, number | undefined>>,
	groups: readonly GroupIds[],
	countryOf: (personId: string) => string | undefined,
): FigureMismatch[] {
	if (groups.length === 0) return [];
	const counted = countRound(groups, countryOf);
	const fields: CountableFigure[] = ['participants', 'participantCountries'];
	return fields.flatMap((field) => {
		const value = entered[field];
		return value === undefined || value === counted[field] ? [] : [{ field, entered: value, counted: counted[field] }];
	});
}
