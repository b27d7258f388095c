/** One RSS feed as an Astro endpoint handler. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from './catalog.ts';
import { FEED_TITLES, type FeedName, feedItems } from './feeds.ts';

export function feedEndpoint(name: FeedName): APIRoute {
	return async ({ site }) => {
		const { program, siteLang } = await getCatalog();
		const siteUrl = site ?? new URL(program.site);
		return rss({
			title: `${program.name}: ${FEED_TITLES[name]}`,
			description: program.description,
			// Item links already carry the base path.
			site: siteUrl.origin,
			items: await feedItems(name, siteUrl),
			xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
			customData: `<language>${siteLang}</language>`,
			trailingSlash: true,
		});
	};
}
