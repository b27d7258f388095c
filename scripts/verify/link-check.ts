/**
 * Finds broken internal links in a built site: every href, src and srcset
 * that points inside the site must resolve to a file in the output folder.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
	page: string;
	link: string;
}

/** Site paths an HTML page links to (href, src, srcset), without fragments or queries. */
export function linksOf(html: string): string[] {
	const links: string[] = [];
	for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) links.push(match[1] ?? '');
	for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
		for (const candidate of (match[1] ?? '').split(',')) links.push(candidate.trim().split(/\s+/)[0] ?? '');
	}
	return links.map((link) => link.replace(/&amp;/g, '&').split('#')[0]?.split('?')[0] ?? '').filter(Boolean);
}

function resolves(outDir: string, sitePath: string): boolean {
	const file = path.join(outDir, decodeURIComponent(sitePath));
	if (existsSync(file) && statSync(file).isFile()) return true;
	return existsSync(path.join(file, 'index.html'));
}

/** Every internal link of every page in `outDir` that does not resolve, for a site served under `base`. */
export function findBrokenLinks(outDir: string, base = '/'): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const page of globSync('**/*.html', { cwd: outDir })) {
		const html = readFileSync(path.join(outDir, page), 'utf8');
		const pageUrl = new URL(`http://site${base}${page.replace(/index\.html$/, '')}`);
		for (const link of linksOf(html)) {
			if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
			const url = new URL(link, pageUrl);
			if (url.host !== 'site') continue;
			if (!url.pathname.startsWith(base) || !resolves(outDir, url.pathname.slice(base.length))) broken.push({ page, link });
		}
	}
	return broken;
}
