/**
 * The built sample site: every entry of the sample program has its page
 * (nothing is silently dropped), drafts have none, and pages ship no JavaScript.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { entryFiles, readSourceData } from '../../src/lib/content-files.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { routes } from '../../src/lib/urls.ts';
import { textDirection } from '../../src/lib/language.ts';
import { SAMPLE, SAMPLE_DIST } from '../support/build.ts';

const content = SAMPLE;
const dist = SAMPLE_DIST;

/** The sample's entries of a collection, found as the site finds them. */
const entries = (collection: CollectionName) => entryFiles(content, collection);

function pageFile(sitePath: string): string {
	return path.join(dist, sitePath, 'index.html');
}

async function isDraft(file: string): Promise<boolean> {
	const read = await readSourceData(file, true);
	return read.ok && typeof read.data === 'object' && read.data !== null && 'draft' in read.data && read.data.draft === true;
}

describe('the built sample site', () => {
	test('has a page for every published entry of the sample', async () => {
		const expected: string[] = [
			routes.home(),
			routes.about(),
			routes.blog(),
			routes.testimonials(),
			routes.convenings(),
			routes.people(),
			routes.rounds(),
			routes.countries(),
			routes.posters(),
			routes.events(),
			routes.opportunities(),
		];
		for (const post of entries('blog')) {
			if (!(await isDraft(post.file))) expected.push(routes.post(post.id));
		}
		for (const { id } of entries('testimonials')) expected.push(routes.testimonial(id));
		for (const { id } of entries('convenings')) expected.push(routes.convening(id));
		for (const { id } of entries('people')) expected.push(routes.person(id));
		for (const { id } of entries('rounds')) expected.push(routes.round(id));
		for (const { id } of entries('pages')) expected.push(routes.page(id));
		for (const { id } of entries('posters')) {
			expected.push(routes.poster(id));
		}
		for (const { id } of entries('events')) expected.push(routes.event(id));
		for (const { id } of entries('opportunities')) expected.push(routes.opportunity(id));
		// The sample's two rounds with a poster session in their file.
		expected.push(routes.posterSession('2024'), routes.posterSession('2025'));

		expect(expected.length).toBeGreaterThan(50);
		const missing = expected.filter((sitePath) => !existsSync(pageFile(sitePath)));
		expect(missing).toEqual([]);
	});

	test('publishes every poster PDF next to its page', () => {
		const posters = entries('posters');
		expect(posters.length).toBeGreaterThanOrEqual(6);
		for (const { id } of posters) {
			const built = path.join(dist, routes.posterPdf(id, 'poster.pdf'));
			expect(existsSync(built), built).toBe(true);
			expect(readFileSync(built).subarray(0, 5).toString()).toBe('%PDF-');
		}
	});

	test('has a page for every country a person comes from', () => {
		const codes = new Set(entries('people').map(({ file }) => /^country:\s*(\w\w)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1]?.toUpperCase()));
		expect(codes.size).toBeGreaterThanOrEqual(10);
		for (const code of codes) expect(existsSync(pageFile(routes.country(code ?? ''))), `country ${code}`).toBe(true);
	});

	test('does not publish drafts', async () => {
		const drafts = [];
		for (const post of entries('blog')) if (await isDraft(post.file)) drafts.push(post.id);
		expect(drafts.length).toBeGreaterThan(0);
		for (const id of drafts) expect(existsSync(pageFile(routes.post(id)))).toBe(false);
		const blogIndex = readFileSync(pageFile(routes.blog()), 'utf8');
		for (const id of drafts) expect(blogIndex).not.toContain(routes.post(id));
	});

	test('ships JavaScript only where it is needed: search, the poster gallery filter, the poster zoom and a poster session’s "Show comments"', () => {
		const pages = globSync('**/*.html', { cwd: dist });
		expect(pages.length).toBeGreaterThan(50);
		const withScripts = pages.filter((page) => /<script\b(?![^>]*type="application\/(ld\+)?json")/i.test(readFileSync(path.join(dist, page), 'utf8')));
		// Search and the gallery exist once per interface language: /es/search/, /ar/posters/…
		const program = parseYaml(readFileSync(path.join(content, 'program.yaml'), 'utf8')) as { interfaceLanguages?: string[] };
		const prefixes = ['', ...(program.interfaceLanguages ?? []).slice(1).map((lang) => `${lang}/`)];
		const posterPages = new Set([
			...prefixes.flatMap((prefix) => [`${prefix}search/index.html`, `${prefix}posters/index.html`]),
			...entries('posters').map(({ id }) => `posters/${id}/index.html`),
			// The 2024 session has closed (its threads can be shown); the 2025 one has not opened, so it has no comments yet and no script.
			'rounds/2024/poster-session/index.html',
		]);
		expect(withScripts.filter((page) => !posterPages.has(page))).toEqual([]);
		expect(withScripts.sort()).toEqual([...posterPages].sort());
	});

	test('marks every page with its language, and right-to-left pages with dir="rtl"', async () => {
		const pages = globSync('**/*.html', { cwd: dist });
		for (const page of pages) {
			expect(readFileSync(path.join(dist, page), 'utf8'), page).toMatch(/<html lang="[a-zA-Z-]+" dir="(ltr|rtl)"/);
		}
		const arabicPosts = [];
		for (const post of entries('blog')) {
			const read = await readSourceData(post.file, true);
			if (read.ok && (read.data as { lang?: string }).lang === 'ar') arabicPosts.push(post.id);
		}
		expect(arabicPosts.length).toBeGreaterThan(0);
		for (const id of arabicPosts) {
			expect(readFileSync(pageFile(routes.post(id)), 'utf8')).toContain('<html lang="ar" dir="rtl"');
		}
	});

	test('a passage in another language carries its own direction: English on an Arabic page reads left to right', () => {
		const undirected: string[] = [];
		for (const page of globSync('**/*.html', { cwd: dist })) {
			const html = readFileSync(path.join(dist, page), 'utf8');
			const pageDirection = /<html lang="[^"]+" dir="(ltr|rtl)"/.exec(html)?.[1];
			for (const [tag, lang] of html.matchAll(/<(?!html\b)[a-z][a-z0-9]*\b[^>]*\slang="([^"]+)"[^>]*>/g)) {
				if (/\sdir="/.test(tag) || textDirection(lang ?? 'en') === pageDirection) continue;
				undirected.push(`${page}: ${tag}`);
			}
		}
		expect(undirected).toEqual([]);
		// The Arabic home page's English passages among them.
		expect(readFileSync(path.join(dist, 'ar/index.html'), 'utf8')).toMatch(/<div lang="en" dir="ltr"/);
	});
});
