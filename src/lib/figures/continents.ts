/**
 * Which continent a country is on, from the maintained `countries-list`
 * package (its `continent` field: the seven-continent model most people
 * use, with Russia in Europe and Egypt in Africa). Names are English, like
 * the rest of the site's interface.
 */
import { continents, countries, type TContinentCode, type TCountryCode } from 'countries-list';

export type ContinentCode = TContinentCode;

/** Continents in the order lists show them: roughly west to east, then the south. */
export const CONTINENT_ORDER: readonly ContinentCode[] = ['AF', 'AS', 'EU', 'NA', 'SA', 'OC', 'AN'];

function isListed(code: string): code is TCountryCode {
	return Object.hasOwn(countries, code);
}

/** The continent of a country, by its alpha-2 code; undefined for a code the list does not hold. */
export function continentOf(code: string): ContinentCode | undefined {
	return isListed(code) ? countries[code].continent : undefined;
}

/** "Africa", "South America". */
export function continentName(code: ContinentCode): string {
	return continents[code];
}
