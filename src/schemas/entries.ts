/**
 * The schemas of the Markdown collections: blog posts, testimonials,
 * convening reports, posters and plain pages.
 */
import { z } from 'astro/zod';
import { calendarDate, countryCode, imageWithAlt, importedFrom, languageTag, licenseId, tagList, webUrl } from './fields.ts';
import { reference } from './reference.ts';

/** The language of an entry; without it, the program's first language. */
const lang = languageTag.optional();

/**
 * The id of the entry (in the same folder) that this one translates: versions
 * of one text in several languages find each other, and lists show one of them.
 */
const translationOf = z.string({ error: 'must be the id of the entry this one translates, like 2025/our-first-call' }).trim().min(1).optional();

const summary = z
	.string({ error: 'is missing: write one or two sentences for lists and search results' })
	.trim()
	.min(1)
	.max(400, { error: 'is longer than 400 characters: keep it to one or two sentences' });

/** `content/blog/**\/*.md`: a post on the program blog. */
export function postSchema<Image extends z.ZodType>(image: () => Image) {
	return z
		.strictObject({
			title: z.string({ error: 'is missing: give the post a title' }).trim().min(1),
			/** The day it was published. */
			date: calendarDate,
			/** The day it was last changed, if it was. */
			updated: calendarDate.optional(),
			/** Who wrote it: ids from content/people/. */
			authors: z.array(reference('people')).min(1, { error: 'needs at least one author' }),
			tags: tagList,
			/** The round it belongs to. */
			round: reference('rounds').optional(),
			summary,
			/** An image at the top of the post, with alt text. */
			cover: imageWithAlt(image).optional(),
			lang,
			translationOf,
			/** A draft is checked but not published. */
			draft: z.boolean({ error: 'must be true or false' }).default(false),
			/** Where `npm run import` found the post (Blogger, WordPress); absent for posts written here. */
			imported: importedFrom.optional(),
		})
		.refine((post) => !post.updated || post.updated >= post.date, {
			error: 'is before the post\u2019s date',
			path: ['updated'],
		});
}

/** `content/testimonials/*.md`: a participant's words about the program. */
export const testimonialSchema = z.strictObject({
	author: reference('people'),
	round: reference('rounds'),
	/** The day it was written: not in the future. */
	date: calendarDate.refine((date) => date.getTime() <= Date.now(), {
		error: (issue) =>
			`${issue.input instanceof Date ? issue.input.toISOString().slice(0, 10) : String(issue.input)} is in the future; use the day the testimonial was written`,
	}),
	/** One sentence to show large, as a pull quote. */
	quote: z.string().trim().min(1).optional(),
	lang,
	translationOf,
});

export const CONVENING_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;

/** `content/convenings/*.md`: a report of a meeting of the program, in person or online. */
export function conveningSchema<Image extends z.ZodType>(image: () => Image) {
	return z
		.strictObject({
			title: z.string({ error: 'is missing: give the convening a title' }).trim().min(1),
			format: z.enum(CONVENING_FORMATS, { error: `must be one of: ${CONVENING_FORMATS.join(', ')}` }),
			start: calendarDate,
			/** The last day, for convenings of more than one day. */
			end: calendarDate.optional(),
			/** Where it took place; required unless the convening was virtual. */
			location: z.strictObject({ city: z.string().trim().min(1), country: countryCode }).optional(),
			/** Who hosted it: a library, a university, an association. */
			host: z.string().trim().min(1).optional(),
			round: reference('rounds').optional(),
			summary,
			/** Photos, each with alt text and a caption. */
			gallery: z
				.array(
					imageWithAlt(image).extend({
						caption: z.string({ error: 'is missing: write a caption for the photo' }).trim().min(1),
					}),
				)
				.default([]),
			/** Where the recording can be watched, for virtual and hybrid convenings. */
			recording: webUrl.optional(),
			lang,
			translationOf,
		})
		.refine((convening) => convening.format === 'virtual' || convening.location !== undefined, {
			error: 'is missing: in-person and hybrid convenings need a location, like { city: Lima, country: PE }',
			path: ['location'],
		})
		.refine((convening) => !convening.end || convening.end >= convening.start, {
			error: 'is before the start date',
			path: ['end'],
		});
}

/** `content/posters/<slug>/index.md`: a group's end-of-round poster, next to its PDF. */
export const posterSchema = z.strictObject({
	title: z.string({ error: 'is missing: give the poster its title' }).trim().min(1),
	subtitle: z.string().trim().min(1).optional(),
	/** The partners who made it: ids from content/people/. */
	authors: z.array(reference('people')).min(1, { error: 'needs at least one author' }),
	round: reference('rounds'),
	/** What it is about, like [reading promotion, outreach]. */
	topics: tagList,
	/** The licence it is shared under, as an SPDX id such as CC-BY-4.0. */
	license: licenseId.default('CC-BY-4.0'),
	lang,
	/**
	 * The PDF: its file name, in the same folder as this file (`poster.pdf`), or
	 * the https address of the file in a repository such as Zenodo, OSF or
	 * Figshare, which the build downloads (large posters belong there, not in git).
	 */
	pdf: z
		.string({ error: 'is missing: name the poster\u2019s PDF file, like poster.pdf' })
		.trim()
		.refine((pdf) => /^https:\/\/\S+$/i.test(pdf) || /^[^/\\:]+\.pdf$/i.test(pdf), {
			error: (issue) =>
				/^http:\/\//i.test(String(issue.input))
					? 'must be an https:// address (or the name of a .pdf file in the same folder)'
					: 'must be the name of a .pdf file in the same folder, like poster.pdf, or the https:// address of the PDF in a repository',
		}),
	/** A DOI, if the poster has one: `10.5281/zenodo.1234567`. */
	doi: z
		.string()
		.trim()
		.regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a DOI such as 10.5281/zenodo.1234567' })
		.optional(),
});

/** `content/pages/*.md`: a plain page such as About. */
export const pageSchema = z.strictObject({
	title: z.string().trim().min(1),
	description: z.string().trim().min(1),
	lang,
	translationOf,
	/** Where `npm run import` found the page; absent for pages written here. */
	imported: importedFrom.optional(),
});

const imageFile = z.object({
	/** The file, relative to the project (it is in the poster cache). */
	file: z.string(),
	width: z.number().int().positive(),
	height: z.number().int().positive(),
});

/** Page 1 of a poster's PDF as image files: WebP at the widths pages show, and a JPEG for link previews. */
export const posterPreviewSchema = z.object({
	width: z.number().int().positive(),
	height: z.number().int().positive(),
	variants: z.array(imageFile).min(1),
	social: imageFile,
});

/** What the poster loader adds to each poster from its PDF; authors never write these. */
export const posterEntrySchema = posterSchema.extend({
	/** Page 1, rendered; absent when the PDF could not be rendered (see `problem`). */
	preview: posterPreviewSchema.optional(),
	pdfInfo: z.object({
		/** The PDF's file name beside index.md, or the last part of its address in a repository. */
		fileName: z.string(),
		/** Where the PDF is kept when it is not in the repository: readers download it from there. */
		url: z.url().optional(),
		bytes: z.number().int().nonnegative(),
		pageCount: z.number().int().nonnegative(),
		pageWidthPt: z.number().nonnegative(),
		pageHeightPt: z.number().nonnegative(),
	}),
	/** The text of each page, for the page's full-text section and the search index. */
	text: z.array(z.string()).default([]),
	/** Why the PDF could not be rendered, when the build publishes it anyway. */
	problem: z.string().optional(),
});
