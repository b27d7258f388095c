/** One RSS feed as an Astro endpoint handler, in the main interface language or a further one (`lang` param). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { isUiLanguage } from '../i18n/languages.ts';
import { uiFor } from '../i18n/ui.ts';
import { getCatalog } from './catalog.ts';
import { type FeedName, feedItems } from './feeds.ts';

export function feedEndpoint(name: FeedName): APIRoute {
	return async ({ site, params }) => {
		const catalog = await getCatalog();
		const { program } = catalog;
		const asked = params['lang'];
		const ui = uiFor(catalog, asked && isUiLanguage(asked) ? asked : (catalog.uiLanguages[0] ?? 'en'));
		const siteUrl = site ?? new URL(program.site);
		return rss({
			title: `${program.name}: ${ui.t(`feed.${name}`)}`,
			description: program.description,
			// Item links already carry the base path.
			site: siteUrl.origin,
			items: await feedItems(name, siteUrl, ui.lang, (names) => ui.t('feed.posterBy', { names })),
			xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
			customData: `<language>${ui.lang}</language>`,
			trailingSlash: true,
		});
	};
}
