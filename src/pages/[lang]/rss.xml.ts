/** Everything new, titled in a further interface language (/es/rss.xml). */
import type { GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog';
import { feedEndpoint } from '../../data/feed-endpoint';

export const getStaticPaths = (async () => (await getCatalog()).uiLanguages.slice(1).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET = feedEndpoint('all');
