/**
 * `content/comments/<year>/<slug>.yaml`: the comments a post had on the old
 * blog, kept as a read-only archive and shown under the post. Written by
 * `npm run import`; the file's path matches the post's
 * (`content/blog/2019/our-first-call.md` → `content/comments/2019/our-first-call.yaml`).
 * There is no field for e-mail addresses: the importer never writes them.
 */
import { z } from 'astro/zod';
import { calendarDate, importedFrom } from './fields.ts';

/** One comment from the old blog. */
export const archivedComment = z.strictObject({
	/** The comment's id in the export, so replies can name it. */
	id: z.union([z.string().trim().min(1), z.number().int()]).transform(String),
	/** The name the commenter gave. */
	author: z.string({ error: 'is missing: write the commenter\u2019s name, or "Anonymous"' }).trim().min(1),
	/** The day it was written. */
	date: calendarDate,
	/** The comment as plain text (paragraphs separated by blank lines); HTML is not read. */
	text: z.string({ error: 'is missing: write the comment\u2019s text' }).trim().min(1),
	/** The id of the comment it answers, if any. */
	replyTo: z
		.union([z.string().trim().min(1), z.number().int()])
		.transform(String)
		.optional(),
});

export const commentsSchema = z.strictObject({
	/** Where the comments came from: the post's id and address on the old blog. */
	imported: importedFrom,
	/** Oldest first. */
	comments: z.array(archivedComment).min(1, { error: 'needs at least one comment; delete the file if there are none' }),
});

export type ArchivedComment = z.infer<typeof archivedComment>;
