/**
 * The program's content collections. Where they live and what they hold is
 * in `src/schemas/`; this file only hands them to Astro's loaders.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './lib/content-dir.ts';
import { collectionPath } from './lib/content-files.ts';
import { entryId } from './lib/entry-id.ts';
import { type CollectionName, SOURCES } from './schemas/collections.ts';
import { commentsSchema } from './schemas/comments.ts';
import { redirectsSchema } from './schemas/redirects.ts';
import { optionalSource } from './loaders/optional-source.ts';
import { posterLoader } from './loaders/posters.ts';
import { conveningSchema, pageSchema, postSchema, posterEntrySchema, testimonialSchema } from './schemas/entries.ts';
import { personSchema } from './schemas/people.ts';
import { programSchema } from './schemas/program.ts';
import { roundSchema } from './schemas/rounds.ts';
import { eventSchema, opportunitySchema } from './schemas/year.ts';

const root = contentDir();

/** Every file matching the collection's pattern in its folder is an entry; ids come from paths. */
function fromFolder(name: Exclude<CollectionName, 'program' | 'posters' | 'redirects'>): Loader {
	const base = collectionPath(root, name);
	return optionalSource(`interlibrary:${name}`, base, glob({ base, pattern: SOURCES[name].pattern, generateId: ({ entry }) => entryId(entry) }));
}

/** A single-file collection (program.yaml, redirects.yaml) as one entry with the collection's name as id. */
function singleFile(name: 'program' | 'redirects'): Loader {
	const location = collectionPath(root, name);
	return optionalSource(
		`interlibrary:${name}`,
		location,
		file(location, { parser: (text) => ({ [name]: (parseYaml(text) as Record<string, unknown> | null) ?? {} }) }),
	);
}

export const collections = {
	/** program.yaml is a single entry, with the id "program". */
	program: defineCollection({
		loader: singleFile('program'),
		schema: programSchema,
	}),
	people: defineCollection({ loader: fromFolder('people'), schema: ({ image }) => personSchema(image) }),
	rounds: defineCollection({ loader: fromFolder('rounds'), schema: roundSchema }),
	blog: defineCollection({ loader: fromFolder('blog'), schema: ({ image }) => postSchema(image) }),
	testimonials: defineCollection({ loader: fromFolder('testimonials'), schema: testimonialSchema }),
	convenings: defineCollection({ loader: fromFolder('convenings'), schema: ({ image }) => conveningSchema(image) }),
	posters: defineCollection({
		loader: posterLoader({ contentDir: root }),
		schema: posterEntrySchema,
	}),
	pages: defineCollection({ loader: fromFolder('pages'), schema: pageSchema }),
	events: defineCollection({ loader: fromFolder('events'), schema: eventSchema }),
	opportunities: defineCollection({ loader: fromFolder('opportunities'), schema: opportunitySchema }),
	/** Comments from an imported blog: the id is the post's id. */
	comments: defineCollection({ loader: fromFolder('comments'), schema: commentsSchema }),
	/** redirects.yaml, when the program has one, is a single entry with the id "redirects". */
	redirects: defineCollection({ loader: singleFile('redirects'), schema: redirectsSchema }),
};
