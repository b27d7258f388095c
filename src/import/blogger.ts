/**
 * Blogger's two export formats, read into the importer's model:
 *
 * - the classic "Back up content" file (Settings → Manage blog): an Atom feed
 *   whose entries say what they are with a `kind#post|page|comment|settings|template`
 *   category, drafts under `app:control/app:draft`, comments pointing at their
 *   post with `thr:in-reply-to`;
 * - Google Takeout's `feed.atom`: entries with `blogger:type` (POST, PAGE,
 *   COMMENT), `blogger:status` (LIVE, DRAFT, SOFT_TRASHED), `blogger:filename`
 *   (the old path) and `blogger:parent` (a comment's post).
 */
import { canonicalLanguageTag } from '../lib/language.ts';
import { type ItemStatus, type SourceAuthor, type SourceComment, type SourceEvent, type SourceItem, type SourceSite, sourceDate } from './model.ts';
import { child, children, childText, ExportFileError, type XmlElement, type XmlRoot } from './xml-records.ts';

const KIND_SCHEME = /#kind$/;

function kindOf(entry: XmlElement): string | undefined {
	const term = children(entry, 'atom:category').find((category) => KIND_SCHEME.test(category.attributes['scheme'] ?? ''))?.attributes['term'];
	return term?.split('#').pop();
}

/** Labels: every category that is not the entry's kind. */
function labels(entry: XmlElement): string[] {
	return children(entry, 'atom:category')
		.filter((category) => !KIND_SCHEME.test(category.attributes['scheme'] ?? ''))
		.map((category) => (category.attributes['term'] ?? '').trim())
		.filter(Boolean);
}

function alternate(entry: XmlElement): string | undefined {
	return children(entry, 'atom:link').find((link) => link.attributes['rel'] === 'alternate' && (link.attributes['type'] ?? 'text/html') === 'text/html')
		?.attributes['href'];
}

/** The text of an Atom text construct; `type="html"` titles are reduced to their text. */
function atomText(element: XmlElement | undefined): string {
	if (!element) return '';
	const text = element.text.trim();
	return element.attributes['type'] === 'html'
		? text
				.replace(/<[^>]*>/g, '')
				.replace(/&nbsp;/g, ' ')
				.trim()
		: text;
}

function author(entry: XmlElement): SourceAuthor[] {
	return children(entry, 'atom:author').flatMap((element) => {
		const name = childText(element, 'atom:name');
		if (!name || /^(unknown|anonymous)$/i.test(name)) return [];
		// The profile address is stable across renames; e-mail addresses are never read.
		return [{ key: childText(element, 'atom:uri') ?? name, name }];
	});
}

/** Where a Takeout entry was: `blogger:filename` is its old path; the full address needs the blog's address. */
function takeoutAddress(entry: XmlElement, siteUrl: string | undefined): { url: string | undefined; path: string | undefined } {
	const path = childText(entry, 'blogger:filename');
	const url = alternate(entry) ?? (path && siteUrl ? new URL(path, siteUrl).href : undefined);
	return { url, path };
}

/** The slug Blogger gave an item: the last part of its address, without `.html`. */
function slugFromPath(url: string | undefined): string | undefined {
	if (!url) return undefined;
	const last = url.split(/[?#]/)[0]?.split('/').filter(Boolean).pop();
	if (!last) return undefined;
	try {
		return decodeURIComponent(last.replace(/\.html?$/i, ''));
	} catch {
		return last.replace(/\.html?$/i, '');
	}
}

function withFutureAsScheduled(status: ItemStatus, published: Date | undefined): ItemStatus {
	return status === 'published' && published && published.getTime() > Date.now() ? 'scheduled' : status;
}

function itemFrom(entry: XmlElement, kind: 'post' | 'page', status: ItemStatus, address: { url: string | undefined; path: string | undefined }): SourceItem {
	const date = sourceDate(childText(entry, 'atom:published') ?? childText(entry, 'blogger:created'));
	return {
		kind,
		id: childText(entry, 'atom:id') ?? '',
		url: address.url,
		aliases: address.path ? [address.path] : [],
		slug: slugFromPath(address.path ?? address.url),
		title: atomText(child(entry, 'atom:title')),
		date,
		updated: sourceDate(childText(entry, 'atom:updated')),
		status: withFutureAsScheduled(status, date?.instant),
		authors: author(entry),
		tags: labels(entry),
		archives: [],
		html: child(entry, 'atom:content')?.text ?? '',
		markup: 'html',
		excerpt: childText(entry, 'blogger:metaDescription'),
		featuredImage: undefined,
		lang: undefined,
		comments: [],
	};
}

function commentFrom(entry: XmlElement, approved: boolean, reason: string | undefined): SourceComment {
	const related = children(entry, 'atom:link').find((link) => link.attributes['rel'] === 'related')?.attributes['href'];
	const id = childText(entry, 'atom:id') ?? '';
	const parentNumber = related?.split('/').filter(Boolean).pop();
	return {
		id,
		parentId: parentNumber && /^\d+$/.test(parentNumber) ? id.replace(/post-\d+$/, `post-${parentNumber}`) : undefined,
		author: author(entry)[0]?.name ?? 'Anonymous',
		date: sourceDate(childText(entry, 'atom:published')),
		html: child(entry, 'atom:content')?.text ?? '',
		approved,
		reason,
	};
}

const TAKEOUT_STATUS: Record<string, ItemStatus> = { LIVE: 'published', DRAFT: 'draft', SOFT_TRASHED: 'trashed', SCHEDULED: 'scheduled', PENDING: 'pending' };

/** Turns the records of a Blogger export (either format) into the importer's events, in file order. */
export async function* bloggerEvents(records: AsyncIterable<{ root: XmlRoot; record: XmlElement }>): AsyncGenerator<SourceEvent> {
	const site: SourceSite = { title: undefined, url: undefined, lang: undefined, exported: undefined };
	let announced = false;
	let format: 'classic' | 'takeout' | undefined;
	for await (const { root, record } of records) {
		if (root.name !== 'atom:feed')
			throw new ExportFileError(
				Object.values(root.namespaces).some((uri) => uri.includes('wordpress.org/export'))
					? 'is a WordPress export, not a Blogger one. Run: npm run import -- wordpress <file>'
					: 'is not a Blogger export (it is not an Atom feed)',
			);
		format ??= Object.values(root.namespaces).includes('http://schemas.google.com/blogger/2018') ? 'takeout' : 'classic';
		if (record.name !== 'atom:entry') {
			if (record.name === 'atom:title') site.title = record.text.trim() || undefined;
			if (record.name === 'atom:updated') site.exported = sourceDate(record.text);
			if (record.name === 'atom:link' && record.attributes['rel'] === 'alternate') site.url = record.attributes['href'];
			continue;
		}
		if (!announced) {
			announced = true;
			yield { type: 'site', site: { ...site }, format: format === 'takeout' ? 'Google Takeout feed.atom' : 'Blogger backup (Atom)' };
		}
		if (format === 'classic' || !child(record, 'blogger:type')) {
			const kind = kindOf(record);
			const id = childText(record, 'atom:id') ?? '';
			if (kind === 'settings') {
				if (id.endsWith('.settings.BLOG_LOCALE')) {
					const lang = canonicalLanguageTag((childText(record, 'atom:content') ?? '').replace('_', '-'));
					if (lang) yield { type: 'site', site: { ...site, lang }, format: 'Blogger backup (Atom)' };
				}
				continue;
			}
			if (kind === 'post' || kind === 'page') {
				const draft = child(record, 'app:control') && childText(child(record, 'app:control') ?? record, 'app:draft') === 'yes';
				yield { type: 'item', item: itemFrom(record, kind, draft ? 'draft' : 'published', { url: alternate(record), path: undefined }) };
			} else if (kind === 'comment') {
				const postId = child(record, 'thr:in-reply-to')?.attributes['ref'];
				if (postId) yield { type: 'comment', postId, comment: commentFrom(record, true, undefined) };
			}
			continue;
		}
		const type = childText(record, 'blogger:type');
		const status = childText(record, 'blogger:status') ?? 'LIVE';
		if (type === 'POST' || type === 'PAGE') {
			yield { type: 'item', item: itemFrom(record, type === 'POST' ? 'post' : 'page', TAKEOUT_STATUS[status] ?? 'draft', takeoutAddress(record, site.url)) };
		} else if (type === 'COMMENT') {
			const postId = childText(record, 'blogger:parent');
			const live = status === 'LIVE';
			if (postId) yield { type: 'comment', postId, comment: commentFrom(record, live, live ? undefined : `its status on Blogger is ${status}`) };
		}
	}
	if (!announced) yield { type: 'site', site: { ...site }, format: format === 'takeout' ? 'Google Takeout feed.atom' : 'Blogger backup (Atom)' };
}
