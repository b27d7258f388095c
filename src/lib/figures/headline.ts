/**
 * The network's headline numbers in words, as the social card shows them
 * (drawn once, in the main language; the figures page says its own from the catalogues).
 */
import { formatCount } from '../numbers.ts';
import type { ProgramFigures } from './program-figures.ts';

const counted = (count: number, one: string, many: string, lang: string) => `${formatCount(count, lang)} ${count === 1 ? one : many}`;

/** The numbers for a small space (the social card): "29 participants", "27 countries"… */
export function headlineNumbers(figures: ProgramFigures, terms: { round: string; rounds: string }, lang: string): string[] {
	const { rounds, participants, countries, continents } = figures.totals;
	if (rounds === 0) return [];
	return [
		counted(participants, 'participant', 'participants', lang),
		counted(countries, 'country', 'countries', lang),
		counted(continents, 'continent', 'continents', lang),
		counted(rounds, terms.round, terms.rounds, lang),
	];
}
