/**
 * The quality gate (the same code as `npm run verify`) over the built sample:
 * valid HTML, no broken internal link, the page-weight budgets, axe-core in
 * Chromium with no violations and no console errors on every page, and on each
 * page type on a phone and in dark mode. The gate itself is shown to fail on a
 * broken page; keyboard paths and layout stability are checked here too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { inspectPage, PHONE } from '../../scripts/verify/browser-checks.ts';
import { runQualityGate } from '../../scripts/verify/gate.ts';
import { invalidHtml } from '../../scripts/verify/html-validity.ts';
import { findBrokenLinks } from '../../scripts/verify/link-check.ts';
import { overBudget, pageWeights } from '../../scripts/verify/page-weights.ts';
import { serveStatic } from '../../scripts/verify/static-server.ts';
import { offlineContext, useBrowser } from '../support/browser.ts';
import { SAMPLE_DIST } from '../support/build.ts';

const siteUrl = inject('siteUrl');
const session = useBrowser();

describe('the quality gate on the sample site', () => {
	test('passes: valid HTML, links, page weights, and axe with no console errors at every width and colour scheme', async () => {
		const report = await runQualityGate({ outDir: SAMPLE_DIST, base: '/', browser: true });
		expect(report.pages).toBeGreaterThan(100);
		expect(report.sections.map((section) => section.name)).toHaveLength(6);
		expect(report.sections.map((section) => section.name)).toContain('The editor at /admin/ kept from search engines');
		for (const section of report.sections) expect(section.problems, section.name).toEqual([]);
	}, 900_000);

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
		// Past the skip link, the home link and the menu, as the header reads, to its search box.
		const order: string[] = [];
		for (let i = 0; i < 20 && order.at(-1) !== 'site-search-query'; i++) {
			await page.keyboard.press('Tab');
			order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href') || ''));
		}
		const menu = await page.locator('.site-header nav:not(.languages) a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(menu.length).toBeGreaterThan(5);
		expect(order).toEqual(['#main', '/', ...menu, 'site-search-query']);
		await page.keyboard.type('kamishibai');
		await page.keyboard.press('Enter');
		await page.locator('[data-search-app][data-state="ready"]').waitFor();
		// From the search box, Tab reaches the first result, past every filter (one per type, round, country, tag, language and year of the sample).
		await page.locator('#search-query').focus();
		const filters = await page.locator('[data-search-app] input[type="checkbox"], [data-search-app] input[type="radio"]').count();
		let reached = '';
		for (let i = 0; i < filters + 20 && !reached.includes('/posters/'); i++) {
			await page.keyboard.press('Tab');
			reached = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '';
		}
		expect(reached).toBe('/posters/sendai-recife-dunedin/');
		// Beside the results on a wide screen, the filters cannot be folded away by a key (nothing would unfold them).
		await page.locator('[data-filters-panel] summary').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-filters-panel]').evaluate((panel) => (panel as HTMLDetailsElement).open)).resolves.toBe(true);
		await page.locator('#search-query').focus();
		for (let i = 0; i < filters + 20; i++) {
			await page.keyboard.press('Tab');
			if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === '/posters/sendai-recife-dunedin/') break;
		}
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
<img src="/photo.jpg"><a href="/missing/">a link to nowhere</a><div style="width: 3000px">too wide</div>
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
			const problems = await inspectPage(session.context, new URL('blog/broken/', served.url).href);
			expect(problems).toContainEqual(expect.stringMatching(/^image-alt:/));
			expect(problems).toContain('console: boom');
			expect(problems).toContainEqual(expect.stringMatching(/^overflow: the page is 30\d\d px wide in a \d+ px window, so it scrolls sideways$/));
		} finally {
			await served.close();
		}
	});
});
