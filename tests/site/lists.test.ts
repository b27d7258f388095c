/**
 * Lists that grow: on a program with many people, testimonials and posts,
 * the people list, the testimonials list and tag pages are split into pages
 * like the blog, page 1 keeping its address, and every entry is on one of them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticProgram } from '../../scripts/bench/synthetic-program.ts';
import { slug } from 'github-slugger';
import { entryFiles, readEntryFile } from '../../src/lib/content-files.ts';
import { PEOPLE_PER_PAGE, POSTS_PER_PAGE, TESTIMONIALS_PER_PAGE } from '../../src/lib/paginate.ts';
import { routes } from '../../src/lib/urls.ts';
import { astroBuild } from '../support/build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-lists-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const content = path.join(scratch, 'content');
const out = path.join(scratch, 'dist');
const page = (sitePath: string) => readFileSync(path.join(out, sitePath, 'index.html'), 'utf8');
const links = (html: string, prefix: string) => [...html.matchAll(new RegExp(`href="(${prefix}[^"]+)"`, 'g'))].map((match) => match[1] ?? '');

describe('long lists', () => {
	test('are split into pages, page 1 at the list’s own address, every entry on exactly one page', async () => {
		await writeSyntheticProgram(content, { posts: 160, testimonials: 30, posters: 0, people: 60, rounds: 2 }, []);
		const build = await astroBuild({ INTERLIBRARY_CONTENT: content }, ['--outDir', out]);
		expect(build.code, build.output.slice(-2000)).toBe(0);

		const people = entryFiles(content, 'people').map(({ id }) => routes.person(id));
		const peoplePages = [routes.people(1), routes.people(2)];
		expect(existsSync(path.join(out, routes.people(3)))).toBe(people.length > 2 * PEOPLE_PER_PAGE);
		const listed = peoplePages.flatMap((sitePath) => links(page(sitePath), '/people/[a-z]'));
		expect(new Set(listed.filter((link) => !link.startsWith('/people/page/')))).toEqual(new Set(people));
		expect(page(routes.people(1))).toMatch(/href="\/people\/page\/2\/" rel="next"[^>]*>Next page →<\/a>/);
		expect(page(routes.people(2))).toMatch(/<h1[^>]*>People, page 2<\/h1>/);

		const testimonials = entryFiles(content, 'testimonials').map(({ id }) => routes.testimonial(id));
		expect(testimonials.length).toBeGreaterThan(TESTIMONIALS_PER_PAGE);
		const onTestimonialPages = [routes.testimonials(1), routes.testimonials(2)].flatMap((sitePath) => links(page(sitePath), '/testimonials/testimonial-'));
		expect(new Set(onTestimonialPages)).toEqual(new Set(testimonials));

		// The busiest tag has more posts than a page holds.
		const counts = new Map<string, number>();
		for (const post of entryFiles(content, 'blog')) {
			const read = await readEntryFile(post);
			const tags = read.ok ? ((read.data as { tags?: string[] }).tags ?? []) : [];
			for (const key of new Set(tags.map((tag) => slug(tag.toLowerCase())))) counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const [key, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
		const busiest = { key, count };
		expect(busiest.count).toBeGreaterThan(POSTS_PER_PAGE);
		const tagPages = Array.from({ length: Math.ceil((busiest.count ?? 0) / POSTS_PER_PAGE) }, (_, index) => routes.tag(busiest.key, index + 1));
		const tagged = new Set(
			tagPages.flatMap((sitePath) =>
				links(page(sitePath), '/blog/20').filter((link) => /\/blog\/\d{4}\/[^/]+\/$/.test(link) && !/\/blog\/\d{4}\/\d{2}\/$/.test(link)),
			),
		);
		expect(tagged.size).toBe(busiest.count);
	}, 300_000);
});
