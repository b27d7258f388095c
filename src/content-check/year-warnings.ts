/**
 * Warnings about a round's certificates: a person listed under `completed`
 * who is in none of the round's groups gets a certificate that names no
 * partners and no poster, which is more likely a typo than intended.
 */
import type { Problem } from './problem.ts';
import type { RoundToCompare } from './figure-warnings.ts';

export function completedWarnings(rounds: readonly RoundToCompare[]): Problem[] {
	return rounds.flatMap(({ file, round, lineOf }) => {
		const members = new Set(round.groups.flatMap((group) => group.members.map((member) => member.id)));
		return (round.completed ?? []).flatMap((ref, index): Problem[] => {
			if (members.has(ref.id)) return [];
			const line = lineOf(['completed', index]);
			return [
				{
					file,
					field: `completed[${index}]`,
					...(line === undefined ? {} : { line }),
					warning: true,
					message: `names "${ref.id}", who is in none of this round's groups: their certificate will name no partners and no poster; add them to a group or check the id`,
				},
			];
		});
	});
}
