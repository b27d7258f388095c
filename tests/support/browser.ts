/**
 * Debian's Chromium under playwright-core for the site tests, shut off from
 * everything but the site under test on 127.0.0.1 (the machines here have no
 * other network). The checks themselves are the quality gate's own.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { offlineContext } from '../../scripts/verify/browser-checks.ts';

export { axeViolations, offlineContext } from '../../scripts/verify/browser-checks.ts';

export interface BrowserSession {
	browser: Browser;
	context: BrowserContext;
}

/** Chromium for one test file: launched before its tests, closed after them. */
export function useBrowser(): BrowserSession {
	const session = {} as BrowserSession;
	beforeAll(async () => {
		session.browser = await launchChromium();
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
