/**
 * The poster gallery and poster pages in Chromium: every sample poster with
 * its preview, filters with and without JavaScript, zoom by keyboard, the
 * poster's text, citations, and axe-core.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, offlineContext, openPage, useBrowser } from '../support/browser.ts';
import { entryFiles } from '../../src/lib/content-files.ts';
import { SAMPLE } from '../support/build.ts';

const siteUrl = inject('siteUrl');
const posterIds = entryFiles(SAMPLE, 'posters').map(({ id }) => id);
const session = useBrowser();

const open = (sitePath: string, context = session.context): Promise<Page> => openPage(context, siteUrl, sitePath);

/** The poster ids a gallery page shows, from its visible cards' links. */
async function shownPosters(page: Page): Promise<string[]> {
	const hrefs = await page.locator('[data-poster-grid] > li:not([hidden]) h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return hrefs.map((href) => href.split('/').filter(Boolean).at(-1) ?? '').sort();
}

describe('the poster gallery', () => {
	test('shows every sample poster with a loaded preview and alt text naming it and its partners', async () => {
		expect(posterIds.length).toBeGreaterThanOrEqual(6);
		const page = await open('/posters/');
		expect(await shownPosters(page)).toEqual(posterIds);
		const images = page.locator('[data-poster-grid] img');
		await expect(images.count()).resolves.toBe(posterIds.length);
		for (const image of await images.all()) {
			await image.scrollIntoViewIfNeeded();
			await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
			await expect(image.getAttribute('alt')).resolves.toMatch(/^Poster: .+, by .+/);
			// The widths a card is shown at, once and twice over, made when the PDF was rendered.
			await expect(image.getAttribute('srcset')).resolves.toMatch(/ 320w, .+ 640w, /);
			await expect(image.evaluate((img: HTMLImageElement) => img.currentSrc)).resolves.toMatch(/\/posters\/[a-z-]+\/[0-9a-f]{32}-\d+\.webp$/);
		}
		// Cards below the first row wait until they are scrolled to.
		await expect(images.nth(posterIds.length - 1).getAttribute('loading')).resolves.toBe('lazy');
		await expect(images.first().getAttribute('loading')).resolves.toBe('eager');
		await page.close();
	});

	test('filter pages show only their posters, and work without JavaScript', async () => {
		const noScript = await offlineContext(session.browser, { javaScriptEnabled: false });
		const page = await open('/posters/', noScript);
		await page.getByRole('link', { name: /^Peru \(1\)$/ }).click();
		expect(new URL(page.url()).pathname).toBe('/posters/countries/pe/');
		expect(await shownPosters(page)).toEqual(['lagos-lima']);
		await page.getByRole('link', { name: /^Round 2025 \(3\)$/ }).click();
		expect(await shownPosters(page)).toEqual(['cairo-porto', 'oaxaca-singapore', 'sendai-recife-dunedin']);
		await page.goto(new URL('posters/topics/oral-history/', siteUrl).href);
		await expect(page.locator('h1').innerText()).resolves.toBe('Posters on oral history');
		expect((await shownPosters(page)).length).toBe(2);
		await noScript.close();
	});

	test('with JavaScript, choosing a country filters the gallery at once', async () => {
		const page = await open('/posters/');
		await page.getByLabel('Country').selectOption({ label: 'Jordan' });
		expect(await shownPosters(page)).toEqual(['amman-nairobi']);
		await expect(page.getByRole('status').innerText()).resolves.toBe(`1 of ${posterIds.length} posters shown`);
		expect(new URL(page.url()).search).toBe('?country=jo');
		await page.getByLabel('Country').selectOption({ label: 'All' });
		expect(await shownPosters(page)).toEqual(posterIds);
		await page.close();
	});
});

describe('a poster page', () => {
	test('the preview zooms and pans by keyboard', async () => {
		const page = await open('/posters/lagos-lima/');
		const viewport = page.getByRole('region', { name: /Poster preview/ });
		const image = viewport.locator('img');
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		const fitWidth = await image.evaluate((img) => img.getBoundingClientRect().width);
		// Tab to the preview, as a keyboard user does.
		for (let i = 0; i < 40 && !(await viewport.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(viewport.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await expect(page.locator('[data-zoom-level]').innerText()).resolves.toBe('200%');
		const zoomedWidth = await image.evaluate((img) => img.getBoundingClientRect().width);
		expect(zoomedWidth / fitWidth).toBeCloseTo(2, 1);
		const before = await viewport.evaluate((el) => el.scrollLeft);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => viewport.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
		await page.keyboard.press('0');
		await expect(page.locator('[data-zoom-level]').innerText()).resolves.toBe('100%');
		// The buttons do the same.
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(page.locator('[data-zoom-level]').innerText()).resolves.toBe('150%');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('shows the poster’s own text, found inside its PDF, in a collapsed section', async () => {
		const page = await open('/posters/sendai-recife-dunedin/');
		const details = page.locator('details');
		await expect(details.getAttribute('open')).resolves.toBeNull();
		await page.getByText('Show the text of the poster').click();
		await expect(details.innerText()).resolves.toMatch(/kamishibai/i);
		const markdown = readFileSync(path.join(SAMPLE, 'posters/sendai-recife-dunedin/index.md'), 'utf8');
		expect(markdown).not.toMatch(/kamishibai/i);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	test('Arabic poster text reads in logical order', async () => {
		const page = await open('/posters/amman-nairobi/');
		// An Arabic poster is framed in Arabic, one of the sample's interface languages.
		await page.getByText('اعرض نص الملصق').click();
		const text = await page.locator('details .prose[lang="ar"]').innerText();
		expect(text).toContain('مكتبة جبل اللويبدة');
		// Quotation marks the PDF drew mirrored are the right way round, and nothing unreadable is left.
		expect(text).toContain('«أوبن');
		expect(text).not.toContain('»أوبن');
		expect(text).not.toContain(String.fromCharCode(0));
		// Zooming keeps the middle of the poster in the middle of the view, from the right-hand start of a right-to-left page too.
		await page.getByRole('button', { name: 'تكبير' }).click();
		const view = await page.locator('.viewport').evaluate((el) => ({ left: el.scrollLeft, client: el.clientWidth, scroll: el.scrollWidth }));
		expect(Math.abs(-view.left + view.client / 2 - view.scroll / 2)).toBeLessThan(view.client * 0.05);
		// Its facts are listed with the Arabic comma.
		await expect(page.locator('.download-facts').innerText()).resolves.toMatch(/^PDF، [\d.]+ كيلوبايت، صفحة واحدة$/);
		await page.close();
	});

	test('partners, a download with size and pages, a citation with BibTeX and CSL-JSON, and scholarly metadata', async () => {
		const page = await open('/posters/cebu-winnipeg/');
		const main = await page.locator('main').innerText();
		expect(main).toMatch(/Maria Santos\s+University of the Visayas Learning Commons, Cebu City, Philippines/);
		await expect(page.getByRole('link', { name: /Download the poster PDF, [\d.]+ kB, 1 page/ }).count()).resolves.toBe(1);
		await expect(page.locator('[data-reference]').innerText()).resolves.toMatch(/^Santos, M\., & Dubois, C\. \(2024\)\. Study Spaces After Dark/);
		const bib = await session.context.request.get(new URL('posters/cebu-winnipeg/citation.bib', siteUrl).href);
		expect(await bib.text()).toMatch(/^@misc\{santos2024study,/);
		const csl = await session.context.request.get(new URL('posters/cebu-winnipeg/citation.json', siteUrl).href);
		expect((await csl.json())[0].title).toMatch(/^Study Spaces After Dark/);
		const authors = await page.locator('meta[name="citation_author"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
		expect(authors).toEqual(['Santos, Maria', 'Dubois, Claire']);
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
		expect(jsonLd).toMatchObject({ '@type': 'CreativeWork', additionalType: 'Poster', name: expect.stringMatching(/^Study Spaces After Dark/) });
		expect(jsonLd.author).toHaveLength(2);
		await page.close();
	});
});

test('a poster with a DOI links it, and its citation uses it', async () => {
	const page = await session.context.newPage();
	await page.goto(new URL('posters/lagos-lima/', siteUrl).href);
	await expect(page.getByRole('link', { name: '10.5555/openstacks.2024.lagos-lima' }).getAttribute('href')).resolves.toBe(
		'https://doi.org/10.5555/openstacks.2024.lagos-lima',
	);
	await expect(page.locator('[data-reference]').innerText()).resolves.toMatch(/https:\/\/doi\.org\/10\.5555\/openstacks\.2024\.lagos-lima$/);
	await expect(page.locator('meta[name="citation_doi"]').getAttribute('content')).resolves.toBe('10.5555/openstacks.2024.lagos-lima');
	await page.close();
});
