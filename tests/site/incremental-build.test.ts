/**
 * Builds after the first copy unchanged pages from the last build (Astro's
 * incremental build, with keys from src/data/build-keys.ts). A reader must
 * never see a stale page: every change a coordinator or participant makes
 * shows on every page it touches, and a removed entry's page is gone.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { writeSyntheticProgram } from '../../scripts/bench/synthetic-program.ts';
import { entryFiles } from '../../src/lib/content-files.ts';
import { routes } from '../../src/lib/urls.ts';
import { astroBuild, SAMPLE } from '../support/build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-incremental-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const content = path.join(scratch, 'content');
const out = path.join(scratch, 'dist');
const page = (sitePath: string) => readFileSync(path.join(out, sitePath, 'index.html'), 'utf8');
const build = async () => {
	const result = await astroBuild({ INTERLIBRARY_CONTENT: content }, ['--outDir', out]);
	expect(result.code, result.output.slice(-2000)).toBe(0);
	return result.output;
};
/** Pages Astro did not render again: kept in the output folder, or copied back from its cache. */
const reused = (output: string) => output.split('\n').filter((line) => /\((cached|restored)\)/.test(line)).length;
/** The addresses the search index holds a page for (Pagefind's fragments are gzipped JSON after a short signature). */
const indexedAddresses = () =>
	readdirSync(path.join(out, 'pagefind/fragment')).map(
		(name) => /"url":"([^"]+)"/.exec(gunzipSync(readFileSync(path.join(out, 'pagefind/fragment', name))).toString('utf8'))?.[1] ?? name,
	);

describe('a build after the first', () => {
	test('copies unchanged pages, and shows every change on every page it touches', async () => {
		await writeSyntheticProgram(content, { posts: 30, testimonials: 8, posters: 0, people: 16, rounds: 2 }, []);
		const posts = entryFiles(content, 'blog');
		const [edited, removed, byAuthor] = [posts[0]!, posts[1]!, posts[2]!];
		await build();
		const second = await build();
		// Nothing changed: every page with a key comes from the last build.
		expect(reused(second)).toBeGreaterThan(posts.length);

		// A post's text changes: its page shows it, and the pages that show only its title and summary are copied.
		writeFileSync(edited.file, `${readFileSync(edited.file, 'utf8')}\nA sentence added after the first build.\n`);
		const third = await build();
		expect(page(routes.post(edited.id))).toContain('A sentence added after the first build.');
		expect(reused(third)).toBeGreaterThan(posts.length);
		expect(third).toMatch(new RegExp(`${routes.post(edited.id)}index\\.html \\(\\+\\d+ms\\)`));

		// A post is deleted: its page goes.
		rmSync(removed.file);
		// A person is renamed: every page naming them follows, including posts whose files did not change.
		const authorId = /^authors:\n {2}- (\S+)$/m.exec(readFileSync(byAuthor.file, 'utf8'))?.[1] ?? '';
		const person = entryFiles(content, 'people').find((entry) => entry.id === authorId)!;
		writeFileSync(person.file, stringify({ ...(parse(readFileSync(person.file, 'utf8')) as object), name: 'Renamed Aftertheb Uild' }));
		// A testimonial without a pull quote: lists show its first paragraph, so they change with its text.
		const testimonial = entryFiles(content, 'testimonials')[0]!;
		const testimonialText = readFileSync(testimonial.file, 'utf8')
			.replace(/^quote: .*\n/m, '')
			.replace(/\n---\n\n/, '\n---\n\nAn opening paragraph written after the first build.\n\n');
		writeFileSync(testimonial.file, testimonialText);

		await build();
		expect(page(routes.post(edited.id))).toContain('A sentence added after the first build.');
		expect(existsSync(path.join(out, routes.post(removed.id), 'index.html'))).toBe(false);
		// The search index has one file per page: none left over for the deleted post, one for each post still there.
		const indexed = indexedAddresses();
		expect(indexed).not.toContain(routes.post(removed.id));
		expect(indexed).toContain(routes.post(edited.id));
		expect(new Set(indexed).size).toBe(indexed.length);
		expect(page(routes.post(byAuthor.id))).toContain('Renamed Aftertheb Uild');
		expect(page(routes.person(authorId))).toContain('Renamed Aftertheb Uild');
		const testimonialPages = [routes.testimonials(1), routes.testimonials(2)].filter((sitePath) => existsSync(path.join(out, sitePath, 'index.html')));
		expect(testimonialPages.map(page).join('\n')).toContain('An opening paragraph written after the first build.');
	}, 300_000);

	test('of other content into the same folder leaves nothing of the first', async () => {
		const before = entryFiles(content, 'blog').map((post) => routes.post(post.id));
		expect(existsSync(path.join(out, before[0]!, 'index.html'))).toBe(true);
		const result = await astroBuild({ INTERLIBRARY_CONTENT: SAMPLE }, ['--outDir', out]);
		expect(result.code, result.output.slice(-2000)).toBe(0);
		expect(before.filter((sitePath) => existsSync(path.join(out, sitePath, 'index.html')))).toEqual([]);
		const samplePosts = entryFiles(SAMPLE, 'blog').filter((post) => !readFileSync(post.file, 'utf8').includes('draft: true'));
		for (const post of samplePosts) expect(existsSync(path.join(out, routes.post(post.id), 'index.html'))).toBe(true);
	}, 300_000);

	test('on a later day shows the days that the content counts from the build (build+40) as that day’s', async () => {
		// The sample's café is at build+40, 10:00 in Lima: 30 December 2026 as of the tests' build date (20 November).
		const event = () => page(routes.event('cafe-application-questions'));
		const first = await astroBuild({ INTERLIBRARY_CONTENT: SAMPLE }, ['--outDir', out]);
		expect(first.code, first.output.slice(-2000)).toBe(0);
		expect(event()).toContain('datetime="2026-12-30T15:00:00Z"');
		const later = await astroBuild({ INTERLIBRARY_CONTENT: SAMPLE, INTERLIBRARY_BUILD_DATE: '2026-11-27T09:00:00Z' }, ['--outDir', out]);
		expect(later.code, later.output.slice(-2000)).toBe(0);
		expect(event()).toContain('datetime="2027-01-06T15:00:00Z"');
	}, 300_000);
});
