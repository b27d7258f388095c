/**
 * What each page of a built site costs a reader on first view, from the
 * files: HTML, CSS and JS bytes gzipped (as a static host sends them),
 * against per-type budgets. Used by
 * the quality gate (npm test) and the benchmark (npm run bench).
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EDITOR_PAGE } from './editor-page.ts';

export interface PageWeight {
	page: string;
	/** The page's `data-page-type`. */
	type: string;
	/** Bytes on the wire (gzip), by kind; images are left out. */
	html: number;
	css: number;
	js: number;
	/** Of `js`, the old-address redirect of an imported WordPress blog (QueryRedirects.astro), which any page may ship. */
	queryRedirectJs: number;
	/** HTML + CSS + JS: what the budget counts. */
	total: number;
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;

function assetBytes(outDir: string, base: string, url: string, cache: Map<string, number>): number {
	if (!url.startsWith(base)) return 0;
	const file = path.join(outDir, url.slice(base.length).split('?')[0] ?? '');
	let size = cache.get(file);
	if (size === undefined) {
		size = existsSync(file) ? gzipped(readFileSync(file)) : 0;
		cache.set(file, size);
	}
	return size;
}

/** What the first view of each page downloads, excluding images (which are lazy and responsive). */
export function pageWeights(outDir: string, base = '/'): PageWeight[] {
	const cache = new Map<string, number>();
	return (
		globSync('**/*.html', { cwd: outDir })
			// The editor is an application for signed-in participants, not a page for readers (see EDITOR_PAGE).
			.filter((page) => page.split(path.sep).join('/') !== EDITOR_PAGE)
			.sort()
			.map((page) => {
				const html = readFileSync(path.join(outDir, page), 'utf8');
				const type = /<body[^>]*data-page-type="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
				const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + assetBytes(outDir, base, m[1] ?? '', cache), 0);
				let js = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].reduce((sum, m) => sum + assetBytes(outDir, base, m[1] ?? '', cache), 0);
				let queryRedirectJs = 0;
				// Inline scripts (not JSON data) and the module graphs they import.
				for (const match of html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")([^>]*)>([\s\S]*?)<\/script>/g)) {
					const code = match[2] ?? '';
					js += gzipped(code);
					if (/\sdata-query-redirects\b/.test(match[1] ?? '')) queryRedirectJs += gzipped(code);
					for (const imported of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) js += assetBytes(outDir, base, imported[1] ?? '', cache);
				}
				const htmlBytes = gzipped(html);
				return { page, type, html: htmlBytes, css, js, queryRedirectJs, total: htmlBytes + css + js };
			})
	);
}

/** Page types that must ship no JavaScript, except the old-address redirect an imported WordPress blog needs. */
export const NO_JS_TYPES = new Set([
	'page',
	'home',
	'post',
	'blog-list',
	'testimonial',
	'testimonial-list',
	'convening',
	'convening-list',
	'person',
	'person-list',
	'round',
	'round-list',
	'country',
	'country-list',
	'figures',
	'about',
	'not-found',
	'event',
	'event-list',
	'opportunity',
	'opportunity-list',
	'certificate',
]);

/** At most this many bytes (gzipped HTML, CSS and JS) on a page's first view. */
export const PAGE_BUDGET_BYTES = 100_000;

/** Pages over their budget, as sentences. */
export function overBudget(weights: PageWeight[]): string[] {
	const problems: string[] = [];
	for (const weight of weights) {
		if (weight.total > PAGE_BUDGET_BYTES)
			problems.push(`${weight.page} (${weight.type}) downloads ${weight.total} bytes, over the ${PAGE_BUDGET_BYTES} budget`);
		const js = weight.js - weight.queryRedirectJs;
		if (NO_JS_TYPES.has(weight.type) && js > 0) problems.push(`${weight.page} (${weight.type}) ships ${js} bytes of JavaScript; this page type must ship none`);
	}
	return problems;
}
