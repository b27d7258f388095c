/**
 * The quality gate's checks in Chromium: axe-core on every page (at a
 * desktop's width in light mode), and on one page of each type on a phone and
 * in dark mode; console errors and failed loads on every page. The browser
 * reaches nothing but the site under test on 127.0.0.1.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { EDITOR_PAGE } from './editor-page.ts';

/** A phone as Lighthouse's mobile audit sees one. */
export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/** A browser context that aborts every request not bound for the loopback address. */
export async function offlineContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.route('**/*', (route) => {
		const { hostname } = new URL(route.request().url());
		return hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
	});
	return context;
}

/** axe-core's violations on the page as it is now, as "rule: target — help" lines (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${violation.help}`));
}

/** Opens a page and returns its axe violations, console errors and HTTP errors. */
export async function inspectPage(context: BrowserContext, url: string): Promise<string[]> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	try {
		const response = await page.goto(url);
		if (response && response.status() >= 400 && !url.endsWith('404.html')) errors.push(`HTTP ${response.status()}`);
		// Scripted pages finish their work (search loads its index) before they are judged; the others are done at load.
		const scripted = await page.evaluate(() => document.querySelector('script:not([type="application/ld+json"]):not([type="application/json"])') !== null);
		if (scripted) await page.waitForLoadState('networkidle');
		// A page wider than the window scrolls sideways: on a phone, part of it (a button, the end of each line) is off screen.
		const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
		if (widths.page > widths.window + 1) errors.push(`overflow: the page is ${widths.page} px wide in a ${widths.window} px window, so it scrolls sideways`);
		return [...(await axeViolations(page)), ...errors];
	} finally {
		await page.close();
	}
}

/** Every HTML page of a built site that readers see, as paths relative to it (not the editor). */
export function htmlPages(outDir: string): string[] {
	return globSync('**/*.html', { cwd: outDir })
		.filter((page) => page.split(path.sep).join('/') !== EDITOR_PAGE)
		.sort();
}

/** One page of each page type (its `data-page-type`), for the checks that need only one of each. */
export function onePagePerType(outDir: string): Map<string, string> {
	const byType = new Map<string, string>();
	for (const page of htmlPages(outDir)) {
		const type = /<body[^>]*data-page-type="([^"]+)"/.exec(readFileSync(path.join(outDir, page), 'utf8'))?.[1] ?? 'untyped';
		if (!byType.has(type)) byType.set(type, page);
	}
	return byType;
}

/** A site URL for a page file: `blog/index.html` → `…/blog/`. */
export function pageUrl(siteUrl: string, page: string): string {
	return new URL(page.replace(/index\.html$/, ''), siteUrl).href;
}

/**
 * Inspects pages two at a time (one per core of the machines this runs on),
 * returning "page: problem" lines; `onProgress` hears after each page.
 */
export async function inspectPages(
	context: BrowserContext,
	siteUrl: string,
	pages: readonly string[],
	onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
	const problems: string[] = [];
	let done = 0;
	for (let index = 0; index < pages.length; index += 2) {
		const batch = pages.slice(index, index + 2);
		const found = await Promise.all(batch.map((page) => inspectPage(context, pageUrl(siteUrl, page))));
		found.forEach((list, i) => problems.push(...list.map((problem) => `${batch[i]}: ${problem}`)));
		done += batch.length;
		onProgress?.(done, pages.length);
	}
	return problems;
}

/** The settings every page type is checked in besides the light desktop, where every page is. */
export const OTHER_SETTINGS: { name: string; options: BrowserContextOptions }[] = [
	{ name: 'phone, light', options: { ...PHONE, colorScheme: 'light' } },
	{ name: 'phone, dark', options: { ...PHONE, colorScheme: 'dark' } },
	{ name: 'desktop, dark', options: { ...DESKTOP, colorScheme: 'dark' } },
];
