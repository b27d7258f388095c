/**
 * Posters kept in a repository: downloaded once, kept with their validators,
 * asked about again a day later at no cost when unchanged; every failure a
 * plain sentence; busy servers retried; redirects followed; oversized files
 * refused whether or not the server says their size.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describePosterProblem } from '../../src/lib/pdf/poster-problem.ts';
import { DEFAULT_DOWNLOAD_LIMITS, type DownloadEnvironment, fetchRemotePdf } from '../../src/lib/pdf/remote-pdf.ts';
import { makePdf } from '../support/make-pdf.ts';
import { type PdfHost, startPdfHost } from '../support/pdf-host.ts';

const pdf = makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Kept in a repository'] }] });
const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-remote-'));
let host: PdfHost;
beforeAll(async () => {
	host = await startPdfHost(pdf, { slowMs: 1500, hugeBytes: 2 * 1024 * 1024 });
});
afterAll(async () => {
	await host.close();
	rmSync(scratch, { recursive: true, force: true });
});

/** The repository's addresses are https; in this process they reach the test host over plain http. */
const REPOSITORY = 'https://repository.example.org';
const environment = (now: number): DownloadEnvironment => ({
	fetch: (input, init) => fetch((typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).replace(REPOSITORY, host.origin), init),
	now,
});
const limits = { ...DEFAULT_DOWNLOAD_LIMITS, retryDelayMs: 10, timeoutMs: 800, maxBytes: 1024 * 1024 };
let folder = 0;
const cacheDir = () => path.join(scratch, `cache-${++folder}`);

describe('a poster kept in a repository', () => {
	test('is downloaded once, then served from the cache until a day has passed, then revalidated at no cost', async () => {
		const cache = cacheDir();
		const url = `${REPOSITORY}/records/1/files/poster.pdf`;
		const start = Date.UTC(2026, 10, 23);
		const first = await fetchRemotePdf(url, cache, limits, environment(start));
		expect(first).toMatchObject({ ok: true, downloaded: true, bytes: pdf.length });
		if (first.ok) expect(readFileSync(first.path).equals(pdf)).toBe(true);

		const before = host.requests.length;
		const hourLater = await fetchRemotePdf(url, cache, limits, environment(start + 60 * 60 * 1000));
		expect(hourLater).toMatchObject({ ok: true, downloaded: false });
		expect(host.requests.length).toBe(before);

		const dayLater = await fetchRemotePdf(url, cache, limits, environment(start + 25 * 60 * 60 * 1000));
		expect(dayLater).toMatchObject({ ok: true, downloaded: false });
		expect(host.requests.at(-1)).toEqual({ path: '/records/1/files/poster.pdf', ifNoneMatch: '"v1"' });
	});

	test('follows a redirect, and retries a busy server', async () => {
		expect(await fetchRemotePdf(`${REPOSITORY}/moved.pdf`, cacheDir(), limits, environment(Date.now()))).toMatchObject({ ok: true, downloaded: true });
		const flaky = await fetchRemotePdf(`${REPOSITORY}/flaky.pdf`, cacheDir(), limits, environment(Date.now()));
		expect(flaky).toMatchObject({ ok: true, downloaded: true });
		expect(host.requests.filter((request) => request.path === '/flaky.pdf')).toHaveLength(3);
	});

	test('a missing file, a slow server and oversized files end as one plain sentence each, leaving nothing behind', async () => {
		const problem = async (file: string) => {
			const cache = cacheDir();
			const outcome = await fetchRemotePdf(`${REPOSITORY}/${file}`, cache, limits, environment(Date.now()));
			if (outcome.ok) throw new Error(`${file} was downloaded`);
			// No file and no half-written part is kept for a failed download.
			expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
			return describePosterProblem(outcome.problem);
		};
		expect(await problem('missing.pdf')).toBe(
			'could not be downloaded (the server answered 404 Not Found); check that the address opens the PDF in a browser, or put the PDF next to index.md and name it in `pdf`',
		);
		expect(host.requests.filter((request) => request.path === '/missing.pdf')).toHaveLength(1);
		expect(await problem('slow.pdf')).toMatch(/^could not be downloaded \(no answer within 1 s\)/);
		expect(await problem('huge.pdf')).toBe(
			'is too large to download (2 MB, over the limit of 1 MB); export a smaller PDF, or ask a coordinator to raise POSTER_DOWNLOAD_MAX_MB',
		);
		expect(await problem('huge-chunked.pdf')).toMatch(/^is too large to download \(over the limit of 1 MB\)/);
	});

	test('when the repository cannot be reached, the copy downloaded earlier is used, with a note', async () => {
		const cache = cacheDir();
		const url = `${REPOSITORY}/records/1/files/poster.pdf`;
		await fetchRemotePdf(url, cache, limits, environment(0));
		const offline: DownloadEnvironment = {
			fetch: () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND repository.example.org') })),
			now: 2 * 24 * 60 * 60 * 1000,
		};
		const outcome = await fetchRemotePdf(url, cache, limits, offline);
		expect(outcome).toMatchObject({
			ok: true,
			downloaded: false,
			note: expect.stringMatching(
				/^could not be checked for a newer version \(the address could not be reached \(getaddrinfo ENOTFOUND repository\.example\.org\)\); the copy downloaded earlier is used$/,
			),
		});
	});

	test('only https addresses are fetched', async () => {
		const outcome = await fetchRemotePdf('http://repository.example.org/poster.pdf', cacheDir(), limits, environment(Date.now()));
		expect(outcome.ok ? '' : describePosterProblem(outcome.problem)).toMatch(/^could not be downloaded \(only https:\/\/ addresses are fetched\)/);
	});
});
