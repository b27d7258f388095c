/**
 * Moving in, end to end: four exports (Blogger's backup, Google Takeout,
 * WXR 1.2 and 1.1) imported into a small program with images from a
 * loopback server, checked, built once, served, and read in Chromium: every
 * published item has its page, drafts have none, comments show without
 * e-mail addresses, hostile HTML is gone, and every old address (query ones
 * too, through the home and 404 pages) lands on its new page.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { runImport } from '../../src/import/run-import.ts';
import { astroBuild, PROJECT_ROOT } from '../support/build.ts';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { writeContentTree } from '../support/content-tree.ts';
import { invalidHtml } from '../../scripts/verify/html-validity.ts';
import { overBudget, pageWeights } from '../../scripts/verify/page-weights.ts';
import { type ImageServer, startImageServer } from '../support/image-server.ts';
import { serveStatic, type StaticSite } from '../../scripts/verify/static-server.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/import');
const { dir: content, cleanup } = writeContentTree();
const out = `${content}-dist`;
let site: StaticSite;
let images: ImageServer;
let redirects: Record<string, string> = {};
const session = useBrowser();

beforeAll(async () => {
	images = await startImageServer();
	const imports: ['blogger' | 'wordpress', string][] = [
		['blogger', 'blogger-backup.xml'],
		['blogger', 'blogger-takeout.atom'],
		['wordpress', 'wordpress-1.2.xml'],
		['wordpress', 'wordpress-1.1.xml'],
	];
	for (const [source, file] of imports) {
		await runImport({
			source,
			file: path.join(FIXTURES, file),
			contentDir: content,
			images: true,
			dryRun: false,
			downloader: { fetch: images.fetch, retryDelayMs: 1 },
		});
	}
	const problems = await checkContent({ contentDir: content, relativeTo: content });
	expect(problems.problems.map(formatProblem)).toEqual([]);
	const build = await astroBuild({ INTERLIBRARY_CONTENT: content }, ['--outDir', out]);
	if (build.code !== 0) throw new Error(`The imported site did not build:\n${build.output.slice(-4000)}`);
	redirects = parseYaml(readFileSync(path.join(content, 'redirects.yaml'), 'utf8'));
	site = await serveStatic(out);
}, 300_000);

afterAll(async () => {
	await site?.close();
	await images?.close();
	cleanup();
	rmSync(out, { recursive: true, force: true });
});

const address = (sitePath: string) => new URL(encodeURI(sitePath).replace(/^\//, ''), site.url).href;

async function open(sitePath: string): Promise<{ page: Page; status: number | undefined }> {
	const page = await session.context.newPage();
	const response = await page.goto(address(sitePath));
	return { page, status: response?.status() };
}

describe('an imported program', () => {
	const published: [string, string][] = [
		['/blog/2023/our-first-call-lima-and-accra/', 'Our first call: Lima and Accra'],
		['/blog/2023/blog-post/', 'हमारी पहली बैठक'],
		['/blog/2023/blog-post_28/', 'لقاؤنا الأول في عمّان'],
		['/blog/2024/blog-post/', 'การประชุมครั้งแรกที่เชียงใหม่'],
		['/blog/2024/blog-post-2/', 'ঢাকায় আমাদের প্রথম সভা'],
		['/blog/2022/hora-del-cuento/', 'La hora del cuento cruza el océano'],
		['/blog/2022/shared-reading-list/', 'What a shared reading list taught us'],
		['/blog/2022/कथा-वाचन/', 'हाम्रो पुस्तकालयमा कथा वाचन'],
		['/blog/2022/post-21/', '🎉📚'],
		['/blog/2022/hora-del-cuento-2/', 'Story hour, second time'],
		['/blog/2019/زيارة/', 'زيارة إلى مكتبة الأطفال'],
		['/about-blogger/', 'About us'],
		['/join/', 'Join the next round'],
		['/search-blogger/', 'Search our book lists'],
		['/about-wordpress/', 'About the network'],
		['/blog-wordpress/', 'Blog'],
		['/resources/', 'Resources for partners'],
	];

	test('every published post and page has its page, with its language and direction', async () => {
		for (const [sitePath, title] of published) {
			const { page, status } = await open(sitePath);
			expect(status, sitePath).toBe(200);
			expect(await page.locator('h1').first().textContent(), sitePath).toBe(title);
			await page.close();
		}
		const { page } = await open('/blog/2023/blog-post_28/');
		expect(await page.locator('html').getAttribute('lang')).toBe('ar');
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await page.close();
		const nepali = await open('/blog/2022/कथा-वाचन/');
		expect(await nepali.page.locator('html').getAttribute('lang')).toBe('ne');
		await nepali.page.close();
	});

	test('drafts, and what was private, password-protected or trashed, have no page', async () => {
		for (const sitePath of [
			'/blog/2023/half-written-notes-on-the-convening/',
			'/blog/2024/ideas-for-april/',
			'/blog/2025/notes-for-the-next-round/',
			'/blog/2030/call-2023/',
			'/blog/2019/minutes-october/',
			'/blog/2022/budget-2023/',
			'/blog/2022/partner-contacts/',
			'/blog/2024/test-post/',
		]) {
			const { page, status } = await open(sitePath);
			expect(status, sitePath).toBe(404);
			await page.close();
		}
	});

	test('comments from the original blog show with name and date, as plain text, without e-mail addresses', async () => {
		const { page } = await open('/blog/2022/hora-del-cuento/');
		const archive = page.locator('.comment-archive');
		expect(await archive.locator('h2').textContent()).toBe('2 comments from the original blog');
		const text = (await archive.textContent()) ?? '';
		expect(text).toContain('Rosa Huamán');
		expect(text).toContain('Saludos desde Puno.');
		expect(text).toContain('in reply to Rosa Huamán');
		expect(text).not.toContain('Cheap Pills');
		const html = await page.content();
		expect(html).not.toMatch(/mail\.example\.org|spam\.example\.com|192\.0\.2\.14|alert\('comment'\)/);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
		const blogger = await open('/blog/2023/our-first-call-lima-and-accra/');
		expect(await blogger.page.locator('.comment-archive h2').textContent()).toBe('2 comments from the original blog');
		await blogger.page.close();
	});

	test('hostile HTML from the old blog cannot run; the allowed video and local images survive', async () => {
		const { page } = await open('/blog/2023/our-first-call-lima-and-accra/');
		const body = (await page.locator('.prose').innerHTML()) ?? '';
		expect(body).not.toMatch(/<script|\son\w+=|javascript:|evil\.example\.com/i);
		expect(body).toMatch(/<iframe src="https:\/\/www\.youtube\.com\/embed\/a1B2c3D4e5F"[^>]* sandbox="/);
		expect(await page.locator('.prose img[alt="Shelves made from fruit crates in Accra"]').getAttribute('src')).toMatch(/^\/_astro\/crates\.[\w-]+\.webp$/);
		expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
		await page.close();
	});

	test('every old address lands on its new page, query addresses too (through the home and 404 pages)', async () => {
		const entries = Object.entries(redirects);
		expect(entries.length).toBeGreaterThan(40);
		expect(entries).toContainEqual(['/?p=12', '/blog/2022/hora-del-cuento/']);
		expect(entries).toContainEqual(['/news/?p=31', '/blog/2019/زيارة/']);
		const checks = [...entries, ['/2023/04/our-first-call-lima-and-accra.html?m=1', '/blog/2023/our-first-call-lima-and-accra/']];
		const page = await session.context.newPage();
		for (const [from, to] of checks) {
			await page.goto(address(from!));
			await page.waitForURL(address(to!), { timeout: 5000 }).catch(() => undefined);
			expect(decodeURI(new URL(page.url()).pathname), `${from} should lead to ${to}`).toBe(to!.split('?')[0]);
		}
		await page.close();
	});

	test('the quality gate passes the page weights: the home and 404 pages may carry the old-address lines, and nothing else', () => {
		const weights = pageWeights(out);
		const home = weights.find((weight) => weight.page === 'index.html');
		expect(home?.queryRedirectJs).toBeGreaterThan(0);
		expect(home?.js).toBe(home?.queryRedirectJs);
		expect(weights.find((weight) => weight.page === '404.html')?.queryRedirectJs).toBeGreaterThan(0);
		expect(overBudget(weights)).toEqual([]);
	});

	test('every page of the imported site is valid HTML, redirect pages and imported people included', async () => {
		expect(await invalidHtml(out)).toEqual([]);
		const person = await open('/people/marisol-garcia/');
		expect(person.status).toBe(200);
		expect(await person.page.locator('h1').textContent()).toBe('Marisol García');
		expect(await axeViolations(person.page)).toEqual([]);
		await person.page.close();
	});

	test('_redirects lists the old paths for hosts that read it, and no redirect page replaced a page of the site', () => {
		const lines = readFileSync(path.join(out, '_redirects'), 'utf8');
		expect(lines).toContain('/2023/04/our-first-call-lima-and-accra.html /blog/2023/our-first-call-lima-and-accra/ 301');
		expect(lines).toContain(`${encodeURI('/2022/06/10/कथा-वाचन/')} ${encodeURI('/blog/2022/कथा-वाचन/')} 301`);
		expect(lines).not.toContain('?p=');
		expect(readFileSync(path.join(out, 'about/index.html'), 'utf8')).not.toContain('http-equiv="refresh"');
		expect(existsSync(path.join(out, 'p/about.html'))).toBe(true);
		// Query addresses are listed once, fetched only by a reader who arrives with a query; the pages carry a few lines, not the list.
		expect(JSON.parse(readFileSync(path.join(out, 'old-addresses.json'), 'utf8'))).toContainEqual(['/', { p: '12' }, '/blog/2022/hora-del-cuento/']);
		const home = readFileSync(path.join(out, 'index.html'), 'utf8');
		const script = /<script data-query-redirects>([^<]*)<\/script>/.exec(home)?.[1] ?? '';
		expect(script).toContain('old-addresses.json');
		expect(script.length).toBeLessThan(500);
		expect(script).not.toContain('hora-del-cuento');
	});
});
