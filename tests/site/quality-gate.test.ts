/**
 * The quality gate over every built page: valid HTML, no broken internal
 * link, axe-core in Chromium with no violations, no console errors, and the
 * page-weight budgets. The gate itself is shown to fail on a broken page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser';
import { PROJECT_ROOT } from '../support/build';
import { findBrokenLinks } from '../support/link-check';
import { overBudget, pageWeights } from '../../scripts/lib/page-weights';
import { invalidHtml } from '../support/html-validity';
import { serveStatic } from '../support/static-server';

const siteUrl = inject('siteUrl');
const dist = path.join(PROJECT_ROOT, 'dist');
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
	// Scripted pages finish their work (search loads its index) before they are judged.
	await page.waitForLoadState('networkidle');
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
		const { globSync } = await import('node:fs');
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
