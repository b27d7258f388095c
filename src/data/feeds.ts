/**
 * The items of the site's RSS feeds: the blog, convenings, posters, and all
 * of them together. Items carry their full content where the entry has it.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { isUiLanguage } from '../i18n/languages.ts';
import { type Ui, uiFor } from '../i18n/ui.ts';
import { absoluteUrls } from '../lib/absolute-urls.ts';
import { formatDate } from '../lib/dates.ts';
import { dayAsDate } from '../lib/schedule.ts';
import { href, routes } from '../lib/urls.ts';
import { type Catalog, getCatalog, personById, type PosterSession, posterDate, versionFor } from './catalog.ts';

/** How many items a feed carries: the newest. */
export const FEED_ITEMS = 50;

export type FeedName = 'all' | 'blog' | 'convenings' | 'posters' | 'events' | 'opportunities';

interface DatedItem extends RSSFeedItem {
	pubDate: Date;
}

function authorsOf(catalog: Catalog, ids: { id: string }[]): string {
	return ids.map(({ id }) => personById(catalog, id).data.name).join(', ');
}

/** The newest items of a feed, with absolute links, for @astrojs/rss. */
/** `lang` is the feed's interface language: an entry with a version in it is carried in that version. */
export async function feedItems(name: FeedName, site: URL, lang: string, posterBy: (names: string) => string): Promise<DatedItem[]> {
	const catalog = await getCatalog();
	const origin = site.origin;
	const full = (html: string | undefined) => (html ? absoluteUrls(html, origin) : undefined);
	const items: DatedItem[] = [];
	const ui = uiFor(catalog, isUiLanguage(lang) ? lang : (catalog.uiLanguages[0] ?? 'en'));
	if (name === 'all' || name === 'blog') {
		for (const post of catalog.posts.map((listed) => versionFor(catalog, listed, lang))) {
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
		for (const convening of catalog.convenings.map((listed) => versionFor(catalog, listed, lang))) {
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
				description: poster.data.subtitle ?? posterBy(authorsOf(catalog, poster.data.authors)),
				content: full(poster.rendered?.html),
				categories: poster.data.topics,
				customData: `<dc:creator><![CDATA[${authorsOf(catalog, poster.data.authors)}]]></dc:creator>`,
				enclosure: { url: pdf.url ?? new URL(href(routes.posterPdf(poster.id, pdf.fileName)), origin).href, length: pdf.bytes, type: 'application/pdf' },
			});
		}
	}
	if (name === 'all' || name === 'posters') {
		for (const session of catalog.posterSessions.values()) {
			items.push({
				title: ui.t('session.title', { title: session.round.data.title }),
				link: href(routes.posterSession(session.round.id)),
				pubDate: dayAsDate(session.opens),
				description: posterSessionSummary(session, ui),
			});
		}
	}
	if (name === 'all' || name === 'events') {
		for (const { entry, start } of catalog.events) {
			items.push({
				title: entry.data.title,
				link: href(routes.event(entry.id)),
				// The day it was announced is not known: items are dated by when the event starts.
				pubDate: new Date(start.epochMilliseconds),
				description: entry.data.summary,
				content: full(entry.rendered?.html),
			});
		}
	}
	if (name === 'all' || name === 'opportunities') {
		for (const { entry, deadline, status } of catalog.opportunities) {
			if (status === 'closed') continue;
			items.push({
				title: entry.data.title,
				link: href(routes.opportunity(entry.id)),
				pubDate: deadline ? dayAsDate(deadline) : catalog.build,
				description: `${entry.data.offeredBy}: ${entry.data.summary}${deadline ? ` ${ui.t('opportunity.feedDeadline', { date: formatDate(dayAsDate(deadline), ui.lang) })}` : ''}`,
				content: full(entry.rendered?.html),
			});
		}
	}
	return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, FEED_ITEMS);
}

/** The feeds, for routes that make each one. */
export const FEED_NAMES: FeedName[] = ['all', 'blog', 'convenings', 'posters', 'events', 'opportunities'];

/** One sentence on a poster session: when it is (or was) open. */
export function posterSessionSummary(session: PosterSession, ui: Pick<Ui, 't' | 'lang'>): string {
	const opens = formatDate(dayAsDate(session.opens), ui.lang);
	const closes = formatDate(dayAsDate(session.closes), ui.lang);
	const key = session.state === 'upcoming' ? 'session.summaryUpcoming' : session.state === 'open' ? 'session.summaryOpen' : 'session.summaryClosed';
	return ui.t(key, { opens, closes });
}
