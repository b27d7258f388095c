/**
 * The editor at /admin/ in Chromium, against the local backend (`npm run admin`) on a
 * copy of the sample program: a participant writes a post with two partners, a photo and
 * a tag, and sends a poster with its PDF; the files land where the checker expects them,
 * pass it, and the site shows them. The form refuses what the checker would refuse.
 * Also: the built sample's /admin/ says what is missing, and stays out of search engines.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { freePort, waitForPage } from '../../scripts/lib/local-server.ts';
import { cleanEnvironment, PROJECT_ROOT, SAMPLE, SAMPLE_DIST } from '../support/build.ts';

const session = useBrowser();
const siteUrl = inject('siteUrl');

describe('the built site’s /admin/ without the GitHub settings', () => {
	test('explains what is missing, loads no editor, and is kept from search engines', async () => {
		const page = await openPage(session.context, siteUrl, '/admin/');
		await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('The editor is not set up yet');
		await expect(page.locator('main').innerText()).resolves.toMatch(/repository[\s\S]*branch[\s\S]*authEndpoint/);
		await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex, nofollow');
		await expect(page.locator('script[src*="decap"]').count()).resolves.toBe(0);
		await page.close();
		expect(existsSync(path.join(SAMPLE_DIST, 'admin/decap'))).toBe(false);
		const sitemap = readFileSync(path.join(SAMPLE_DIST, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/blog/');
		expect(sitemap).not.toContain('/admin/');
	});
});

describe('the editor on this computer (npm run admin)', () => {
	let copy = '';
	let content = '';
	let admin: ChildProcess | undefined;
	let editorUrl = '';

	beforeAll(async () => {
		// A copy of the sample, never the sample itself: the editor writes into it.
		copy = mkdtempSync(path.join(tmpdir(), 'interlibrary-editor-'));
		content = path.join(copy, 'content');
		cpSync(SAMPLE, content, { recursive: true });
		const [sitePort, proxyPort] = [await freePort(), await freePort()];
		admin = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/admin.ts'), '--port', String(sitePort), '--host', '127.0.0.1'], {
			cwd: PROJECT_ROOT,
			env: { ...cleanEnvironment(), INTERLIBRARY_CONTENT: content, EDITOR_PROXY_PORT: String(proxyPort), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
			// Its output, for when a test fails: test-results/editor-admin.log.
			stdio: ['ignore', openSync(path.join(PROJECT_ROOT, 'test-results/editor-admin.log'), 'w'), 'inherit'],
			detached: true,
		});
		editorUrl = `http://127.0.0.1:${sitePort}/admin/`;
		// Waits until the dev server answers (hooks cannot use expect.poll).
		await waitForPage(editorUrl, { timeoutMs: 90_000, intervalMs: 500 });
	});

	afterAll(() => {
		// The script's own group: decap-server and astro dev with it.
		if (admin?.pid) process.kill(-admin.pid, 'SIGTERM');
		if (copy) rmSync(copy, { recursive: true, force: true });
	});

	let signedIn = false;
	async function openEditor(hash: string): Promise<Page> {
		const page = await session.context.newPage();
		await page.goto(editorUrl);
		// The local backend asks for no password; the editor remembers the sign-in.
		if (!signedIn) await page.getByRole('button', { name: 'Login' }).click();
		signedIn = true;
		await page.goto(`${editorUrl}#/collections/${hash}`);
		return page;
	}

	async function choosePeople(page: Page, fieldLabel: string, names: string[]): Promise<void> {
		const field = page.locator('[id^="authors-field"]');
		expect(await page.getByText(fieldLabel, { exact: true }).count()).toBeGreaterThan(0);
		for (const name of names) {
			await field.click();
			await page.keyboard.type(name);
			await page.getByRole('option', { name }).click();
		}
	}

	/** Chooses a file through Decap's media library: upload, then "Choose selected". */
	async function upload(page: Page, button: RegExp, file: string): Promise<void> {
		await page.getByRole('button', { name: button }).click();
		await page.locator('input[type="file"]').setInputFiles(file);
		await page.getByRole('button', { name: /Choose selected/i }).click();
	}

	async function publish(page: Page): Promise<void> {
		await page.getByRole('button', { name: 'Publish' }).first().click();
		await page.getByText('Publish now').click();
	}

	/** Decap says "Entry saved" once decap-server has answered, which it does after writing the entry and every upload. */
	async function saved(page: Page): Promise<void> {
		await page.getByText('Entry saved').waitFor({ timeout: 15_000 });
	}

	test('a participant writes a post and sends a poster; both pass the checker and show on the site', async () => {
		const today = new Date().toISOString().slice(0, 10);
		const year = today.slice(0, 4);

		const post = await openEditor('blog/new');
		await post.getByLabel('Title', { exact: true }).fill('Two libraries, one reading list');
		await post.getByLabel('Date', { exact: true }).fill(today);
		await choosePeople(post, 'Authors', ['Adaeze Okafor', 'Valentina Mejía']);
		await post.getByLabel('Tags (optional)').fill('reading lists');
		await post.getByLabel('Summary').fill('How two partner libraries made one reading list in two languages.');
		await upload(post, /Choose an image/i, path.join(SAMPLE, 'blog/2024/images/first-call.jpg'));
		await post.locator('[data-slate-editor="true"]').click();
		await post.keyboard.type('We met every second Tuesday and read the same books.');

		// A photo without its description is refused in the form, and nothing is written.
		await publish(post);
		await expect(post.getByText(/Description of the image \(alt text\)” is required here too/i).isVisible()).resolves.toBe(true);
		expect(existsSync(path.join(content, 'blog', year, 'two-libraries-one-reading-list.md'))).toBe(false);

		await post.getByLabel(/Description of the image/).fill('Two librarians on a video call, one in the afternoon sun and one by the sea');
		await publish(post);
		const postFile = path.join(content, 'blog', year, 'two-libraries-one-reading-list.md');
		// decap-server writes the entry before its uploads: wait for the editor's word, not for the first file.
		await saved(post);
		expect(existsSync(postFile)).toBe(true);
		expect(existsSync(path.join(content, 'blog', year, 'images/first-call.jpg'))).toBe(true);
		const written = readFileSync(postFile, 'utf8');
		expect(written).toMatch(/authors:\n {2}- adaeze-okafor\n {2}- valentina-mejia\n/);
		expect(written).toContain('alt: Two librarians on a video call');
		await post.close();

		const poster = await openEditor('posters/new');
		// Without a title, the form refuses to save.
		await publish(poster);
		await expect(poster.getByText("Oops, you've missed a required field. Please complete before saving.").isVisible()).resolves.toBe(true);
		await expect(poster.getByText('Title is required.').isVisible()).resolves.toBe(true);
		await poster.getByLabel('Title', { exact: true }).fill('Reading clubs across two time zones');
		await choosePeople(poster, 'Partners', ['Adaeze Okafor', 'Valentina Mejía']);
		await poster.getByLabel('Round', { exact: true }).click();
		await poster.getByRole('option', { name: 'Round 2025' }).click();
		await expect(poster.getByText(/Upload the PDF \(at most 20 MB\)\. Larger\? .*https:\/\/ address instead\./).isVisible()).resolves.toBe(true);
		await upload(poster, /Choose a file/i, path.join(SAMPLE, 'posters/lagos-lima/poster.pdf'));
		await publish(poster);
		const posterFile = path.join(content, 'posters/reading-clubs-across-two-time-zones/index.md');
		await saved(poster);
		expect(existsSync(posterFile)).toBe(true);
		expect(existsSync(path.join(content, 'posters/reading-clubs-across-two-time-zones/poster.pdf'))).toBe(true);
		expect(readFileSync(posterFile, 'utf8')).toMatch(/^pdf: poster\.pdf$/m);
		await poster.close();

		const report = await checkContent({ contentDir: content });
		expect(report.problems).toEqual([]);

		// The dev server picks the new files up: the pages show them.
		const postPage = await session.context.newPage();
		await postPage.goto(new URL(`../blog/${year}/two-libraries-one-reading-list/`, editorUrl).href);
		await expect(postPage.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Two libraries, one reading list');
		await expect(postPage.locator('main').innerText()).resolves.toMatch(/Adaeze Okafor[\s\S]*Valentina Mejía/);
		// The photo is saved beside the post a moment after the post itself: the dev server may show the post first.
		await expect
			.poll(
				async () => {
					await postPage.reload();
					return postPage.getByAltText('Two librarians on a video call, one in the afternoon sun and one by the sea').count();
				},
				{ timeout: 30_000 },
			)
			.toBe(1);
		// The poster appears once its PDF is rendered.
		await expect
			.poll(
				async () => {
					await postPage.goto(new URL('../posters/reading-clubs-across-two-time-zones/', editorUrl).href);
					return postPage.getByRole('heading', { level: 1 }).innerText();
				},
				{ timeout: 30_000, interval: 1000 },
			)
			.toBe('Reading clubs across two time zones');
		await expect(postPage.locator('main').innerText()).resolves.toMatch(/Adaeze Okafor[\s\S]*Valentina Mejía/);
		await postPage.close();
	}, 180_000);
});
