/**
 * Debian's Chromium under playwright-core, shut off from everything but the
 * site under test on 127.0.0.1 (the machines here have no other network).
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		// No name resolves but 127.0.0.1: sample content with outside links cannot reach out.
		args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
	});
}

/** A browser context that aborts every request not bound for the loopback address. */
export async function offlineContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.route('**/*', (route) => {
		const { hostname } = new URL(route.request().url());
		return hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
	});
	return context;
}

/** axe-core's violations on the page as it is now, as "rule: target" lines (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${violation.help}`),
	);
}

export interface BrowserSession {
	browser: Browser;
	context: BrowserContext;
}

/** Chromium for one test file: launched before its tests, closed after them. */
export function useBrowser(): BrowserSession {
	const session = {} as BrowserSession;
	beforeAll(async () => {
		session.browser = await launchBrowser();
		session.context = await offlineContext(session.browser);
	});
	afterAll(async () => {
		await session.browser?.close();
	});
	return session;
}

/** Opens a site path in a new tab and checks that it answered 200. */
export async function openPage(context: BrowserContext, siteUrl: string, sitePath: string): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(new URL(sitePath.replace(/^\//, ''), siteUrl).href);
	expect(response?.status(), sitePath).toBe(200);
	return page;
}
