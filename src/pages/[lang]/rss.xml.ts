/** Everything new, titled in a further interface language (/es/rss.xml). */
import type { GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { feedEndpoint } from '../../data/feed-endpoint.ts';

export const getStaticPaths = (async () => (await getCatalog()).uiLanguages.slice(1).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET = feedEndpoint('all');
