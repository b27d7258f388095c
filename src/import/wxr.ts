/**
 * WordPress's export (WXR, from Tools → Export) read into the importer's
 * model: posts, pages, attachments (for featured images), categories, tags,
 * authors and comments. WXR 1.0 to 1.2 are known; a newer version is read
 * the same way, with a note in the report.
 */
import { autop } from '@wordpress/autop';
import { canonicalLanguageTag } from '../lib/language.ts';
import { type ItemStatus, type SourceAuthor, type SourceComment, type SourceEvent, type SourceItem, type SourceSite, sourceDate } from './model.ts';
import { child, children, childText, ExportFileError, type XmlElement, type XmlRoot } from './xml-records.ts';

const KNOWN_VERSIONS = new Set(['1.0', '1.1', '1.2']);

const STATUS: Record<string, ItemStatus> = {
	publish: 'published',
	draft: 'draft',
	'auto-draft': 'draft',
	pending: 'pending',
	future: 'scheduled',
	private: 'private',
	trash: 'trashed',
};

function decodeSlug(slug: string | undefined): string | undefined {
	if (!slug) return undefined;
	try {
		return decodeURIComponent(slug);
	} catch {
		return slug;
	}
}

/** The path and query of an address, or undefined for anything that is not a web address. */
function pathOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url);
		return `${parsed.pathname}${parsed.search}`;
	} catch {
		return undefined;
	}
}

interface Category {
	name: string;
	parent: string | undefined;
}

/** `/category/parent/child/`, as WordPress addresses nested categories. */
function categoryPath(nicename: string, categories: Map<string, Category>): string {
	const parts = [nicename];
	let parent = categories.get(nicename)?.parent;
	for (let guard = 0; parent && guard < 20; guard++) {
		parts.unshift(parent);
		parent = categories.get(parent)?.parent;
	}
	return `/category/${parts.join('/')}/`;
}

function comment(element: XmlElement): SourceComment {
	const approved = childText(element, 'wp:comment_approved') ?? '0';
	const type = childText(element, 'wp:comment_type') ?? '';
	const parent = childText(element, 'wp:comment_parent');
	const kept = approved === '1' && (type === '' || type === 'comment');
	return {
		id: childText(element, 'wp:comment_id') ?? '',
		parentId: parent && parent !== '0' ? parent : undefined,
		author: childText(element, 'wp:comment_author') ?? 'Anonymous',
		date: sourceDate(childText(element, 'wp:comment_date')),
		// WordPress shows comments through its paragraph rules, as it does classic posts.
		html: autop(child(element, 'wp:comment_content')?.text ?? ''),
		approved: kept,
		reason: kept
			? undefined
			: type === 'pingback' || type === 'trackback'
				? `it is a ${type}`
				: approved === 'spam'
					? 'it was marked as spam'
					: approved === 'trash'
						? 'it was in the trash'
						: 'it was never approved',
	};
}

/** Turns the records of a WXR file into the importer's events, in file order. */
export async function* wxrEvents(records: AsyncIterable<{ root: XmlRoot; record: XmlElement }>): AsyncGenerator<SourceEvent> {
	const authors = new Map<string, SourceAuthor>();
	const categories = new Map<string, Category>();
	const site: SourceSite = { title: undefined, url: undefined, lang: undefined, exported: undefined };
	let announced = false;
	let checkedVersion = false;

	for await (const { root, record } of records) {
		if (root.name !== 'rss')
			throw new ExportFileError(
				'is not a WordPress export (it is an Atom feed, as Blogger exports are). If it is a Blogger export, run: npm run import -- blogger <file>',
			);
		if (!checkedVersion) {
			checkedVersion = true;
			const namespace = Object.values(root.namespaces).find((uri) => /^http:\/\/wordpress\.org\/export\/[^/]+\/?$/.test(uri));
			if (!namespace)
				throw new ExportFileError(
					'is an RSS feed, not a WordPress export: in WordPress use Tools \u2192 Export \u2192 All content, and import the .xml file it downloads',
				);
			const version = /export\/([^/]+)\/?$/.exec(namespace)?.[1] ?? 'unknown';
			if (!KNOWN_VERSIONS.has(version))
				yield {
					type: 'note',
					message: `The export says it is WXR ${version}; this importer knows WXR 1.0 to 1.2 and read it the same way: check the imported posts`,
				};
		}
		switch (record.name) {
			case 'title':
				site.title = record.text.trim() || undefined;
				continue;
			case 'link':
				site.url = record.text.trim() || undefined;
				continue;
			case 'wp:base_blog_url':
				site.url ??= record.text.trim() || undefined;
				continue;
			case 'language':
				site.lang = canonicalLanguageTag(record.text.trim()) ?? undefined;
				continue;
			case 'pubDate': {
				const exported = new Date(record.text.trim());
				site.exported = Number.isNaN(exported.getTime()) ? undefined : { day: exported.toISOString().slice(0, 10), instant: exported };
				continue;
			}
			case 'wp:author': {
				const login = childText(record, 'wp:author_login');
				if (login) authors.set(login, { key: login, name: childText(record, 'wp:author_display_name') ?? login });
				continue;
			}
			case 'wp:category': {
				const nicename = childText(record, 'wp:category_nicename');
				if (nicename) categories.set(nicename, { name: childText(record, 'wp:cat_name') ?? nicename, parent: childText(record, 'wp:category_parent') });
				continue;
			}
			case 'item':
				break;
			default:
				continue;
		}
		if (!announced) {
			announced = true;
			yield { type: 'site', site: { ...site }, format: 'WordPress export (WXR)' };
		}
		const type = childText(record, 'wp:post_type') ?? 'post';
		const id = childText(record, 'wp:post_id') ?? '';
		if (type === 'attachment') {
			const url = childText(record, 'wp:attachment_url') ?? childText(record, 'guid');
			if (url) yield { type: 'attachment', id, url, title: childText(record, 'title') ?? '' };
			continue;
		}
		if (type !== 'post' && type !== 'page') continue;
		const login = childText(record, 'dc:creator');
		const author = login ? (authors.get(login) ?? { key: login, name: login }) : undefined;
		const password = childText(record, 'wp:post_password');
		const status: ItemStatus = password ? 'password' : (STATUS[childText(record, 'wp:status') ?? 'draft'] ?? 'draft');
		const link = childText(record, 'link');
		const guid = childText(record, 'guid');
		const aliases = [pathOf(guid), type === 'post' ? `/?p=${id}` : `/?page_id=${id}`].filter(
			(alias): alias is string => Boolean(alias) && alias !== pathOf(link),
		);
		const categoryElements = children(record, 'category');
		const meta = new Map(children(record, 'wp:postmeta').map((entry) => [childText(entry, 'wp:meta_key') ?? '', childText(entry, 'wp:meta_value') ?? '']));
		const item: SourceItem = {
			kind: type,
			id,
			url: link && !/[?&](p|page_id)=\d+/.test(link) ? link : undefined,
			aliases: [...new Set(link && /[?&](p|page_id)=\d+/.test(link) ? [...aliases, pathOf(link) ?? ''] : aliases)].filter(Boolean),
			slug: decodeSlug(childText(record, 'wp:post_name')),
			title: childText(record, 'title') ?? '',
			date: sourceDate(childText(record, 'wp:post_date')) ?? sourceDate(childText(record, 'wp:post_date_gmt')),
			updated: sourceDate(childText(record, 'wp:post_modified')),
			status,
			authors: author ? [author] : [],
			tags: categoryElements.map((category) => category.text.trim()).filter((name) => name && name.toLowerCase() !== 'uncategorized'),
			archives: categoryElements.flatMap((category) => {
				const nicename = category.attributes['nicename'];
				if (!nicename) return [];
				const domain = category.attributes['domain'];
				if (domain === 'category') return [{ path: categoryPath(nicename, categories), name: category.text.trim() }];
				if (domain === 'post_tag') return [{ path: `/tag/${nicename}/`, name: category.text.trim() }];
				return [];
			}),
			html: child(record, 'content:encoded')?.text ?? '',
			markup: 'wordpress',
			excerpt: childText(record, 'excerpt:encoded'),
			featuredImage: meta.get('_thumbnail_id') ? { attachment: meta.get('_thumbnail_id') ?? '' } : undefined,
			lang: undefined,
			comments: children(record, 'wp:comment').map(comment),
		};
		yield { type: 'item', item };
	}
	if (!announced) yield { type: 'site', site: { ...site }, format: 'WordPress export (WXR)' };
}
