/**
 * The quality gate over a built site: valid HTML, no broken internal link,
 * the page-weight budgets, and in Chromium axe-core with no violations and no
 * console errors, on every page at a desktop's width and on one page of each
 * type on a phone and in dark mode. `npm run verify` runs it on a program's
 * site; the product's tests run the same checks on the sample.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { DESKTOP, htmlPages, inspectPages, OTHER_SETTINGS, offlineContext, onePagePerType } from './browser-checks.ts';
import { editorProblems } from './editor-page.ts';
import { invalidHtml } from './html-validity.ts';
import { findBrokenLinks } from './link-check.ts';
import { overBudget, pageWeights } from './page-weights.ts';
import { serveStatic } from './static-server.ts';

export interface GateSection {
	/** What was checked, as a coordinator reads it. */
	name: string;
	/** One line per problem found; empty when the check passed. */
	problems: string[];
}

export interface GateReport {
	pages: number;
	sections: GateSection[];
}

export interface GateOptions {
	/** The built site. */
	outDir: string;
	/** The path it is served under ("/" or "/program/"). */
	base: string;
	/** Run the browser checks (they need Chromium). */
	browser: boolean;
	/** Hears "what" and (done, total) while the browser checks run. */
	onProgress?: (what: string, done: number, total: number) => void;
}

export async function runQualityGate({ outDir, base, browser, onProgress }: GateOptions): Promise<GateReport> {
	const pages = htmlPages(outDir);
	const sections: GateSection[] = [
		{ name: 'Valid HTML', problems: await invalidHtml(outDir) },
		{ name: 'No broken internal links', problems: findBrokenLinks(outDir, base).map(({ page, link }) => `${page} links to ${link}, which is not in the site`) },
		{ name: 'Page weight within budget', problems: overBudget(pageWeights(outDir, base)) },
		{ name: 'The editor at /admin/ kept from search engines', problems: editorProblems(outDir) },
	];
	if (!browser) return { pages: pages.length, sections };

	const site = await serveStatic(outDir, base);
	let chromium: Browser | undefined;
	try {
		chromium = await launchChromium();
		const desktop = await offlineContext(chromium, { ...DESKTOP, colorScheme: 'light' });
		const everyPage = await inspectPages(desktop, site.url, pages, (done, total) => onProgress?.('Every page in Chromium', done, total));
		await desktop.close();
		sections.push({ name: 'Accessibility (axe-core) and no console errors, every page', problems: everyPage });

		const perType = [...onePagePerType(outDir).values()];
		const otherSettings: string[] = [];
		for (const { name, options } of OTHER_SETTINGS) {
			const context = await offlineContext(chromium, options);
			const found = await inspectPages(context, site.url, perType, (done, total) => onProgress?.(`Each page type, ${name}`, done, total));
			otherSettings.push(...found.map((problem) => `${name}: ${problem}`));
			await context.close();
		}
		sections.push({ name: 'Accessibility on a phone and in dark mode, each page type', problems: otherSettings });
	} finally {
		await chromium?.close();
		await site.close();
	}
	return { pages: pages.length, sections };
}
