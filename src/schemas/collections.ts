/**
 * Where each collection lives under `content/` and which schema it uses.
 * `src/content.config.ts` builds Astro's collections from this table and the
 * content checker walks the same table, so the two never disagree.
 */
import { z } from 'astro/zod';
import { commentsSchema } from './comments.ts';
import { conveningSchema, pageSchema, postSchema, posterSchema, testimonialSchema } from './entries.ts';
import { personSchema } from './people.ts';
import { programSchema } from './program.ts';
import { redirectsSchema } from './redirects.ts';
import { roundSchema } from './rounds.ts';
import { eventSchema, opportunitySchema } from './year.ts';

export interface CollectionSource {
	/** The folder under `content/`, or the file for a single-entry collection. */
	path: string;
	/** Which files in that folder are entries. */
	pattern: string;
	/** What an author should write, for messages about misplaced files. */
	expects: string;
	/** Whether entries are Markdown with a body (as opposed to YAML data). */
	markdown: boolean;
	/** For a single-file collection: whether every site must have the file. */
	required?: boolean;
	/**
	 * Whether coordinators alone write here (CODEOWNERS protects the folder), so MDX,
	 * which runs code when the site is built, is accepted. Participants' folders read
	 * only `.md`: their patterns never match `.mdx`, so not even a build that skipped
	 * the checker would compile one.
	 */
	coordinatorsOnly: boolean;
	/**
	 * A file each entry has beside it, named by one of its fields: a poster's PDF
	 * (`pdf: poster.pdf` next to `index.md`), with the name to use when none is given.
	 */
	attachment?: { field: string; defaultName: string };
}

export const SOURCES = {
	program: { path: 'program.yaml', pattern: 'program.yaml', expects: 'content/program.yaml', markdown: false, coordinatorsOnly: true, required: true },
	people: { path: 'people', pattern: '*.yaml', expects: 'content/people/<id>.yaml', markdown: false, coordinatorsOnly: false },
	rounds: { path: 'rounds', pattern: '*.yaml', expects: 'content/rounds/<id>.yaml', markdown: false, coordinatorsOnly: true },
	blog: { path: 'blog', pattern: '**/*.md', expects: 'content/blog/<year>/<slug>.md', markdown: true, coordinatorsOnly: false },
	testimonials: { path: 'testimonials', pattern: '*.md', expects: 'content/testimonials/<slug>.md', markdown: true, coordinatorsOnly: false },
	convenings: { path: 'convenings', pattern: '*.{md,mdx}', expects: 'content/convenings/<slug>.md', markdown: true, coordinatorsOnly: true },
	posters: {
		path: 'posters',
		pattern: '*/index.md',
		expects: 'content/posters/<slug>/index.md',
		markdown: true,
		coordinatorsOnly: false,
		attachment: { field: 'pdf', defaultName: 'poster.pdf' },
	},
	pages: { path: 'pages', pattern: '*.{md,mdx}', expects: 'content/pages/<slug>.md', markdown: true, coordinatorsOnly: true },
	/** Dialogues, cafés, webinars and deadlines, past and upcoming. */
	events: { path: 'events', pattern: '*.md', expects: 'content/events/<slug>.md', markdown: true, coordinatorsOnly: true },
	/** Calls, grants, awards and committees passed on to participants. */
	opportunities: { path: 'opportunities', pattern: '*.md', expects: 'content/opportunities/<slug>.md', markdown: true, coordinatorsOnly: true },
	/** Comments from an imported blog, one file per post, at the post's path. */
	comments: {
		path: 'comments',
		pattern: '**/*.yaml',
		expects: 'content/comments/<year>/<slug>.yaml, named like its post',
		markdown: false,
		coordinatorsOnly: true,
	},
	/** Old addresses (of an imported blog) and where they now lead. */
	redirects: { path: 'redirects.yaml', pattern: 'redirects.yaml', expects: 'content/redirects.yaml', markdown: false, coordinatorsOnly: true },
} as const satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof SOURCES;

/** Collections kept in one file (program.yaml, redirects.yaml) rather than a folder of entries. */
export function isSingleFile(name: CollectionName): name is 'program' | 'redirects' {
	return SOURCES[name].path === SOURCES[name].pattern;
}

/** Each collection's schema, given an `image()` helper (Astro's, or the checker's stand-in). */
export function schemasFor<Image extends z.ZodType>(image: () => Image) {
	return {
		program: programSchema,
		people: personSchema(image),
		rounds: roundSchema,
		blog: postSchema(image),
		testimonials: testimonialSchema,
		convenings: conveningSchema(image),
		posters: posterSchema,
		pages: pageSchema,
		events: eventSchema,
		opportunities: opportunitySchema,
		comments: commentsSchema,
		redirects: redirectsSchema,
	} satisfies Record<CollectionName, z.ZodType>;
}
