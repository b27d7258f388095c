/**
 * The sample site in Chromium, as a reader meets it: what each page type
 * shows, that it passes axe-core, and that it works by keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const session = useBrowser();

const open = (sitePath: string): Promise<Page> => openPage(session.context, siteUrl, sitePath);

const mainText = (page: Page) => page.locator('main').innerText();

describe('pages a reader opens', () => {
	test('home page: the program, its latest round in numbers, posts, a testimonial and posters', async () => {
		const page = await open('/');
		await expect(page.title()).resolves.toBe('Open Stacks Fellowship');
		await expect(page.locator('h1').innerText()).resolves.toBe('Open Stacks Fellowship');
		const figures = page.locator('.figures');
		await expect(figures.innerText()).resolves.toMatch(/applicants/);
		await expect(page.getByRole('heading', { name: 'Latest from the blog' }).count()).resolves.toBe(1);
		await expect(page.locator('section:has(h2:text("Latest from the blog")) article').count()).resolves.toBe(3);
		await expect(page.getByRole('heading', { name: 'In their words' }).count()).resolves.toBe(1);
		await expect(page.locator('blockquote').count()).resolves.toBe(1);
		await expect(page.getByRole('heading', { name: 'Recent posters' }).count()).resolves.toBe(1);
		await page.close();
	});

	test('the blog lists every published post, newest first, ten to a page', async () => {
		const first = await open('/blog/');
		const firstTitles = await first.locator('main article h2').allInnerTexts();
		expect(firstTitles).toHaveLength(10);
		const dates = await first.locator('main article time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
		expect(dates).toEqual([...dates].sort().reverse());
		await first.getByRole('link', { name: 'Older →' }).click();
		expect(new URL(first.url()).pathname).toBe('/blog/page/2/');
		const secondTitles = await first.locator('main article h2').allInnerTexts();
		expect(secondTitles.length).toBeGreaterThan(0);
		expect(secondTitles.some((title) => firstTitles.includes(title))).toBe(false);
		await expect(first.getByText('Page 2 of 2').count()).resolves.toBe(1);
		await first.close();
	});

	test('a blog post: title, authors with countries, a date in the post’s language, round, body', async () => {
		const page = await open('/blog/2024/first-call-six-time-zones/');
		const main = await mainText(page);
		await expect(page.locator('h1').innerText()).resolves.not.toBe('');
		expect(main).toMatch(/Adaeze Okafor \(Nigeria\)/);
		expect(main).toMatch(/Lucía Quispe \(Peru\)|Lucia Quispe \(Peru\)/);
		expect(main).toMatch(/\d{1,2} [A-Z][a-z]+ 2024|[A-Z][a-z]+ \d{1,2}, 2024/);
		await expect(page.locator('main a[href$="/rounds/2024/"]').count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('.prose p').count()).resolves.toBeGreaterThan(2);
		await page.close();
	});

	test('an Arabic post reads right to left, with its date in Arabic', async () => {
		const index = await open('/rounds/2024/');
		const arabicLink = index.locator('article[lang="ar"] h3 a').first();
		const href = await arabicLink.getAttribute('href');
		expect(href).toBeTruthy();
		await index.close();
		const page = await open(href ?? '/');
		await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
		// Arabic is one of the sample's interface languages: the site's own words are in Arabic too, right to left.
		await expect(page.locator('header.site-header').getAttribute('lang')).resolves.toBeNull();
		await expect(page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'المدونة' }).count()).resolves.toBe(1);
		// Dates in Arabic use Arabic month names.
		await expect(page.locator('article header time').first().innerText()).resolves.toMatch(/[\u0600-\u06FF]/);
		await page.close();
	});

	test('a post in a language the interface does not speak keeps the site’s words, marked as English', async () => {
		const page = await open('/blog/2025/memoria-do-coque/');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('pt');
		await expect(page.locator('header.site-header').getAttribute('lang')).resolves.toBe('en');
		await expect(page.locator('header.site-header').getAttribute('dir')).resolves.toBe('ltr');
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).count()).resolves.toBe(1);
		await page.close();
	});

	test('a person: library, country, partners, and everything they wrote or made', async () => {
		const page = await open('/people/adaeze-okafor/');
		await expect(page.locator('h1').innerText()).resolves.toBe('Adaeze Okafor');
		const main = await mainText(page);
		expect(main).toContain('Yaba Community Library');
		expect(main).toContain('Nigeria');
		expect(main).toMatch(/partnered with Lucía Quispe \(Peru\)|partnered with Lucia Quispe \(Peru\)/);
		await expect(page.getByRole('heading', { name: 'Posters' }).count()).resolves.toBe(1);
		await expect(page.locator('main a[href$="/posters/lagos-lima/"]').count()).resolves.toBeGreaterThan(0);
		await expect(page.getByRole('heading', { name: 'Blog posts' }).count()).resolves.toBe(1);
		await page.close();
	});

	test('a round: dates, figures, the groups with their countries and liaisons, posters', async () => {
		const page = await open('/rounds/2024/');
		await expect(page.locator('h1').innerText()).resolves.toContain('2024');
		await expect(page.locator('.figures dd').count()).resolves.toBe(4);
		const groups = page.locator('.groups > li');
		await expect(groups.count()).resolves.toBe(4);
		const trio = groups.filter({ hasText: 'Oksana Melnyk' });
		await expect(trio.locator('ul > li').count()).resolves.toBe(3);
		await expect(trio.innerText()).resolves.toMatch(/Ukraine[\s\S]*India[\s\S]*Finland/);
		await expect(trio.innerText()).resolves.toMatch(/Liaison: Marieke de Vries/);
		await expect(page.locator('main a[href*="/posters/"]').count()).resolves.toBeGreaterThanOrEqual(4);
		await page.close();
	});

	test('a country: its people, their posters and posts', async () => {
		const page = await open('/countries/pe/');
		await expect(page.locator('h1').innerText()).resolves.toContain('Peru');
		const main = await mainText(page);
		expect(main).toMatch(/Lucía Quispe|Lucia Quispe/);
		await expect(page.locator('main a[href$="/posters/lagos-lima/"]').count()).resolves.toBeGreaterThan(0);
		await expect(page.getByRole('heading', { name: 'Blog posts' }).count()).resolves.toBe(1);
		await page.close();
	});

	test('a convening in person: facts and a responsive photo gallery with captions', async () => {
		const page = await open('/convenings/cape-town-2024/');
		const main = await mainText(page);
		expect(main).toMatch(/Cape Town, .*South Africa/);
		const photos = page.locator('.gallery img');
		await expect(photos.count()).resolves.toBe(4);
		for (const photo of await photos.all()) {
			await expect(photo.getAttribute('alt')).resolves.toMatch(/\w{5,}/);
			await expect(photo.getAttribute('srcset')).resolves.toMatch(/\d+w/);
			await expect(photo.getAttribute('loading')).resolves.toBe('lazy');
			await expect(photo.getAttribute('width')).resolves.toMatch(/^\d+$/);
			// Scrolled into view, the lazy image really loads (in WebP, from the <picture>).
			await photo.scrollIntoViewIfNeeded();
			await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
			await expect(photo.evaluate((img: HTMLImageElement) => img.currentSrc)).resolves.toMatch(/\.webp$/);
		}
		await expect(page.locator('.gallery figcaption').count()).resolves.toBe(4);
		await page.close();
	});

	test('a poster: partners, round and a working PDF download with its size', async () => {
		const page = await open('/posters/lagos-lima/');
		await expect(page.locator('h1').innerText()).resolves.toBe('Reading Clubs Without Walls');
		const download = page.getByRole('link', { name: /Download the poster PDF, [\d.]+ (kB|MB), 1 page/ });
		await expect(download.count()).resolves.toBe(1);
		const pdfUrl = new URL((await download.getAttribute('href')) ?? '', page.url()).href;
		const response = await session.context.request.get(pdfUrl);
		expect(response.status()).toBe(200);
		expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
		await page.close();
	});

	test('an address that does not exist gets the site’s 404 page', async () => {
		const page = await session.context.newPage();
		const response = await page.goto(new URL('no-such-page/', siteUrl).href);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
		await page.close();
	});
});

describe('accessibility', () => {
	// Every page's axe-core check, at a desktop's and a phone's width, light and dark, is in the quality gate (quality-gate.test.ts).
	test('the keyboard reaches the skip link first, and it moves focus to the content', async () => {
		const page = await open('/people/adaeze-okafor/');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
		await page.close();
	});

	test('every main navigation link can be reached with Tab', async () => {
		const page = await open('/');
		const labels = await page.locator('nav[aria-label="Main"] a').allInnerTexts();
		// Every stop of the header in turn (skip link, brand, navigation, search, language switcher), not one more.
		const stops = await page.locator('header a, header input, header button').count();
		const reached = new Set<string>();
		for (let i = 0; i < stops; i++) {
			await page.keyboard.press('Tab');
			reached.add((await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '');
		}
		for (const label of labels) expect(reached).toContain(label);
		await page.close();
	});
});
