/** robots.txt: everything may be indexed; the sitemap says where everything is. */
import type { APIRoute } from 'astro';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(href('/sitemap-index.xml'), site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
