/** The blog's, convenings' and posters' feeds, titled in a further interface language (/es/blog/rss.xml). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { feedEndpoint } from '../../../data/feed-endpoint.ts';
import { FEED_NAMES } from '../../../data/feeds.ts';

const NAMES = FEED_NAMES.filter((name) => name !== 'all');

export const getStaticPaths = (async () =>
	(await getCatalog()).uiLanguages.slice(1).flatMap((lang) => NAMES.map((feed) => ({ params: { lang, feed } })))) satisfies GetStaticPaths;

export const GET: APIRoute = (context) => feedEndpoint(NAMES.find((name) => name === context.params['feed']) ?? 'blog')(context);
