/**
 * How each collection that people edit in the browser is laid out for the editor:
 * the file names it writes and where uploads go. The folders themselves come from
 * `SOURCES`, the table the checker reads, so the editor writes what the checker expects.
 */
import type { CollectionName } from '../schemas/collections.ts';

/** The collections the editor offers; comments and redirects are written by `npm run import` only. */
export const EDITABLE_COLLECTIONS = [
	'blog',
	'posters',
	'testimonials',
	'convenings',
	'people',
	'rounds',
	'pages',
	'program',
] as const satisfies readonly CollectionName[];
export type EditableCollection = (typeof EDITABLE_COLLECTIONS)[number];

export interface EditorLayout {
	/** The collection's name in the editor's list. */
	label: string;
	/** One entry, for the "New …" button. */
	singular: string;
	/** The entry's file name inside the folder, without extension (Decap's `path`). */
	path?: string;
	/** How a new entry's file is named (Decap's `slug`). */
	slug: string;
	/** The field the editor lists entries by. */
	identifier: string;
	/** Where uploads go, relative to the entry's file, and how the entry names them. */
	media?: { folder: string; public: string };
	/** Fields listed by the editor's summary line. */
	summary?: string;
}

export const EDITOR_LAYOUT: Record<EditableCollection, EditorLayout> = {
	// content/blog/<year>/<slug>.md, photos in content/blog/<year>/images/ as the sample keeps them.
	blog: {
		label: 'Blog posts',
		singular: 'Blog post',
		path: '{{year}}/{{slug}}',
		slug: '{{slug}}',
		identifier: 'title',
		media: { folder: 'images', public: 'images' },
		summary: '{{title}} ({{date}})',
	},
	// content/posters/<slug>/index.md with the PDF beside it.
	posters: { label: 'Posters', singular: 'Poster', path: '{{slug}}/index', slug: '{{slug}}', identifier: 'title', media: { folder: '', public: '' } },
	// Testimonials have no title: the file is named after its author.
	testimonials: { label: 'Testimonials', singular: 'Testimonial', slug: '{{author}}', identifier: 'author' },
	// Photos in a folder named like the report, as the sample keeps them (cape-town-2024.md, cape-town-2024/).
	convenings: {
		label: 'Convenings',
		singular: 'Convening report',
		slug: '{{slug}}',
		identifier: 'title',
		media: { folder: '{{filename}}', public: '{{filename}}' },
	},
	people: { label: 'People', singular: 'Person', slug: '{{name}}', identifier: 'name', media: { folder: 'photos', public: 'photos' } },
	rounds: { label: '{Rounds}', singular: '{Round}', slug: '{{title}}', identifier: 'title' },
	pages: { label: 'Pages', singular: 'Page', slug: '{{slug}}', identifier: 'title' },
	program: { label: 'Program settings', singular: 'Program settings', slug: 'program', identifier: 'name' },
};
