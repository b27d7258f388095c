/**
 * The network's headline numbers in words, as the figures page opens with
 * them and the social card shows them.
 */
import { formatCount } from '../numbers.ts';
import type { ProgramFigures } from './program-figures.ts';

/** The page's title, in the program's own name: "Open Stacks in figures". */
export function figuresTitle(program: { shortName: string }): string {
	return `${program.shortName} in figures`;
}

const counted = (count: number, one: string, many: string, lang: string) => `${formatCount(count, lang)} ${count === 1 ? one : many}`;

/**
 * "Over 4 rounds, 29 participants from 27 countries on 6 continents, in 13
 * pairs and trios." For a program without rounds, says so.
 */
export function figuresHeadline(figures: ProgramFigures, terms: { round: string; rounds: string }, lang: string): string {
	const { rounds, participants, countries, continents, groups } = figures.totals;
	if (rounds === 0) return `No ${terms.rounds} yet: the figures start with the first one.`;
	const over = `Over ${counted(rounds, terms.round, terms.rounds, lang)}`;
	if (participants === 0) return `${over}, with no groups on the site yet.`;
	return `${over}, ${counted(participants, 'participant', 'participants', lang)} from ${counted(countries, 'country', 'countries', lang)} on ${counted(continents, 'continent', 'continents', lang)}, in ${counted(groups, 'pair or trio', 'pairs and trios', lang)}.`;
}

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
