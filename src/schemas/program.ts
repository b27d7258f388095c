import { z } from 'astro/zod';
import { UI_LANGUAGES } from '../i18n/languages.ts';
import { languageTag, licenseId, link, webUrl } from './fields.ts';

/**
 * Where readers comment on posters during a poster session. With `giscus`, each
 * poster gets a thread in the repository's Discussions (https://giscus.app gives
 * the four values); otherwise `feedback` is where "Send feedback" leads.
 */
const posterFeedbackSchema = z
	.strictObject({
		giscus: z
			.strictObject({
				/** The repository whose Discussions hold the threads: `owner/name`. */
				repo: z
					.string()
					.trim()
					.regex(/^[\w.-]+\/[\w.-]+$/, { error: 'must be a GitHub repository written owner/name' }),
				/** The repository's id, from giscus.app. */
				repoId: z.string().trim().min(1),
				/** The Discussions category, as named on GitHub: "Poster session". */
				category: z.string().trim().min(1),
				/** The category's id, from giscus.app. */
				categoryId: z.string().trim().min(1),
			})
			.optional(),
		/** A `mailto:` address or the https:// address of a form, for "Send feedback" when giscus is not set up. */
		feedback: z
			.string()
			.trim()
			.refine((value) => /^mailto:[^\s@]+@[^\s@]+$/.test(value) || /^https:\/\/\S+$/.test(value), {
				error: 'must be mailto:someone@example.org or the https:// address of a form',
			})
			.optional(),
	})
	.refine((feedback) => feedback.giscus || feedback.feedback, { error: 'needs `giscus` or `feedback`: say where readers send feedback on posters' });
const word = z.strictObject({ singular: z.string().trim().min(1), plural: z.string().trim().min(1) });

/** `content/program.yaml`: who the program is. Every page's header, footer and metadata come from here. */
export const programSchema = z.strictObject({
	/** The program's full name: "Open Stacks Fellowship". */
	name: z.string().trim().min(1),
	/** A short name for tight places such as the header on phones. */
	shortName: z.string().trim().min(1),
	/** One line under the name on the home page. */
	tagline: z.string().trim().min(1),
	/** Two or three sentences: what the program is. Used on the home page and as the default page description. */
	description: z.string().trim().min(1),
	/** Where the site is published, without the base path: `https://openstacks.example.org`. */
	site: webUrl,
	/** The path the site lives under on that host: `/` at the root, `/program/` on GitHub Pages. */
	base: z
		.string()
		.trim()
		.regex(/^\/([\w.-]+\/)*$/, { error: 'must start and end with "/", like "/" or "/program/"' })
		.default('/'),
	/** Where readers write to, shown in the footer and on the About page; leave out if the program has none to publish. */
	email: z.email({ error: 'must be an email address' }).optional(),
	/** The languages the program works in; the first is the default for entries without `lang`. */
	languages: z.array(languageTag).min(1).default(['en']),
	/**
	 * The languages of the site's own words (navigation, headings, search): the first at today's
	 * addresses, each further one under its own prefix (/es/, /ar/). Defaults to the first of
	 * `languages` when the site is translated into it, otherwise English.
	 */
	interfaceLanguages: z
		.array(z.enum(UI_LANGUAGES, { error: `must be one of the interface languages the site ships: ${UI_LANGUAGES.join(', ')}` }))
		.min(1)
		.optional(),
	/**
	 * The program's own words for a round, a group and a liaison in each interface language, where
	 * they differ from the language's ordinary word: `es: { round: { singular: cohorte, plural: cohortes } }`.
	 */
	terms: z.partialRecord(z.enum(UI_LANGUAGES), z.strictObject({ round: word.optional(), group: word.optional(), liaison: word.optional() })).default({}),
	/** Links to the program elsewhere: Mastodon, a mailing list, a YouTube channel. */
	social: z.array(link).default([]),
	/**
	 * Poster PDFs larger than this many megabytes are better kept in a repository (Zenodo, OSF…)
	 * and named by their address: the checker suggests it. Default 20.
	 */
	posterSizeLimitMb: z.number({ error: 'must be a number of megabytes, like 20' }).positive().optional(),
	/** What the program calls a round: "round", "cohort", "year"… in the singular and the plural. */
	roundTerm: z.strictObject({ singular: z.string().trim().min(1), plural: z.string().trim().min(1) }).default({ singular: 'round', plural: 'rounds' }),
	/**
	 * The licence of the figures the site publishes as open data (the CSV and JSON
	 * files on its figures page), as an SPDX id such as CC-BY-4.0 or CC0-1.0.
	 */
	dataLicense: licenseId.default('CC-BY-4.0'),
	/** Feedback on the posters of a round's poster session: GitHub Discussions through giscus, or a plain link. */
	posterFeedback: posterFeedbackSchema.optional(),
	/** Certificates of completion for each round's participants (a page and a PDF each); `false` switches them off. */
	certificates: z.boolean({ error: 'must be true or false' }).default(true),
	/**
	 * Where the editor at /admin/ sends participants' changes: the program's GitHub repository, its
	 * branch, and the address of the small sign-in service (see README, "The editor at /admin/").
	 * Without it, /admin/ explains what is missing; `npm run admin` works without it.
	 */
	editor: z
		.strictObject({
			/** The repository on GitHub, as owner/name: `open-stacks/website`. */
			repository: z
				.string({ error: 'is missing: name the GitHub repository as owner/name, like open-stacks/website' })
				.trim()
				.regex(/^[\w.-]+\/[\w.-]+$/, { error: 'must be a GitHub repository written as owner/name, like open-stacks/website' }),
			/** The branch the site is built from. */
			branch: z.string().trim().min(1).default('main'),
			/** The address of the sign-in service (a Cloudflare Worker or a Netlify site) that trades GitHub's code for a token. */
			authEndpoint: webUrl,
		})
		.optional(),
});

export type Program = z.infer<typeof programSchema>;

/** Above this size, the checker suggests keeping a poster's PDF in a repository rather than in git. */
export const DEFAULT_POSTER_SIZE_LIMIT_MB = 20;
