import { z } from 'astro/zod';
import { calendarDate } from './fields.ts';
import { reference } from './reference.ts';
import { posterSessionSchema } from './year.ts';

const count = z.number({ error: 'must be a whole number' }).int().nonnegative();

/** A pair or trio of partners, and the alumnus who looked after them. */
export const groupSchema = z.strictObject({
	/** A name for the group, such as "Lagos–Lima"; by default their cities. */
	name: z.string().trim().min(1).optional(),
	/** The partners: two or three ids from content/people/. */
	members: z
		.array(reference('people'))
		.min(2, { error: 'needs at least two people: partners work in pairs or trios' })
		.max(3, { error: 'has more than three people: partners work in pairs or trios' }),
	/** The liaison who accompanied the group. */
	liaison: reference('people').optional(),
});

/** `content/rounds/<id>.yaml`: one round (or cohort) of the program. The file name is its id, e.g. `2024`. */
export const roundSchema = z
	.strictObject({
		title: z.string({ error: 'is missing: give the round a title, like "Round 2024"' }).trim().min(1),
		start: calendarDate,
		end: calendarDate,
		/** A few sentences about the round. */
		summary: z.string().trim().min(1).optional(),
		/** The figures coordinators publish; leave out what is not known yet. */
		figures: z
			.strictObject({
				applicants: count.optional(),
				applicantCountries: count.optional(),
				participants: count.optional(),
				participantCountries: count.optional(),
			})
			.default({}),
		groups: z.array(groupSchema).default([]),
		/** The discussion prompts given to the groups. */
		prompts: z.array(z.string().trim().min(1)).default([]),
		/** The online poster session that ends the round, with its opening and closing days. */
		posterSession: posterSessionSchema.optional(),
		/**
		 * Who completed the round and gets a certificate: ids from content/people/.
		 * Leave out to give one to every member of the groups above; `[]` gives none.
		 */
		completed: z.array(reference('people')).optional(),
	})
	.refine((round) => round.end >= round.start, { error: 'ends before it starts', path: ['end'] });

export type Round = z.infer<typeof roundSchema>;
