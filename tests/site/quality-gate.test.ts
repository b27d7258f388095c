/**
 * The quality gate over every built page: valid HTML, no broken internal
 * link, axe-core in Chromium with no violations, no console errors, and the
 * page-weight budgets. The gate itself is shown to fail on a broken page.
 */
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, offlineContext, useBrowser } from '../support/browser';
import { SAMPLE_DIST } from '../support/build';
import { findBrokenLinks } from '../support/link-check';
import { overBudget, pageWeights } from '../../scripts/lib/page-weights';
import { invalidHtml } from '../support/html-validity';
import { serveStatic } from '../support/static-server';

const siteUrl = inject('siteUrl');
/** A phone as Lighthouse's mobile audit sees one. */
const PHONE = { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const dist = SAMPLE_DIST;
const session = useBrowser();

/** Opens a page and returns its axe violations and console errors. */
async function inspect(url: string, ctx = session.context): Promise<string[]> {
	const page = await ctx.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	const response = await page.goto(url);
	if (response && response.status() >= 400 && !url.endsWith('404.html')) errors.push(`HTTP ${response.status()}`);
	// Scripted pages finish their work (search loads its index) before they are judged; the others are done at load.
	const scripted = await page.evaluate(() => document.querySelector('script:not([type="application/ld+json"]):not([type="application/json"])') !== null);
	if (scripted) await page.waitForLoadState('networkidle');
	const violations = await axeViolations(page);
	await page.close();
	return [...violations, ...errors];
}

describe('the quality gate on the sample site', () => {
	test('every page is valid HTML', async () => {
		expect(await invalidHtml(dist)).toEqual([]);
	});

	test('no page links to anything missing', () => {
		expect(findBrokenLinks(dist, '/')).toEqual([]);
	});

	test('every page keeps within its weight budget; text pages ship no JavaScript', () => {
		const weights = pageWeights(dist);
		expect(weights.length).toBeGreaterThan(100);
		expect(overBudget(weights)).toEqual([]);
	});

	test('every page passes axe-core in Chromium and logs no console errors', async () => {
		const pages = globSync('**/*.html', { cwd: dist }).sort();
		const problems: string[] = [];
		// Two pages at a time: one per core.
		for (let index = 0; index < pages.length; index += 2) {
			const batch = pages.slice(index, index + 2);
			const found = await Promise.all(batch.map((page) => inspect(new URL(page.replace(/index\.html$/, ''), siteUrl).href)));
			found.forEach((list, i) => problems.push(...list.map((problem) => `${batch[i]}: ${problem}`)));
		}
		expect(problems).toEqual([]);
	}, 600_000);

	test('every page type passes axe-core on a phone and in dark mode', async () => {
		// One page of each type in each of the other three settings: the light desktop run above covers every page.
		const byType = new Map<string, string>();
		for (const page of globSync('**/*.html', { cwd: dist }).sort()) {
			const type = /<body[^>]*data-page-type="([^"]+)"/.exec(readFileSync(path.join(dist, page), 'utf8'))?.[1] ?? 'untyped';
			if (!byType.has(type)) byType.set(type, page);
		}
		expect(byType.size).toBeGreaterThan(10);
		const settings = [
			{ name: 'phone, light', options: { ...PHONE, colorScheme: 'light' as const } },
			{ name: 'phone, dark', options: { ...PHONE, colorScheme: 'dark' as const } },
			{ name: 'desktop, dark', options: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const } },
		];
		const problems: string[] = [];
		for (const { name, options } of settings) {
			const context = await offlineContext(session.browser, options);
			try {
				const pages = [...byType.values()];
				// Two pages at a time: one per core.
				for (let index = 0; index < pages.length; index += 2) {
					const batch = pages.slice(index, index + 2);
					const found = await Promise.all(batch.map((page) => inspect(new URL(page.replace(/index\.html$/, ''), siteUrl).href, context)));
					found.forEach((list, i) => problems.push(...list.map((problem) => `${name}: ${batch[i]}: ${problem}`)));
				}
			} finally {
				await context.close();
			}
		}
		expect(problems).toEqual([]);
	}, 600_000);

	test('on a phone, the header’s home link is named after the program', async () => {
		const context = await offlineContext(session.browser, PHONE);
		const page = await context.newPage();
		await page.goto(siteUrl);
		// What shows is the short name; what a screen reader announces is the full one.
		await expect(page.locator('header a.brand .brand-short').isVisible()).resolves.toBe(true);
		await expect(page.locator('header a.brand .brand-name').isVisible()).resolves.toBe(false);
		await expect(page.getByRole('link', { name: 'Open Stacks Fellowship', exact: true }).count()).resolves.toBe(1);
		await context.close();
	});

	test('the search page does not move when its results arrive on a slow phone', async () => {
		const context = await offlineContext(session.browser, PHONE);
		// The index arrives late, as on a slow link, so the page is painted before the results.
		await context.route('**/pagefind/**', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 400));
			await route.fallback();
		});
		const page = await context.newPage();
		await page.addInitScript(() => {
			const shifts: number[] = [];
			(window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) shifts.push(entry.value);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(new URL('search/?q=library', siteUrl).href);
		await page.locator('[data-search-app][data-state="ready"]').waitFor({ timeout: 20_000 });
		await expect(page.locator('[data-results] li').count()).resolves.toBeGreaterThan(0);
		await page.waitForTimeout(300);
		const shift = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));
		// Web Vitals' threshold for a good cumulative layout shift.
		expect(shift).toBeLessThan(0.1);
		await context.close();
	});

	test('the search works by keyboard alone', async () => {
		const page = await session.context.newPage();
		await page.goto(siteUrl);
		await page.keyboard.press('Tab'); // skip link
		await page.keyboard.press('Tab'); // home
		await page.keyboard.press('Tab'); // header search box
		await page.keyboard.type('kamishibai');
		await page.keyboard.press('Enter');
		await page.locator('[data-search-app][data-state="ready"]').waitFor();
		// From the search box, Tab reaches the first result.
		await page.locator('#search-query').focus();
		let reached = '';
		for (let i = 0; i < 60 && !reached.includes('/posters/'); i++) {
			await page.keyboard.press('Tab');
			reached = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '';
		}
		expect(reached).toBe('/posters/sendai-recife-dunedin/');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/posters\/sendai-recife-dunedin\/$/);
		await page.close();
	});

	test('the gallery filter works by keyboard alone', async () => {
		const page: Page = await session.context.newPage();
		await page.goto(new URL('posters/', siteUrl).href);
		await page.getByLabel('Round').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		const visible = await page.locator('[data-poster-grid] > li:not([hidden])').count();
		expect(visible).toBeGreaterThan(0);
		expect(visible).toBeLessThan(await page.locator('[data-poster-grid] > li').count());
		await page.close();
	});
});

describe('the quality gate fails on a broken page', () => {
	const site = mkdtempSync(path.join(tmpdir(), 'interlibrary-gate-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	test('invalid HTML, a broken link, an image without alt, a console error and a heavy script are each caught', async () => {
		mkdirSync(path.join(site, 'blog/broken'), { recursive: true });
		writeFileSync(
			path.join(site, 'blog/broken/index.html'),
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
<body data-page-type="post"><main><h1>Broken</h1><p><div>block inside a paragraph</div></p>
<img src="/photo.jpg"><a href="/missing/">a link to nowhere</a>
<script>console.error('boom'); const padding = "${'x'.repeat(300_000).replace(/x/g, () => String.fromCharCode(97 + Math.floor(Math.random() * 26)))}";</script>
</main></body></html>`,
		);
		writeFileSync(path.join(site, 'photo.jpg'), '');

		expect((await invalidHtml(site)).join('\n')).toMatch(/blog\/broken\/index\.html:\d+: (close-order|element-permitted-content)/);
		expect(findBrokenLinks(site, '/')).toEqual([{ page: 'blog/broken/index.html', link: '/missing/' }]);
		const budget = overBudget(pageWeights(site));
		expect(budget).toContainEqual(expect.stringMatching(/^blog\/broken\/index\.html \(post\) downloads \d+ bytes, over the 100000 budget$/));
		expect(budget).toContainEqual(expect.stringMatching(/^blog\/broken\/index\.html \(post\) ships \d+ bytes of JavaScript/));

		const served = await serveStatic(site);
		try {
			const problems = await inspect(new URL('blog/broken/', served.url).href);
			expect(problems).toContainEqual(expect.stringMatching(/^image-alt:/));
			expect(problems).toContain('console: boom');
		} finally {
			await served.close();
		}
	});
});
