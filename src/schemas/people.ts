import { z } from 'astro/zod';
import { countryCode, imageWithAlt, importedFrom, link } from './fields.ts';
import { reference } from './reference.ts';

/** What a person does in the program; one person may hold several roles over the years. */
export const ROLES = ['participant', 'liaison', 'coordinator', 'guest'] as const;
export type Role = (typeof ROLES)[number];

const MISSING = {
	library: 'is missing: name the library the person works at',
	city: 'is missing: name the city of the library',
	country: 'must be a two-letter country code such as NG, PE or JO',
} as const;

/**
 * `content/people/<id>.yaml`: a participant, liaison, coordinator or guest. The file name is their id.
 * Library, city and country are required, except for authors that `npm run import` found on the
 * old blog (with `imported`), of whom often only the name is known; the checker lists those.
 */
export function personSchema<Image extends z.ZodType>(image: () => Image) {
	return z
		.strictObject({
			/** The name as the person writes it. */
			name: z.string({ error: 'is missing: write the person\u2019s name' }).trim().min(1),
			/**
			 * For citations: the given name(s), when the name is not simply "given family"
			 * (for "Tan Mei Lin", `givenName: Mei Lin`). Needs `familyName`.
			 */
			givenName: z.string().trim().min(1).optional(),
			/**
			 * For citations: the family name(s), when they are not simply the last word of
			 * the name (for "Diego Hernández López", `familyName: Hernández López`).
			 */
			familyName: z.string().trim().min(1).optional(),
			/** One or more of: participant, liaison, coordinator, guest. */
			roles: z.array(z.enum(ROLES, { error: `must be one of: ${ROLES.join(', ')}` })).min(1, { error: `needs at least one of: ${ROLES.join(', ')}` }),
			/** Pronouns, if the person wants them shown. */
			pronouns: z.string().trim().min(1).optional(),
			/** The library or institution they work at. */
			library: z.string({ error: MISSING.library }).trim().min(1).optional(),
			city: z.string({ error: MISSING.city }).trim().min(1).optional(),
			/** The library's country as a two-letter code, such as NG or PE. */
			country: countryCode.optional(),
			/** The rounds they took part in, in any role. */
			rounds: z.array(reference('rounds')).default([]),
			/** One or two sentences about them. */
			bio: z.string().trim().min(1).optional(),
			/** Their ORCID, library page, blog… */
			links: z.array(link).default([]),
			/** A portrait, with alt text. */
			photo: imageWithAlt(image).optional(),
			/** Where `npm run import` found this author: the old blog's author id. */
			imported: importedFrom.optional(),
		})
		.superRefine((person, ctx) => {
			if (person.givenName && !person.familyName) {
				ctx.addIssue({
					code: 'custom',
					path: ['familyName'],
					message: 'is missing: a person with a `givenName` needs a `familyName` too, so citations can tell them apart',
					input: undefined,
				});
			}
			if (person.imported) return;
			for (const field of ['library', 'city', 'country'] as const) {
				if (person[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: MISSING[field], input: undefined });
			}
		});
}

/** The fields an imported author may still lack, for the checker's reminder. */
export const PERSON_DETAILS = ['library', 'city', 'country'] as const;
