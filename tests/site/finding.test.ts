/**
 * Finding things: full-text search (PDF text included) with filters in
 * Chromium, the blog archive's counts, the feeds, the sitemap, and the
 * site under a base path.
 */
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { entryFiles, readSourceData } from '../../src/lib/content-files.ts';
import { axeViolations, offlineContext, useBrowser } from '../support/browser.ts';
import { SAMPLE, SAMPLE_DIST, astroBuild } from '../support/build.ts';
import { EDITOR_PAGE } from '../../scripts/verify/editor-page.ts';
import { findBrokenLinks } from '../../scripts/verify/link-check.ts';
import { serveStatic } from '../../scripts/verify/static-server.ts';

const siteUrl = inject('siteUrl');
const dist = SAMPLE_DIST;
const content = SAMPLE;
const session = useBrowser();

/** Published posts from content/blog, with the fields the tests compare against. */
async function publishedPosts() {
	const posts = [];
	for (const { file, id } of entryFiles(content, 'blog')) {
		const read = await readSourceData(file, true);
		if (!read.ok) throw new Error(read.message);
		const data = read.data as { title: string; date: string; draft?: boolean; lang?: string; tags?: string[]; translationOf?: string };
		// A translation is listed with its original, once: archives and feeds count posts, not versions.
		if (!data.draft && !data.translationOf) posts.push({ id, ...data, date: String(data.date) });
	}
	return posts;
}

/** Waits until the search page has shown the results of its latest search. */
async function settled(page: Page): Promise<void> {
	await page.locator('[data-search-app][data-state="ready"]').waitFor({ timeout: 15_000 });
}

async function search(page: Page, query: string, base = siteUrl): Promise<void> {
	await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, base).href);
	await settled(page);
}

const resultLinks = (page: Page) => page.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

describe('search', () => {
	test('a word that appears only inside a poster’s PDF finds that poster', async () => {
		const page = await session.context.newPage();
		await search(page, 'kamishibai');
		expect(await resultLinks(page)).toEqual(['/posters/sendai-recife-dunedin/']);
		await expect(page.locator('[data-results] mark').first().innerText()).resolves.toMatch(/kamishibai/i);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('a country filter narrows the results to pages from that country', async () => {
		const page = await session.context.newPage();
		await search(page, 'library');
		const all = await resultLinks(page);
		await page.getByRole('checkbox', { name: /^Peru/ }).check();
		await settled(page);
		expect((await resultLinks(page)).length).toBeLessThan(all.length);
		expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['Peru']);
		const narrowed = await resultLinks(page);
		expect(narrowed.length).toBeGreaterThan(0);
		for (const link of narrowed) {
			const html = await (await session.context.request.get(new URL(link.replace(/^\//, ''), siteUrl).href)).text();
			expect(html, link).toContain('data-pagefind-filter="country:Peru"');
		}
		await page.close();
	});

	test('non-English queries find the non-English posts', async () => {
		const posts = await publishedPosts();
		const spanish = posts.find((post) => post.lang === 'es');
		const arabic = posts.find((post) => post.lang === 'ar');
		expect(spanish && arabic).toBeTruthy();
		const page = await session.context.newPage();
		await search(page, 'ritmo');
		expect(await resultLinks(page)).toContain(`/blog/${spanish?.id}/`);
		await search(page, 'كيبيرا');
		expect(await resultLinks(page)).toContain(`/blog/${arabic?.id}/`);
		await page.close();
	});

	test('an empty query browses everything, with filters as facets', async () => {
		const page = await session.context.newPage();
		await search(page, '');
		await expect(page.locator('[data-status]').innerText()).resolves.toMatch(/^\d+ pages in all$/);
		await page.getByRole('checkbox', { name: /^Poster \(/ }).check();
		await settled(page);
		await expect(page.locator('[data-status]').innerText()).resolves.toBe('7 pages in all');
		await page.close();
	});

	test('what search finds and quotes is the pages’ content, never the site’s own labels and buttons', async () => {
		const page = await session.context.newPage();
		await search(page, 'poster');
		// Every indexed page that any of these words finds, with the full text Pagefind keeps for it.
		// A string, so vitest's transform leaves the page's own dynamic import alone.
		const queries = ['poster', 'library', 'reading', 'round', 'partners', 'text', 'recording', 'liaison'];
		const indexed: [string, string][] = await page.evaluate(`(async () => {
			const pagefind = await import(location.origin + '/pagefind/pagefind.js');
			const found = new Map();
			for (const query of ${JSON.stringify(queries)}) {
				for (const result of (await pagefind.search(query)).results) {
					const data = await result.data();
					found.set(data.url, data.content + '\\n' + data.excerpt);
				}
			}
			return [...found.entries()];
		})()`);
		await page.close();
		const types = new Set(indexed.map(([url]) => url.split('/')[1]));
		for (const type of ['posters', 'blog', 'people', 'rounds', 'testimonials', 'convenings']) expect(types).toContain(type);
		const INTERFACE = [
			'Show the text of the poster',
			"The poster's text",
			'About this poster',
			'Download the poster',
			'Cite this poster',
			'min read',
			'partnered with',
			'liaison for',
			'In the program',
			'More from',
			'Watch the recording',
			'Discussion prompts',
			'countries applied from',
			'countries taking part',
			'Related posts',
			'Newer post',
			'Older post',
			// The poster viewer's zoom buttons and its caption.
			'Fit to width',
			'Open the preview image',
		];
		const quoted = indexed.flatMap(([url, text]) => INTERFACE.filter((label) => text.includes(label)).map((label) => `${url}: ${label}`));
		expect(quoted).toEqual([]);
	});

	test('the header search leads to the search page; without JavaScript it offers the archive', async () => {
		const noScript = await offlineContext(session.browser, { javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(siteUrl);
		await page.getByRole('searchbox', { name: 'Search the site' }).fill('reading');
		await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
		await page.waitForURL(/\/search\/\?q=reading$/);
		await expect(page.getByText('Searching needs JavaScript').isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: '2024' }).count()).resolves.toBeGreaterThan(0);
		await noScript.close();
	});
});

describe('the blog archive', () => {
	test('years, months and tags show the right counts and pages', async () => {
		const posts = await publishedPosts();
		const page = await session.context.newPage();
		await page.goto(new URL('blog/', siteUrl).href);
		const archive = page.getByRole('navigation', { name: 'Blog archive' });
		for (const year of new Set(posts.map((post) => post.date.slice(0, 4)))) {
			const count = posts.filter((post) => post.date.startsWith(year)).length;
			await expect(archive.locator(`.years > li:has(> a[href$="/blog/${year}/"])`).locator('> .count').innerText()).resolves.toBe(`(${count})`);
		}
		const months = new Set(posts.map((post) => post.date.slice(0, 7)));
		for (const month of months) {
			const [year, number] = month.split('-');
			const count = posts.filter((post) => post.date.startsWith(month)).length;
			await expect(archive.locator(`a[href$="/blog/${year}/${number}/"] + .count`).innerText()).resolves.toBe(`(${count})`);
		}
		await archive.getByRole('link', { name: 'makerspaces' }).click();
		const tagged = posts.filter((post) => post.tags?.some((tag) => tag.toLowerCase() === 'makerspaces'));
		await expect(page.locator('main .card-grid article').count()).resolves.toBe(tagged.length);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('a post shows its reading time, the neighbouring posts and related posts', async () => {
		const page = await session.context.newPage();
		await page.goto(new URL('blog/2024/notes-from-cape-town/', siteUrl).href);
		await expect(page.locator('article header .meta').innerText()).resolves.toMatch(/\d+ min read/);
		await expect(page.getByRole('link', { name: /^Newer post/ }).count()).resolves.toBe(1);
		await expect(page.getByRole('link', { name: /^Older post/ }).count()).resolves.toBe(1);
		await expect(page.getByRole('heading', { name: 'Related posts' }).count()).resolves.toBe(1);
		await page.close();
	});
});

describe('feeds, sitemap and metadata', () => {
	const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

	function readFeed(file: string) {
		const xml = readFileSync(path.join(dist, file), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = parser.parse(xml);
		expect(feed.rss['@_version']).toBe('2.0');
		const channel = feed.rss.channel;
		expect(channel.title).toBeTruthy();
		expect(channel.link).toMatch(/^https:\/\//);
		expect(channel.description).toBeTruthy();
		const items = (channel.item ?? []) as { title: string; link: string; guid: unknown; pubDate: string }[];
		for (const item of items) {
			expect(item.link).toMatch(/^https:\/\/openstacks\.example\.org\//);
			expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
		}
		return items;
	}

	test('each feed is valid RSS 2.0 with one item per published entry and none for drafts', async () => {
		const posts = await publishedPosts();
		const blog = readFeed('blog/rss.xml');
		expect(blog.map((item) => item.title).sort()).toEqual(posts.map((post) => post.title).sort());
		const convenings = readFeed('convenings/rss.xml');
		expect(convenings).toHaveLength(entryFiles(content, 'convenings').length);
		// Posters, and each round's poster session (two rounds of the sample have one).
		const posters = readFeed('posters/rss.xml');
		const sessions = entryFiles(content, 'rounds').filter(({ file }) => /^posterSession:/m.test(readFileSync(file, 'utf8'))).length;
		expect(sessions).toBe(2);
		expect(posters).toHaveLength(entryFiles(content, 'posters').length + sessions);
		const events = readFeed('events/rss.xml');
		expect(events).toHaveLength(entryFiles(content, 'events').length);
		// Only open opportunities: one of the sample's five has closed.
		const opportunities = readFeed('opportunities/rss.xml');
		expect(opportunities).toHaveLength(entryFiles(content, 'opportunities').length - 1);
		const all = readFeed('rss.xml');
		expect(all).toHaveLength(Math.min(50, blog.length + convenings.length + posters.length + events.length + opportunities.length));
		// Full content, with links a feed reader can follow.
		const xml = readFileSync(path.join(dist, 'blog/rss.xml'), 'utf8');
		expect(xml).toContain('<content:encoded>');
		expect(xml).not.toMatch(/(?:href|src)=&quot;\/(?!\/)/);
	});

	test('the sitemap lists every page and nothing else', () => {
		const parserSitemap = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
		const index = parserSitemap.parse(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8'));
		const urls: string[] = [];
		for (const sitemap of index.sitemapindex.sitemap) {
			const file = new URL(sitemap.loc).pathname;
			urls.push(...parserSitemap.parse(readFileSync(path.join(dist, file), 'utf8')).urlset.url.map((url: { loc: string }) => url.loc));
		}
		// The editor at /admin/ is for participants signing in, not for search engines.
		const pages = globSync('**/index.html', { cwd: dist })
			.filter((file) => file !== EDITOR_PAGE)
			.map((file) => `https://openstacks.example.org/${file.replace(/index\.html$/, '')}`);
		expect(new Set(urls).size).toBe(urls.length);
		expect([...urls].sort()).toEqual(pages.sort());
	});

	test('every page has a title, a description, a canonical URL and a social image; robots.txt points at the sitemap', () => {
		// (Not the editor at /admin/: a noindex application, not a page to share; see editor-page.ts.)
		for (const file of globSync('**/index.html', { cwd: dist }).filter((page) => page !== EDITOR_PAGE)) {
			const html = readFileSync(path.join(dist, file), 'utf8');
			expect(html, file).toMatch(/<title>[^<]+<\/title>/);
			expect(html, file).toMatch(/<meta name="description" content="[^"]+"/);
			expect(html, file).toContain(`<link rel="canonical" href="https://openstacks.example.org/${file.replace(/index\.html$/, '')}"`);
			expect(html, file).toMatch(/<meta property="og:image" content="https:\/\/openstacks\.example\.org\/[^"]+\.(png|jpg)"/);
			expect(html, file).toMatch(/<link rel="alternate" type="application\/rss\+xml"/);
		}
		const post = readFileSync(path.join(dist, 'blog/2024/first-call-six-time-zones/index.html'), 'utf8');
		expect(post).toMatch(/<meta property="og:image" content="https:\/\/openstacks\.example\.org\/_astro\/first-call[^"]+\.jpg"/);
		expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://openstacks.example.org/sitemap-index.xml');
	});
});

describe('under a base path', () => {
	const out = mkdtempSync(path.join(tmpdir(), 'interlibrary-base-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	test('a build at /program/ has no broken internal link, and search works there', async () => {
		const result = await astroBuild({ BASE_PATH: '/program/' }, ['--outDir', out]);
		expect(result.code, result.output).toBe(0);
		expect(findBrokenLinks(out, '/program/')).toEqual([]);
		expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('href="/program/blog/"');
		const site = await serveStatic(out, '/program/');
		try {
			const page = await session.context.newPage();
			await search(page, 'kamishibai', site.url);
			expect(await resultLinks(page)).toEqual(['/program/posters/sendai-recife-dunedin/']);
			await page.close();
		} finally {
			await site.close();
		}
	});
});

test('the sample site itself has no broken internal link', () => {
	expect(findBrokenLinks(dist, '/')).toEqual([]);
});
