/**
 * What the importer reads from an export, whatever the platform: the Blogger
 * and WordPress parsers both turn their files into these records, and
 * everything after them (conversion, images, files, redirects, the report)
 * works on these alone.
 */

export type ImportSource = 'blogger' | 'wordpress';

/**
 * Where an item stood on the old site. Only `published` items get a page and
 * redirects; the others are written as drafts or skipped, and the report says which.
 */
export type ItemStatus = 'published' | 'draft' | 'pending' | 'scheduled' | 'private' | 'password' | 'trashed';

/** How an item's body is written in the export. */
export type BodyMarkup =
	/** Plain HTML, as Blogger stores it. */
	| 'html'
	/** WordPress: classic-editor text (blank lines are paragraphs), Gutenberg block comments, shortcodes. */
	| 'wordpress';

/**
 * A moment as the export wrote it. `day` is the calendar day on the old
 * site's own clock (the date readers saw), not the UTC day, which can differ.
 */
export interface SourceDate {
	/** `YYYY-MM-DD` */
	day: string;
	instant: Date;
}

/** A timestamp from an export (`2019-03-14T22:10:00.000-05:00`, `2019-03-14 22:10:00`), or undefined when there is none. */
export function sourceDate(written: string | undefined): SourceDate | undefined {
	const text = written?.trim();
	if (!text || text.startsWith('0000-00-00')) return undefined;
	const day = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
	const instant = new Date(/^\d{4}-\d{2}-\d{2} \d/.test(text) ? `${text.replace(' ', 'T')}Z` : text);
	if (Number.isNaN(instant.getTime())) return undefined;
	const calendarDay = day ?? instant.toISOString().slice(0, 10);
	// Reject days that do not exist (2019-02-30), which Date would roll over.
	return new Date(`${calendarDay}T00:00:00Z`).toISOString().startsWith(calendarDay) ? { day: calendarDay, instant } : undefined;
}

/** An author as the export names them. E-mail addresses are never read. */
export interface SourceAuthor {
	/** A stable key: the WordPress login, or the Blogger profile address (or name). */
	key: string;
	/** The name shown on the old site. */
	name: string;
}

export interface SourceComment {
	id: string;
	/** The comment it answers, if any. */
	parentId?: string | undefined;
	author: string;
	date: SourceDate | undefined;
	html: string;
	/** False for comments held for moderation, spam, trashed, pingbacks and trackbacks: not kept. */
	approved: boolean;
	/** Why it is not kept, when it is not. */
	reason?: string | undefined;
}

export interface SourceItem {
	kind: 'post' | 'page';
	/** The id in the export (Blogger's entry id, WordPress's post id). */
	id: string;
	/** Its public address on the old site, when it had one. */
	url: string | undefined;
	/** Other old addresses of the same item (`/?p=123`, `/archives/123`), as paths with queries. */
	aliases: string[];
	/** A slug the export gives (WordPress's post_name, Blogger's file name), percent-decoded. */
	slug: string | undefined;
	title: string;
	date: SourceDate | undefined;
	updated: SourceDate | undefined;
	status: ItemStatus;
	authors: SourceAuthor[];
	/** Labels, categories and tags, as written. */
	tags: string[];
	/** WordPress category archives this item is in, as `/category/…/` paths, and their names. */
	archives: { path: string; name: string }[];
	html: string;
	markup: BodyMarkup;
	/** The excerpt the author wrote, if any (HTML). */
	excerpt: string | undefined;
	/** Its featured image (WordPress's `_thumbnail_id`): an attachment, listed elsewhere in the export. */
	featuredImage: { attachment: string } | undefined;
	/** The language the export gives for this item, if any (a BCP 47 tag). */
	lang: string | undefined;
	comments: SourceComment[];
}

/** What the export says about the old site as a whole. */
export interface SourceSite {
	title: string | undefined;
	/** The old site's address, like https://openstacks.blogspot.com/. */
	url: string | undefined;
	/** The site's language (Blogger's locale, WXR's `<language>`), a BCP 47 tag. */
	lang: string | undefined;
	/** When the export was made, for dating undated drafts. */
	exported: SourceDate | undefined;
}

/** A record read from an export, in file order. */
export type SourceEvent =
	| { type: 'site'; site: SourceSite; format: string }
	| { type: 'item'; item: SourceItem }
	/** Blogger's classic backup lists comments as entries of their own, after or before their post. */
	| { type: 'comment'; postId: string; comment: SourceComment }
	/** WordPress attachments: their address, for featured images (`_thumbnail_id`). */
	| { type: 'attachment'; id: string; url: string; title: string }
	/** A note about the file itself (an unknown WXR version…), for the report. */
	| { type: 'note'; message: string };
