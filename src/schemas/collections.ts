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
}

export const SOURCES = {
	program: { path: 'program.yaml', pattern: 'program.yaml', expects: 'content/program.yaml', markdown: false, required: true },
	people: { path: 'people', pattern: '*.yaml', expects: 'content/people/<id>.yaml', markdown: false },
	rounds: { path: 'rounds', pattern: '*.yaml', expects: 'content/rounds/<id>.yaml', markdown: false },
	blog: { path: 'blog', pattern: '**/*.{md,mdx}', expects: 'content/blog/<year>/<slug>.md', markdown: true },
	testimonials: { path: 'testimonials', pattern: '*.md', expects: 'content/testimonials/<slug>.md', markdown: true },
	convenings: { path: 'convenings', pattern: '*.{md,mdx}', expects: 'content/convenings/<slug>.md', markdown: true },
	posters: { path: 'posters', pattern: '*/index.md', expects: 'content/posters/<slug>/index.md', markdown: true },
	pages: { path: 'pages', pattern: '*.{md,mdx}', expects: 'content/pages/<slug>.md', markdown: true },
	/** Comments from an imported blog, one file per post, at the post's path. */
	comments: { path: 'comments', pattern: '**/*.yaml', expects: 'content/comments/<year>/<slug>.yaml, named like its post', markdown: false },
	/** Old addresses (of an imported blog) and where they now lead. */
	redirects: { path: 'redirects.yaml', pattern: 'redirects.yaml', expects: 'content/redirects.yaml', markdown: false },
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
		comments: commentsSchema,
		redirects: redirectsSchema,
	} satisfies Record<CollectionName, z.ZodType>;
}
