/**
 * Debian's Chromium under playwright-core, shut off from everything but the
 * site under test on 127.0.0.1 (the machines here have no other network).
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
		],
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
