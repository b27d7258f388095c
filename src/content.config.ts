/**
 * The program's content collections. Where they live and what they hold is
 * in `src/schemas/`; this file only hands them to Astro's loaders.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './lib/content-dir.ts';
import { entryId } from './lib/entry-id.ts';
import { type CollectionName, SOURCES } from './schemas/collections.ts';
import { commentsSchema } from './schemas/comments.ts';
import { redirectsSchema } from './schemas/redirects.ts';
import { posterLoader } from './loaders/posters.ts';
import { conveningSchema, pageSchema, postSchema, posterEntrySchema, testimonialSchema } from './schemas/entries.ts';
import { personSchema } from './schemas/people.ts';
import { programSchema } from './schemas/program.ts';
import { roundSchema } from './schemas/rounds.ts';

const root = contentDir();

/** A loader for content a program may not have (no import, no comments): an empty collection, without a warning. */
const nothing = (name: string) => ({ name: `interlibrary:no-${name}`, load: async ({ store }: { store: { clear: () => void } }) => store.clear() });

/** Every file matching the collection's pattern in its folder is an entry; ids come from paths. */
function fromFolder(name: Exclude<CollectionName, 'program' | 'posters' | 'redirects'>) {
	const source = SOURCES[name];
	if (name === 'comments' && !existsSync(`${root}/${source.path}`)) return nothing(name);
	return glob({ base: `${root}/${source.path}`, pattern: source.pattern, generateId: ({ entry }) => entryId(entry) });
}

export const collections = {
	/** program.yaml is a single entry, with the id "program". */
	program: defineCollection({
		loader: file(`${root}/${SOURCES.program.path}`, { parser: (text) => ({ program: parseYaml(text) }) }),
		schema: programSchema,
	}),
	people: defineCollection({ loader: fromFolder('people'), schema: ({ image }) => personSchema(image) }),
	rounds: defineCollection({ loader: fromFolder('rounds'), schema: roundSchema }),
	blog: defineCollection({ loader: fromFolder('blog'), schema: ({ image }) => postSchema(image) }),
	testimonials: defineCollection({ loader: fromFolder('testimonials'), schema: testimonialSchema }),
	convenings: defineCollection({ loader: fromFolder('convenings'), schema: ({ image }) => conveningSchema(image) }),
	posters: defineCollection({
		loader: posterLoader({ base: `${root}/${SOURCES.posters.path}` }),
		schema: ({ image }) => posterEntrySchema(image),
	}),
	pages: defineCollection({ loader: fromFolder('pages'), schema: pageSchema }),
	/** Comments from an imported blog: the id is the post's id. */
	comments: defineCollection({ loader: fromFolder('comments'), schema: commentsSchema }),
	/** redirects.yaml, when the program has one, is a single entry with the id "redirects". */
	redirects: defineCollection({
		loader: existsSync(`${root}/${SOURCES.redirects.path}`)
			? file(`${root}/${SOURCES.redirects.path}`, { parser: (text) => ({ redirects: parseYaml(text) ?? {} }) })
			: nothing('redirects'),
		schema: redirectsSchema,
	}),
};
