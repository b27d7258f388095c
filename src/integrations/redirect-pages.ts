/**
 * After the build, writes a page at every old address in
 * content/redirects.yaml (imported from Blogger or WordPress) that sends
 * readers to the new one, and `dist/_redirects` for hosts that read it.
 * An old address that is also a page of this site is never overwritten:
 * the build fails and names the line to remove.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../lib/content-dir.ts';
import { redirectPage, redirectPageFile, redirectsFileLine } from '../lib/redirect-pages.ts';
import { QUERY_REDIRECTS_FILE, withBase } from '../lib/urls.ts';
import { SOURCES } from '../schemas/collections.ts';
import { programSchema } from '../schemas/program.ts';
import { redirectsSchema, splitOldAddress } from '../schemas/redirects.ts';

export interface RedirectFiles {
	pages: number;
	/** Old addresses that are pages of this site, left alone. */
	clashes: string[];
}

/** Writes the redirect pages and `_redirects` into `outDir`; the content checker has validated both files already. */
export function writeRedirectFiles(outDir: string, content: string, site: string, base: string): RedirectFiles {
	const file = path.join(content, SOURCES.redirects.path);
	if (!existsSync(file)) return { pages: 0, clashes: [] };
	const redirects = redirectsSchema.parse(parseYaml(readFileSync(file, 'utf8')) ?? {});
	const program = programSchema.safeParse(parseYaml(readFileSync(path.join(content, SOURCES.program.path), 'utf8')));
	const name = program.success ? program.data.name : '';
	const lang = program.success ? (program.data.languages[0] ?? 'en') : 'en';
	const absolute = (to: string) => (/^https?:/.test(to) ? to : new URL(withBase(base, to), site).href);
	const lines: string[] = [];
	const clashes: string[] = [];
	const queries: [string, Record<string, string>, string][] = [];
	let pages = 0;
	for (const [from, to] of Object.entries(redirects)) {
		const { path: oldPath, query } = splitOldAddress(from);
		// Query addresses (/?p=123) share their path with another page: the home and 404 pages send them on, from this list.
		if (query) {
			queries.push([oldPath, Object.fromEntries(query), /^https?:/.test(to) ? to : withBase(base, to)]);
			continue;
		}
		const target = path.join(outDir, redirectPageFile(oldPath));
		if (!target.startsWith(outDir + path.sep)) continue;
		if (existsSync(target)) {
			clashes.push(from);
			continue;
		}
		mkdirSync(path.dirname(target), { recursive: true });
		const destination = /^https?:/.test(to) ? to : withBase(base, to);
		writeFileSync(target, redirectPage(destination, absolute(to), lang, name));
		lines.push(redirectsFileLine(withBase(base, oldPath), destination));
		pages++;
	}
	if (lines.length > 0)
		writeFileSync(path.join(outDir, '_redirects'), `# Old addresses (content/redirects.yaml), for hosts that read this file.\n${lines.join('\n')}\n`);
	if (queries.length > 0) writeFileSync(path.join(outDir, QUERY_REDIRECTS_FILE), JSON.stringify(queries));
	return { pages, clashes };
}

export function redirectPages(): AstroIntegration {
	let site = '';
	let base = '/';
	return {
		name: 'interlibrary:redirect-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? 'http://localhost:4321';
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const { pages, clashes } = writeRedirectFiles(fileURLToPath(dir).replace(/\/$/, ''), contentDir(), site, base);
				if (clashes.length > 0) {
					const error = new AstroError(
						`content/redirects.yaml would replace ${clashes.length === 1 ? 'a page' : 'pages'} of this site: ${clashes.join(', ')}`,
						`Remove ${clashes.length === 1 ? 'that line' : 'those lines'} from content/redirects.yaml: the site already has a page at that address.`,
					);
					// The sentence says everything; a stack trace would only hide it.
					error.stack = '';
					throw error;
				}
				if (pages > 0) logger.info(`Wrote ${pages} redirect ${pages === 1 ? 'page' : 'pages'} for old addresses, and _redirects`);
			},
		},
	};
}
