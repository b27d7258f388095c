/**
 * The sample site in its three interface languages (English at today's
 * addresses, Spanish under /es/, Arabic under /ar/), as a reader meets each:
 * the language and direction of the page and of its chrome, the switcher,
 * the hreflang alternates, linked translations, and axe in right to left.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DESKTOP, PHONE } from '../../scripts/verify/browser-checks.ts';
import { axeViolations, offlineContext, openPage, useBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const session = useBrowser();
const open = (sitePath: string): Promise<Page> => openPage(session.context, siteUrl, sitePath);

const LANGUAGES = [
	{ lang: 'en', dir: 'ltr', prefix: '', blog: 'Blog', search: 'Search', name: 'English', events: 'Events', opportunities: 'Opportunities' },
	{ lang: 'es', dir: 'ltr', prefix: '/es', blog: 'Blog', search: 'Buscar', name: 'español', events: 'Eventos', opportunities: 'Oportunidades' },
	{ lang: 'ar', dir: 'rtl', prefix: '/ar', blog: 'المدونة', search: 'بحث', name: 'العربية', events: 'الفعاليات', opportunities: 'الفرص' },
] as const;

/** The post written in English, Spanish and Arabic. */
const POST = { en: '/blog/2025/what-liaisons-listen-for/', es: '/blog/2025/lo-que-escuchan-los-enlaces/', ar: '/blog/2025/ma-yasmauhu-munassiqu-al-irtibat/' };

const alternates = (page: Page) =>
	page
		.locator('head link[rel="alternate"][hreflang]')
		.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));

describe.each(LANGUAGES)('the site in $lang', ({ lang, dir, prefix, blog, search, events, opportunities }) => {
	test('events and opportunities: their lists in the language, under its prefix', async () => {
		for (const [path, heading] of [
			['/events/', events],
			['/opportunities/', opportunities],
		] as const) {
			const page = await open(`${prefix}${path}`);
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
			await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
			await expect(page.locator('h1').innerText()).resolves.toBe(heading);
			if (path === '/events/') {
				// Each date in the reader's language, as the lists of convenings and opportunities give theirs.
				const months = (locale: string) =>
					Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(Date.UTC(2026, month, 15))));
				const when = await page.locator('.card time').first().innerText();
				expect(
					months(lang).some((month) => when.includes(month)),
					when,
				).toBe(true);
				if (lang !== 'en')
					expect(
						months('en').some((month) => when.includes(month)),
						when,
					).toBe(false);
			}
			await page.close();
		}
	});

	test('home: the page and its chrome in the language, with the switcher and alternates', async () => {
		const page = await open(`${prefix}/`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
		// The chrome is in the page's language: no lang of its own to mark a difference.
		await expect(page.locator('header.site-header').getAttribute('lang')).resolves.toBeNull();
		await expect(
			page
				.getByRole('navigation', { name: lang === 'en' ? 'Main' : lang === 'es' ? 'Principal' : 'القائمة الرئيسية' })
				.getByRole('link', { name: blog })
				.getAttribute('href'),
		).resolves.toBe(`${prefix}/blog/`);
		expect(await alternates(page)).toEqual([
			['en', '/'],
			['es', '/es/'],
			['ar', '/ar/'],
			['x-default', '/'],
		]);
		const current = page.locator('nav.languages a[aria-current="page"]');
		await expect(current.getAttribute('hreflang')).resolves.toBe(lang);
		await page.close();
	});

	test('a list: the switcher keeps the reader on the same page in another language', async () => {
		const page = await open(`${prefix}/blog/page/2/`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
		const other = LANGUAGES.find((language) => language.lang !== lang)!;
		await page.locator(`nav.languages a[hreflang="${other.lang}"]`).click();
		expect(new URL(page.url()).pathname).toBe(`${other.prefix}/blog/page/2/`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe(other.lang);
		await page.close();
	});

	test('search: its labels, filters and counts in the language', async () => {
		const page = await open(`${prefix}/search/?q=liaison`);
		await expect(page.locator('h1').innerText()).resolves.toBe(search);
		await page.locator('[data-search-app][data-state="ready"]').waitFor();
		const status = await page.locator('[data-status]').innerText();
		// Three versions of one post, one result for them.
		const titles = await page.locator('[data-results] h3').allInnerTexts();
		const versions = titles.filter((title) => ['What liaisons listen for', 'Lo que escuchan los enlaces', 'ما يصغي إليه منسقو الارتباط'].includes(title));
		expect(versions).toHaveLength(1);
		if (lang === 'es') expect(status).toMatch(/páginas? encontradas? para «liaison»/);
		if (lang === 'ar') expect(status).toMatch(/«liaison»/);
		if (lang === 'en') expect(status).toMatch(/pages? found for “liaison”/);
		await page.close();
	});

	test('the language filter finds each version of a translated post', async () => {
		const target = { en: 'English', es: 'Spanish', ar: 'Arabic' }[lang];
		const page = await open(`/search/?q=liaisons&language=${encodeURIComponent(target)}`);
		await page.locator('[data-search-app][data-state="ready"]').waitFor();
		const links = await page.locator('[data-results] h3 a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links).toContain(POST[lang]);
		await page.close();
	});

	test('a post in the language: framed in it, with the other versions linked and as alternates', async () => {
		const page = await open(POST[lang]);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
		await expect(page.locator('header.site-header').getAttribute('lang')).resolves.toBeNull();
		const also = page.locator('.also-in a');
		const hreflangs = await also.evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
		expect(hreflangs.sort()).toEqual(
			LANGUAGES.map((language) => language.lang)
				.filter((other) => other !== lang)
				.sort(),
		);
		expect((await alternates(page)).map(([hreflang, path]) => `${hreflang} ${path}`).sort()).toEqual(
			Object.entries(POST)
				.map(([hreflang, path]) => `${hreflang} ${path}`)
				.sort(),
		);
		await page.close();
	});
});

describe('lists under every interface language', () => {
	test('one card per group of translations, in the reader’s language, others labelled by language', async () => {
		for (const { lang, prefix } of LANGUAGES) {
			const page = await open(`${prefix}/blog/`);
			const hrefs = await page.locator('main article h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
			const versions = hrefs.filter((href) => Object.values(POST).includes(href));
			expect(versions, lang).toEqual([POST[lang]]);
			if (lang !== 'en') await expect(page.locator('main article .language-label').count()).resolves.toBeGreaterThan(0);
			await page.close();
		}
	});

	test('an English post under the Spanish interface: Spanish chrome, the card marked as English', async () => {
		const page = await open('/es/blog/');
		const card = page.locator('main article[lang="en"]').first();
		await expect(card.locator('.language-label').innerText()).resolves.toBe('En inglés');
		await expect(card.locator('.language-label').getAttribute('lang')).resolves.toBe('es');
		await page.close();
	});

	test('feeds carry their interface language', async () => {
		for (const { lang, prefix } of LANGUAGES) {
			const response = await fetch(new URL(`${prefix.replace(/^\//, '')}${prefix ? '/' : ''}rss.xml`, siteUrl));
			expect(await response.text(), lang).toContain(`<language>${lang}</language>`);
		}
	});
});

describe('right to left, at desktop and phone widths', () => {
	test.each([
		['desktop', DESKTOP],
		['phone', PHONE],
	] as const)('the Arabic home, blog, search and post pass axe on a %s', async (_name, options) => {
		const context = await offlineContext(session.browser, options);
		for (const sitePath of ['/ar/', '/ar/blog/', '/ar/search/', POST.ar]) {
			const page = await openPage(context, siteUrl, sitePath);
			if (sitePath.endsWith('/search/')) await page.locator('[data-search-app][data-state="ready"]').waitFor();
			expect(await axeViolations(page), sitePath).toEqual([]);
			// Mirrored: the main navigation starts at the right edge.
			const box = await page.locator('nav[aria-label="القائمة الرئيسية"] li').first().boundingBox();
			const width = options.viewport?.width ?? 0;
			expect(box && box.x + box.width > width / 2, sitePath).toBe(true);
			await page.close();
		}
		await context.close();
	});
});
