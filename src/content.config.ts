/**
 * The program's content collections. Where they live and what they hold is
 * in `src/schemas/`; this file only hands them to Astro's loaders.
 */
import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './lib/content-dir.ts';
import { collectionPath } from './lib/content-files.ts';
import { entryId } from './lib/entry-id.ts';
import { type CollectionName, SOURCES } from './schemas/collections.ts';
import { posterLoader } from './loaders/posters.ts';
import { conveningSchema, pageSchema, postSchema, posterEntrySchema, testimonialSchema } from './schemas/entries.ts';
import { personSchema } from './schemas/people.ts';
import { programSchema } from './schemas/program.ts';
import { roundSchema } from './schemas/rounds.ts';

const root = contentDir();

/**
 * Every file matching the collection's pattern in its folder is an entry; ids come from paths.
 * A folder a new program has not made yet is an empty collection, not a warning in every build
 * (under `astro dev`, Astro's loader still runs, so that a folder made later is watched).
 */
function fromFolder(name: Exclude<CollectionName, 'program' | 'posters'>): Loader {
	const base = collectionPath(root, name);
	const loader = glob({ base, pattern: SOURCES[name].pattern, generateId: ({ entry }) => entryId(entry) });
	return {
		name: `interlibrary:${name}`,
		load: async (context) => (existsSync(base) || context.watcher ? loader.load(context) : context.store.clear()),
	};
}

export const collections = {
	/** program.yaml is a single entry, with the id "program". */
	program: defineCollection({
		loader: file(collectionPath(root, 'program'), { parser: (text) => ({ program: parseYaml(text) }) }),
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
};
