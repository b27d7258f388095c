/**
 * `npm run dev` as a coordinator meets it: a program that has not made every
 * folder yet (no events so far, no imported redirects) starts without an
 * error or warning about them, a folder made while the server runs shows
 * on its pages without a restart, and a mistake saved while a page is open
 * shows on that page, not only in the terminal.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cacheDirFor } from '../../src/lib/site-config.ts';
import { freePort, waitForPage } from '../../scripts/lib/local-server.ts';
import { ASTRO_CLI, astroEnvironment, PROJECT_ROOT, SAMPLE } from '../support/build.ts';
import { useBrowser } from '../support/browser.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-dev-'));
const content = path.join(scratch, 'content');
/**
 * `astro dev` keeps its content store in the project's `.astro/` whatever the content folder, and
 * trusts an entry whose text it has seen before, even from a folder that is gone. The test's copy
 * of the sample is deleted afterwards: its store goes too, before and after, so that neither this
 * test nor a later `npm run dev` of the sample meets entries that point into it.
 */
const forgetDevStore = () => {
	for (const file of ['data-store.json', 'content-assets.mjs', 'content-modules.mjs']) rmSync(path.join(PROJECT_ROOT, '.astro', file), { force: true });
};
let server: ChildProcess | undefined;
const session = useBrowser();
beforeAll(forgetDevStore);
afterAll(async () => {
	if (server && server.exitCode === null) {
		const exited = new Promise((resolve) => server?.once('exit', resolve));
		server.kill('SIGTERM');
		await exited;
	}
	rmSync(scratch, { recursive: true, force: true });
	forgetDevStore();
	rmSync(path.join(PROJECT_ROOT, cacheDirFor(content, PROJECT_ROOT)), { recursive: true, force: true });
});

/** The page's HTML once `ready` says so; fails with the server's output. */
async function pageWhen(url: string, ready: (html: string) => boolean, seconds: number, output: () => string): Promise<string> {
	try {
		return (await waitForPage(url, { ready, timeoutMs: seconds * 1000 })).body;
	} catch (error) {
		throw new Error(`${error instanceof Error ? error.message : String(error)}. Server output:\n${output().slice(-3000)}`, { cause: error });
	}
}

describe('astro dev', () => {
	test('starts quietly without optional folders, and a folder made while it runs shows on its pages', async () => {
		cpSync(SAMPLE, content, { recursive: true });
		rmSync(path.join(content, 'events'), { recursive: true });
		const port = await freePort();
		let output = '';
		server = spawn(process.execPath, [ASTRO_CLI, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
			cwd: PROJECT_ROOT,
			env: astroEnvironment({ INTERLIBRARY_CONTENT: content }),
		});
		server.stdout?.on('data', (chunk) => (output += chunk));
		server.stderr?.on('data', (chunk) => (output += chunk));
		const base = `http://127.0.0.1:${port}`;

		const events = await pageWhen(
			`${base}/events/`,
			(html) => html.includes('<h1'),
			180,
			() => output,
		);
		expect(events).not.toContain('Café: questions about applying');
		// Neither the missing events folder nor the redirects.yaml that only an import makes is reported.
		// (The sample's one deliberate content warning is the checker's, and stays.)
		expect(output).not.toMatch(/\[ERROR\]|\[WARN\] \[interlibrary:(?!content-check)|does not exist|File not found/);

		// A coordinator adds the program's first event.
		mkdirSync(path.join(content, 'events'));
		writeFileSync(path.join(content, 'events/cafe-application-questions.md'), readFileSync(path.join(SAMPLE, 'events/cafe-application-questions.md'), 'utf8'));
		await pageWhen(
			`${base}/events/`,
			(html) => html.includes('Café: questions about applying'),
			60,
			() => output,
		);
		const event = await pageWhen(
			`${base}/events/cafe-application-questions/`,
			(html) => html.includes('<h1'),
			30,
			() => output,
		);
		expect(event).toContain('Café: questions about applying');

		// A mistake saved while the page is open shows on the page, in Astro's overlay, as text: a participant's file cannot put HTML there.
		const page = await session.context.newPage();
		await page.goto(`${base}/events/cafe-application-questions/`);
		const post = path.join(content, 'blog/2024/first-call-six-time-zones.md');
		writeFileSync(post, readFileSync(post, 'utf8').replace(/^authors: .*$/m, 'authors: ["<img src=x onerror=window.__pwned=1>"]'));
		const message = page.locator('vite-error-overlay #message-content');
		await message.waitFor({ timeout: 60_000 });
		expect(await message.textContent()).toContain(
			'blog/2024/first-call-six-time-zones.md:5: authors[0] names "<img src=x onerror=window.__pwned=1>", who is not in content/people/.',
		);
		expect(await page.locator('vite-error-overlay #hint-content').textContent()).toContain('Fix each line, and save');
		expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
		await page.close();
	}, 300_000);
});
