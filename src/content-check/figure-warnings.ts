/**
 * Warnings, not errors: what the content says twice and not the same way.
 * A round's file may give its number of participants and their countries
 * (the figures coordinators publish); its groups say it too. When the two
 * disagree the site shows what the groups say, and the checker names the
 * file, the field and both numbers, without stopping the build.
 */
import type { Round } from '../schemas/rounds.ts';
import { figureMismatches } from '../lib/figures/round-counts.ts';
import type { Problem } from './problem.ts';

export interface RoundToCompare {
	/** The round's file as messages show it. */
	file: string;
	round: Round;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const WHAT_GROUPS_HAVE = {
	participants: (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`,
	participantCountries: (count: number) => `people from ${count} ${count === 1 ? 'country' : 'countries'}`,
};

/**
 * Where a round's entered figures disagree with its groups. A round whose
 * groups name someone the checker could not read is left out: that mistake
 * is reported on its own, and counting around it would only add noise.
 */
export function figureWarnings(rounds: readonly RoundToCompare[], countryOf: (personId: string) => string | undefined): Problem[] {
	return rounds.flatMap(({ file, round, lineOf }) => {
		const groups = round.groups.map((group) => ({ members: group.members.map((member) => member.id), liaison: group.liaison?.id }));
		if (groups.some((group) => group.members.some((id) => countryOf(id) === undefined))) return [];
		return figureMismatches(round.figures, groups, countryOf).map(({ field, entered, counted }): Problem => {
			const line = lineOf(['figures', field]);
			return {
				file,
				field: `figures.${field}`,
				...(line === undefined ? {} : { line }),
				message: `says ${entered}, but the round's groups have ${WHAT_GROUPS_HAVE[field](counted)}; correct one of them`,
			};
		});
	});
}
