/**
 * Old addresses and where they lead now: collected during an import,
 * merged into content/redirects.yaml without touching lines a coordinator
 * wrote, and turned into a snippet for blogs that stay on *.blogspot.com.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import { QUERY_REDIRECTS_FILE, RESERVED_PAGE_IDS } from '../lib/urls.ts';
import { redirectsSchema } from '../schemas/redirects.ts';

/** Top-level sections of the new site: no old address under them is redirected, since the site owns them. */
const SITE_SECTIONS = new Set(['blog', 'tags', 'testimonials', 'convenings', 'people', 'rounds', 'countries', 'posters', 'pagefind', '_astro']);
const SITE_FILES = new Set([
	'/',
	'/rss.xml',
	'/robots.txt',
	'/404.html',
	'/sitemap-index.xml',
	'/sitemap-0.xml',
	'/social-card.png',
	'/favicon.svg',
	'/_redirects',
	`/${QUERY_REDIRECTS_FILE}`,
]);

/** An address's path (and query), percent-decoded so the redirect page lands where a static host looks. */
export function oldPathOf(address: string): string | undefined {
	let url: URL;
	try {
		url = new URL(address, 'https://old.invalid');
	} catch {
		return undefined;
	}
	let pathname = url.pathname;
	try {
		pathname = pathname
			.split('/')
			.map((segment) => decodeURIComponent(segment))
			.join('/');
	} catch {
		// Keep a path with a stray "%" as it is.
	}
	return `${pathname}${url.search}`;
}

/** Why an old address must not be redirected: it is an address of the new site itself. */
export function siteOwnedReason(oldPath: string, pageIds: ReadonlySet<string>): string | undefined {
	const [pathOnly = ''] = oldPath.split('?');
	if (SITE_FILES.has(pathOnly) && !oldPath.includes('?')) return 'it is an address of the new site itself';
	const segments = pathOnly.split('/').filter(Boolean);
	const first = segments[0];
	if (first && SITE_SECTIONS.has(first)) return `the new site uses /${first}/ for its own pages`;
	if (first && segments.length === 1 && pathOnly.endsWith('/') && (RESERVED_PAGE_IDS.has(first) || pageIds.has(first)))
		return `/${first}/ is a page of the new site`;
	return undefined;
}

export interface RedirectMerge {
	added: number;
	/** Lines for the report: existing redirects kept although the import would lead them elsewhere. */
	kept: string[];
}

const HEADER = `# Old addresses of the program's previous site and where each now leads.
# \`npm run import\` adds to this file; you may add lines by hand:
#   /old/path.html: /blog/2024/new-post/
# See the README ("Moving in") for which hosts need what.
`;

/**
 * Adds `planned` to the redirects file: new old addresses are added; an old
 * address already there keeps its line (a coordinator may have changed it),
 * and the report says so when the import would have sent it elsewhere.
 */
export function mergeRedirects(file: string, planned: ReadonlyMap<string, string>, dryRun: boolean): RedirectMerge {
	const document = existsSync(file) ? parseDocument(readFileSync(file, 'utf8')) : parseDocument('{}');
	if (document.errors.length > 0) throw new Error(`${file} has a formatting mistake (${document.errors[0]?.message.split('\n')[0]}); fix it and import again`);
	const existing = redirectsSchema.safeParse(document.toJS() ?? {});
	const current: Record<string, string> = existing.success ? existing.data : {};
	if (!isMap(document.contents)) document.contents = parseDocument('{}').contents;
	const map = document.contents;
	let added = 0;
	const kept: string[] = [];
	for (const [from, to] of planned) {
		const before = current[from];
		if (before === undefined) {
			// Appended directly: the document's own set() searches every line each time, too slow for tens of thousands.
			if (isMap(map)) map.items.push(document.createPair(from, to));
			current[from] = to;
			added++;
		} else if (before !== to) {
			kept.push(`kept the redirect ${from} → ${before} in content/redirects.yaml; the import would lead it to ${to}`);
		}
	}
	if (added > 0 && !dryRun) {
		if (isMap(document.contents)) document.contents.flow = false;
		const body = document.toString({ lineWidth: 0 });
		writeFileSync(file, existsSync(file) ? body : `${HEADER}${body}`);
	}
	return { added, kept };
}

/** The redirects a content folder has (for the snippet), or none. */
export function readRedirects(file: string): Record<string, string> {
	if (!existsSync(file)) return {};
	const parsed = redirectsSchema.safeParse(parseDocument(readFileSync(file, 'utf8')).toJS() ?? {});
	return parsed.success ? parsed.data : {};
}

/**
 * A snippet for the `<head>` of a Blogger theme (Theme → Edit HTML) that
 * sends readers of each old post, page and label to its new address. A blog
 * that stays at *.blogspot.com belongs to Google, so only its own theme can
 * redirect it. Blogger's theme is XML: the script sits in CDATA.
 */
export function bloggerThemeSnippet(redirects: Record<string, string>, siteUrl: string): string {
	const map: Record<string, string> = {};
	for (const [from, to] of Object.entries(redirects)) {
		if (from.includes('?')) continue;
		map[from] = new URL(to.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
	}
	const json = JSON.stringify(map).replace(/</g, '\\u003c');
	return `<!-- Interlibrary: send readers of this blog to its new address. Paste right after <head> in Theme → Edit HTML. -->
<script>//<![CDATA[
(function () {
  var to = ${json};
  var path = decodeURIComponent(location.pathname);
  var target = to[path] || to[path.replace(/\\/$/, '')] || (path === '/' ? ${JSON.stringify(siteUrl)} : null);
  if (target) location.replace(target);
})();
//]]></script>
`;
}
