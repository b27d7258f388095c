/**
 * `npm run import` as a coordinator runs it: into a small valid program,
 * with images from a loopback server (some slow to answer, some missing),
 * twice, after an edit and with a newer export, and with files that are not
 * exports at all. Nothing already in the content folder may be lost.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { formatReport } from '../../src/import/report.ts';
import { ExportFileError, type ImportOptions, runImport } from '../../src/import/run-import.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { writeContentTree } from '../support/content-tree.ts';
import { type ImageServer, startImageServer } from '../support/image-server.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/import');
const fixture = (name: string) => path.join(FIXTURES, name);
const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-import-'));
const cleanups: (() => void)[] = [() => rmSync(scratch, { recursive: true, force: true })];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

let images: ImageServer;
beforeAll(async () => {
	images = await startImageServer();
	cleanups.push(() => void images.close());
});

function program(): string {
	const { dir, cleanup } = writeContentTree();
	cleanups.push(cleanup);
	return dir;
}

/** Every file of a folder with its contents, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
	const files = globSync('**/*', { cwd: dir }).filter((file) => statSync(path.join(dir, file)).isFile());
	return Object.fromEntries(files.sort().map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]));
}

function importInto(contentDir: string, source: ImportOptions['source'], file: string, extra: Partial<ImportOptions> = {}) {
	return runImport({ source, file, contentDir, images: false, dryRun: false, downloader: { fetch: images.fetch, retryDelayMs: 1, retries: 3 }, ...extra });
}

function writeExport(name: string, text: string): string {
	const file = path.join(scratch, name);
	writeFileSync(file, text);
	return file;
}

describe('files that are not a whole export', () => {
	const wordpress = readFileSync(fixture('wordpress-1.2.xml'), 'utf8');
	const cases: [string, string, ImportOptions['source'], string | Buffer, string][] = [
		['a text file', 'notes.txt', 'wordpress', 'Dear coordinators, here is the export you asked for.', 'is not an export: it is not XML'],
		["Google Takeout's ZIP", 'takeout.zip', 'blogger', Buffer.from('PK\u0003\u0004 rest of a zip'), 'is a ZIP archive: unzip it first'],
		['a saved web page', 'page.xml', 'blogger', '<!doctype html><html><body><p>My blog</p></body></html>', 'is a web page, not an export'],
		[
			'a download cut off halfway',
			'cut.xml',
			'wordpress',
			wordpress.slice(0, Math.floor(wordpress.length / 2)),
			'ends in the middle of the export (it was probably cut off while downloading)',
		],
		[
			'a WordPress export given as Blogger',
			'wp.xml',
			'blogger',
			wordpress,
			'is a WordPress export, not a Blogger one. Run: npm run import -- wordpress <file>',
		],
		[
			'a Blogger export given as WordPress',
			'blogger.xml',
			'wordpress',
			readFileSync(fixture('blogger-backup.xml'), 'utf8'),
			'is not a WordPress export (it is an Atom feed, as Blogger exports are)',
		],
		[
			'a plain RSS feed',
			'feed.xml',
			'wordpress',
			'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>One</title></item></channel></rss>',
			'is an RSS feed, not a WordPress export',
		],
		[
			'broken XML inside',
			'broken.xml',
			'wordpress',
			wordpress.replace('<wp:post_id>15</wp:post_id>', '<wp:post_id>15</wp:post_idd>'),
			'is not valid XML at line',
		],
	];
	test.each(cases)('%s: one clear line, and nothing in the content folder changes', async (_name, fileName, source, contents, message) => {
		const dir = program();
		const before = snapshot(dir);
		const file = writeExport(fileName, typeof contents === 'string' ? contents : contents.toString('latin1'));
		if (Buffer.isBuffer(contents)) writeFileSync(file, contents);
		const error = await importInto(dir, source, file).then(
			() => undefined,
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(ExportFileError);
		expect(error instanceof Error ? error.message : '').toContain(message);
		expect(snapshot(dir)).toEqual(before);
	});
});

describe('a WordPress export into a small program', () => {
	test('posts, drafts, pages, comments, people and redirects; the checker finds nothing to stop the build', async () => {
		const dir = program();
		const report = await importInto(dir, 'wordpress', fixture('wordpress-1.2.xml'));
		expect(report.counts).toMatchObject({ posts: 5, drafts: 2, pages: 3, comments: 2, peopleCreated: 2, peopleMatched: 1, skipped: 3 });
		const text = formatReport(report);
		expect(text).toContain('post "Budget for 2023": skipped, since it was private on the old site');
		expect(text).toContain('post "Partner contacts": skipped, since it was password-protected on the old site');
		expect(text).toContain('blog/2030/call-2023.md ("Call for the 2023 round"): written as a draft (not published), since it was scheduled on the old site');
		expect(text).toContain('pages/about-wordpress.md ("About the network"): the site already has a page at /about/, so this one is at /about-wordpress/');
		expect(text).toContain('pages/blog-wordpress.md ("Blog"): the site already has a page at /blog/, so this one is at /blog-wordpress/');
		expect(text).toContain('blog/2022/post-21.md ("🎉📚"): its title has no letters or digits to make an address from, so it is at post-21');
		expect(text).toContain(
			'blog/2022/hora-del-cuento-2.md ("Story hour, second time"): another item already has the address hora-del-cuento, so this one is hora-del-cuento-2',
		);
		expect(text).toContain('removed the shortcode [contact-form-7], which has no equivalent here');
		expect(text).toContain('had no date; it is dated 2025-03-14 (the day of the export)');
		expect(text).toContain('author "Kwame Mensah" matched to content/people/kwame-mensah.yaml');
		expect(text).toContain('1 comment was not kept, since it was marked as spam');

		expect(existsSync(path.join(dir, 'blog/2022/कथा-वाचन.md'))).toBe(true);
		const nepali = readFileSync(path.join(dir, 'blog/2022/कथा-वाचन.md'), 'utf8');
		expect(nepali).toMatch(/^lang: ne$/m);
		expect(readFileSync(path.join(dir, 'blog/2022/hora-del-cuento.md'), 'utf8')).toMatch(/^lang: es$/m);
		expect(readFileSync(path.join(dir, 'blog/2025/notes-for-the-next-round.md'), 'utf8')).toMatch(/^draft: true$/m);
		const comments = readFileSync(path.join(dir, 'comments/2022/hora-del-cuento.yaml'), 'utf8');
		expect(comments).toContain('author: Rosa Huamán');
		expect(comments).toContain('replyTo: "501"');
		expect(comments).not.toMatch(/@|spam|script|192\.0\.2/);
		const redirects = readFileSync(path.join(dir, 'redirects.yaml'), 'utf8');
		expect(redirects).toContain('/2022/03/14/hora-del-cuento/: /blog/2022/hora-del-cuento/');
		expect(redirects).toContain('/?p=12: /blog/2022/hora-del-cuento/');
		expect(redirects).toContain('/category/regional/latin-america/: /tags/latin-america/');
		expect(redirects).not.toMatch(/^\/about\/:/m);

		const problems = await checkContent({ contentDir: dir, relativeTo: dir });
		expect(problems.problems.map(formatProblem)).toEqual([]);
	});

	test('into a program without an About page, the blog\u2019s About page becomes it, in the language the export states', async () => {
		const dir = program();
		rmSync(path.join(dir, 'pages/about.md'));
		const report = await importInto(dir, 'wordpress', fixture('wordpress-1.2.xml'));
		expect(formatReport(report)).not.toContain('/about-wordpress/');
		const about = readFileSync(path.join(dir, 'pages/about.md'), 'utf8');
		expect(about).toMatch(/^title: About the network$/m);
		// A short English page keeps the blog's language (en-US, written en), not a trigram model's guess.
		expect(about).toMatch(/^lang: en$/m);
		expect(readFileSync(path.join(dir, 'redirects.yaml'), 'utf8')).not.toMatch(/^\/about\/:/m);
	});

	test('run again, edited, and with a newer export: no duplicates, the edit survives, new items are added', async () => {
		const dir = program();
		await importInto(dir, 'wordpress', fixture('wordpress-1.2.xml'));
		const again = await importInto(dir, 'wordpress', fixture('wordpress-1.2.xml'));
		expect(again.counts).toMatchObject({ filesCreated: 0, filesUpdated: 0, filesKept: 0, redirects: 0, peopleCreated: 0 });
		expect(again.counts.filesUnchanged).toBeGreaterThan(10);

		const edited = path.join(dir, 'blog/2022/hora-del-cuento.md');
		writeFileSync(edited, readFileSync(edited, 'utf8').replace('La semana pasada', 'Hace dos semanas'));
		const original = readFileSync(fixture('wordpress-1.2.xml'), 'utf8');
		const newer = writeExport(
			'newer.xml',
			original
				.replace('La semana pasada nuestra biblioteca', 'La semana pasada, nuestra biblioteca')
				.replace('Twelve books, two libraries, one call every other Thursday.', 'Twelve books, two libraries and a call every other Thursday.')
				.replace(
					'</channel>',
					`<item><title>A third story hour</title><link>https://network.example.org/2023/02/01/third/</link><dc:creator>kwame</dc:creator><guid isPermaLink="false">https://network.example.org/?p=50</guid><content:encoded><![CDATA[We did it again in February, with two schools watching.]]></content:encoded><wp:post_id>50</wp:post_id><wp:post_date>2023-02-01 10:00:00</wp:post_date><wp:post_name>third</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password></item></channel>`,
				),
		);
		const report = await importInto(dir, 'wordpress', newer);
		expect(report.counts).toMatchObject({ filesCreated: 1, filesUpdated: 1, filesKept: 1, peopleCreated: 0 });
		expect(formatReport(report)).toContain('blog/2022/hora-del-cuento.md: kept as it is, since it was edited after the last import');
		expect(readFileSync(edited, 'utf8')).toContain('Hace dos semanas');
		expect(readFileSync(path.join(dir, 'blog/2022/shared-reading-list.md'), 'utf8')).toContain('Twelve books, two libraries and a call');
		expect(existsSync(path.join(dir, 'blog/2023/third.md'))).toBe(true);
		const twelve = globSync('blog/**/*.md', { cwd: dir }).filter((file) => readFileSync(path.join(dir, file), 'utf8').includes('id: "12"'));
		expect(twelve).toEqual(['blog/2022/hora-del-cuento.md']);
		expect(readFileSync(path.join(dir, 'redirects.yaml'), 'utf8')).toContain('/2023/02/01/third/: /blog/2023/third/');
	});

	test('--dry-run says what would happen and writes nothing', async () => {
		const dir = program();
		const before = snapshot(dir);
		const requests = images.requests.length;
		const report = await importInto(dir, 'wordpress', fixture('wordpress-1.2.xml'), { dryRun: true, images: true });
		expect(report.counts).toMatchObject({ posts: 5, drafts: 2, pages: 3, peopleCreated: 2, imagesFetched: 0 });
		expect(report.counts.filesCreated).toBeGreaterThan(10);
		expect(formatReport(report)).toMatch(/^Dry run \(nothing was written\)/);
		expect(snapshot(dir)).toEqual(before);
		expect(images.requests.length).toBe(requests);
	});
});

describe('images', () => {
	test('fetched at their original size next to the post, retried when the server is busy, reported and left as links when missing, not fetched twice', async () => {
		const dir = program();
		images.requests.length = 0;
		const blogger = await importInto(dir, 'blogger', fixture('blogger-backup.xml'), { images: true });
		expect(images.requests).toContain('/img/b/R29vZ2xl/AVvXsEh1/s0/reading-corner.jpg');
		expect(images.requests).not.toContain('/img/b/R29vZ2xl/AVvXsEh1/s320/reading-corner.jpg');
		expect(images.requests.filter((request) => request.includes('flaky'))).toEqual([
			'/img/b/R29vZ2xl/AVvXsEh3/s0/flaky.jpg',
			'/img/b/R29vZ2xl/AVvXsEh3/s0/flaky.jpg',
			'/img/b/R29vZ2xl/AVvXsEh3/s0/flaky.jpg',
		]);
		expect(blogger.counts).toMatchObject({ imagesFetched: 3, imagesFailed: 0, provisionalAlt: 1 });
		const post = readFileSync(path.join(dir, 'blog/2023/our-first-call-lima-and-accra.md'), 'utf8');
		expect(post).toContain('![Alt text needed: reading corner](./images/our-first-call-lima-and-accra/reading-corner.jpg)');
		expect(post).toContain('![Kwame holding the first book of the list](./images/our-first-call-lima-and-accra/flaky.jpg)');
		expect(existsSync(path.join(dir, 'blog/2023/images/our-first-call-lima-and-accra/crates.jpg'))).toBe(true);

		const takeout = await importInto(dir, 'blogger', fixture('blogger-takeout.atom'), { images: true });
		expect(takeout.counts).toMatchObject({ imagesFetched: 1, imagesFailed: 1 });
		expect(formatReport(takeout)).toContain(
			'could not fetch the image https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh9/w400-h300/missing.jpg: the server answered 404 (not found); the post links to it on the old site',
		);
		expect(readFileSync(path.join(dir, 'blog/2024/blog-post.md'), 'utf8')).toContain(
			'![Children drawing at a long table](https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh9/w400-h300/missing.jpg)',
		);
		expect(readFileSync(path.join(dir, 'blog/2024/blog-post-2.md'), 'utf8')).toContain('(./images/blog-post-2/retry-once.jpg)');

		images.requests.length = 0;
		const resumed = await importInto(dir, 'blogger', fixture('blogger-backup.xml'), { images: true });
		expect(resumed.counts).toMatchObject({ imagesFetched: 0, imagesAlreadyThere: 3, filesCreated: 0, filesUpdated: 0 });
		expect(images.requests).toEqual([]);

		const wordpress = await importInto(dir, 'wordpress', fixture('wordpress-1.2.xml'), { images: true });
		expect(readFileSync(path.join(dir, 'blog/2022/shared-reading-list.md'), 'utf8')).toContain(
			'cover:\n  src: ./images/shared-reading-list/cover-mango-tree.jpg\n  alt: Children reading under the mango tree in Accra',
		);
		expect(images.requests).toContain('/wp-content/uploads/2022/05/mango-tree.jpg');
		expect(images.requests.some((request) => request.includes('-1024x683') || request.includes('?w='))).toBe(false);
		expect(wordpress.counts.imagesFailed).toBe(1);

		const problems = await checkContent({ contentDir: dir, relativeTo: dir });
		expect(problems.problems.map(formatProblem)).toEqual([]);
	});
});

describe('the command', () => {
	const run = (args: string[], contentDir: string) => {
		const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/import.ts'), ...args], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, INTERLIBRARY_CONTENT: contentDir },
			encoding: 'utf8',
		});
		return { code: result.status, output: `${result.stdout}${result.stderr}` };
	};

	test('--help, a missing file and a wrong kind each end with a clear line and no stack trace', () => {
		const dir = program();
		expect(run(['--help'], dir)).toMatchObject({
			code: 0,
			output: expect.stringContaining('Usage: npm run import -- <blogger|wordpress> <export file> [options]'),
		});
		const missing = run(['wordpress', 'nowhere.xml'], dir);
		expect(missing).toMatchObject({ code: 1, output: 'nowhere.xml does not exist (or is a folder): give the path of the export file.\n' });
		const wrong = run(['wordpress', fixture('blogger-takeout.atom')], dir);
		expect(wrong.code).toBe(1);
		expect(wrong.output).toContain('is not a WordPress export (it is an Atom feed, as Blogger exports are)');
		expect(wrong.output).not.toMatch(/^\s+at /m);
	});

	test('an import ends with the report and the checker\u2019s summary', () => {
		const dir = program();
		const result = run(['blogger', fixture('blogger-backup.xml'), '--no-images'], dir);
		expect(result.code, result.output).toBe(0);
		expect(result.output).toContain('Imported: Blogger backup (Atom)');
		expect(result.output).toContain('3 posts published, 1 draft, 2 pages, 2 comments');
		expect(result.output).toMatch(/Content is fine: no problems found, \d+ warnings \(such as provisional alt text; npm run check lists them\)/);
		const snippet = run(['blogger-snippet'], dir);
		expect(snippet.output).toContain('"/2023/04/our-first-call-lima-and-accra.html":"https://test.example.org/blog/2023/our-first-call-lima-and-accra/"');
	});
});
