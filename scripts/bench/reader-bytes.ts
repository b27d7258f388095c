/**
 * What a reader's browser really downloads on the first view of a page:
 * Chromium (1280 × 900, as a laptop) loads one page of each type from the
 * built site, and the bytes on the wire are added up by kind. Lazy images
 * below the fold are not loaded, as in real life.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../verify/static-server.ts';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';

export interface ReaderBytes {
	page: string;
	document: number;
	stylesheet: number;
	script: number;
	image: number;
	other: number;
	total: number;
}

/** One page of each `data-page-type` in `outDir`, the first in path order. */
export function pagePerType(outDir: string): Map<string, string> {
	const chosen = new Map<string, string>();
	for (const page of globSync('**/*.html', { cwd: outDir }).sort()) {
		const type = /<body[^>]*data-page-type="([^"]+)"/.exec(readFileSync(path.join(outDir, page), 'utf8'))?.[1];
		if (type && !chosen.has(type)) chosen.set(type, page);
	}
	return chosen;
}

export interface FirstQuery {
	query: string;
	/** Results shown for it. */
	results: number;
	/** Bytes on the wire for the search page, its script and the parts of the index one query needs. */
	totalBytes: number;
	/** Of which the index (Pagefind's files). */
	indexBytes: number;
}

/** What the search page costs a reader who searches for `query` once: the page, then everything the query fetches. */
export async function firstQueryBytes(outDir: string, query: string): Promise<FirstQuery> {
	const site = await serveStatic(outDir);
	const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const tab = await context.newPage();
		const cdp = await context.newCDPSession(tab);
		await cdp.send('Network.enable');
		const urls = new Map<string, string>();
		let totalBytes = 0;
		let indexBytes = 0;
		cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
		cdp.on('Network.loadingFinished', (event) => {
			totalBytes += event.encodedDataLength;
			if ((urls.get(event.requestId) ?? '').includes('/pagefind/')) indexBytes += event.encodedDataLength;
		});
		await tab.goto(new URL(`search/?q=${encodeURIComponent(query)}`, site.url).href, { waitUntil: 'networkidle' });
		await tab.locator('[data-search-app][data-state="ready"]').waitFor({ timeout: 60_000 });
		const results = await tab.locator('[data-results] li').count();
		await context.close();
		return { query, results, totalBytes, indexBytes };
	} finally {
		await browser.close();
		await site.close();
	}
}

export async function readerBytes(outDir: string, pages: Map<string, string>): Promise<Record<string, ReaderBytes>> {
	const site = await serveStatic(outDir);
	const browser = await chromium.launch({
		executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_ARGS,
	});
	const results: Record<string, ReaderBytes> = {};
	try {
		for (const [type, page] of pages) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const tab = await context.newPage();
			const cdp = await context.newCDPSession(tab);
			await cdp.send('Network.enable');
			const kinds = new Map<string, string>();
			const bytes: ReaderBytes = { page, document: 0, stylesheet: 0, script: 0, image: 0, other: 0, total: 0 };
			cdp.on('Network.responseReceived', (event) => kinds.set(event.requestId, event.type));
			cdp.on('Network.loadingFinished', (event) => {
				const kind = (kinds.get(event.requestId) ?? 'Other').toLowerCase();
				const key = kind === 'document' || kind === 'stylesheet' || kind === 'script' || kind === 'image' ? kind : 'other';
				bytes[key] += event.encodedDataLength;
				bytes.total += event.encodedDataLength;
			});
			await tab.goto(new URL(page.replace(/index\.html$/, ''), site.url).href, { waitUntil: 'networkidle' });
			results[type] = bytes;
			await context.close();
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return results;
}
