/**
 * The items of the site's RSS feeds: the blog, convenings, posters, and all
 * of them together. Items carry their full content where the entry has it.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { absoluteUrls } from '../lib/absolute-urls.ts';
import { href, routes } from '../lib/urls.ts';
import { type Catalog, getCatalog, personById, posterDate } from './catalog.ts';

/** How many items a feed carries: the newest. */
export const FEED_ITEMS = 50;

export type FeedName = 'all' | 'blog' | 'convenings' | 'posters';

interface DatedItem extends RSSFeedItem {
	pubDate: Date;
}

function authorsOf(catalog: Catalog, ids: { id: string }[]): string {
	return ids.map(({ id }) => personById(catalog, id).data.name).join(', ');
}

/** The newest items of a feed, with absolute links, for @astrojs/rss. */
export async function feedItems(name: FeedName, site: URL): Promise<DatedItem[]> {
	const catalog = await getCatalog();
	const origin = site.origin;
	const full = (html: string | undefined) => (html ? absoluteUrls(html, origin) : undefined);
	const items: DatedItem[] = [];
	if (name === 'all' || name === 'blog') {
		for (const post of catalog.posts) {
			items.push({
				title: post.data.title,
				link: href(routes.post(post.id)),
				pubDate: post.data.date,
				description: post.data.summary,
				content: full(post.rendered?.html),
				categories: post.data.tags,
				customData: `<dc:creator><![CDATA[${authorsOf(catalog, post.data.authors)}]]></dc:creator>`,
			});
		}
	}
	if (name === 'all' || name === 'convenings') {
		for (const convening of catalog.convenings) {
			items.push({
				title: convening.data.title,
				link: href(routes.convening(convening.id)),
				pubDate: convening.data.start,
				description: convening.data.summary,
				content: full(convening.rendered?.html),
			});
		}
	}
	if (name === 'all' || name === 'posters') {
		for (const poster of catalog.posters) {
			const pdf = poster.data.pdfInfo;
			items.push({
				title: poster.data.title,
				link: href(routes.poster(poster.id)),
				pubDate: posterDate(catalog, poster),
				description: poster.data.subtitle ?? `A poster by ${authorsOf(catalog, poster.data.authors)}.`,
				content: full(poster.rendered?.html),
				categories: poster.data.topics,
				customData: `<dc:creator><![CDATA[${authorsOf(catalog, poster.data.authors)}]]></dc:creator>`,
				enclosure: { url: pdf.url ?? new URL(href(routes.posterPdf(poster.id, pdf.fileName)), origin).href, length: pdf.bytes, type: 'application/pdf' },
			});
		}
	}
	return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, FEED_ITEMS);
}

export const FEED_TITLES: Record<FeedName, string> = {
	all: 'Everything new',
	blog: 'Blog',
	convenings: 'Convenings',
	posters: 'Posters',
};
