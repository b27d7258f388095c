/**
 * Posters kept outside the repository: a poster's `pdf` may be the https
 * address of its file in a repository (Zenodo, OSF, Figshare, an
 * institution's). The build downloads each once, keeps it in the cache with
 * the validators the server sent (ETag, Last-Modified), and asks again only
 * when a day has passed, with a conditional request that costs nothing when
 * the file has not changed. Every download has a time limit and a size limit,
 * is retried when the server is busy or the network fails, and ends as the
 * file or as one plain problem. Framework-free: the loader and the checker
 * call it, tests give it a loopback server.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { PosterProblem } from './poster-problem.ts';

export interface DownloadLimits {
	/** Longest a download may take, from the request to the last byte, in milliseconds. */
	timeoutMs: number;
	/** Largest file accepted, in bytes. */
	maxBytes: number;
	/** Tries in all, for busy servers (429, 5xx) and network failures. */
	attempts: number;
	/** Wait before the second try; it doubles for each later one. */
	retryDelayMs: number;
	/** How long a downloaded file is trusted before the server is asked whether it changed. */
	revalidateAfterMs: number;
}

export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = {
	timeoutMs: 120_000,
	maxBytes: 200 * 1024 * 1024,
	attempts: 3,
	retryDelayMs: 2000,
	revalidateAfterMs: 24 * 60 * 60 * 1000,
};

/** What the cache keeps about a downloaded file. */
interface CachedDownload {
	url: string;
	etag?: string;
	lastModified?: string;
	/** When the server last confirmed (or sent) the file. */
	checkedAt: number;
	bytes: number;
}

export type DownloadOutcome =
	| {
			ok: true;
			path: string;
			bytes: number;
			/** Whether the network was used (false: the cached copy was fresh, or the server said it had not changed). */ downloaded: boolean;
			/** A note for the build log, when an old copy had to do. */ note?: string;
	  }
	| { ok: false; problem: PosterProblem };

/** Whether `pdf` names a file in a repository rather than one beside index.md. */
export function isRemotePdf(pdf: string): boolean {
	return /^https?:\/\//i.test(pdf.trim());
}

/** Where a download of `url` is kept in `cacheDir` (whether or not it has been made yet). */
export function remotePdfCachePath(cacheDir: string, url: string): string {
	return cachePaths(cacheDir, url).file;
}

function cachePaths(cacheDir: string, url: string) {
	const key = createHash('sha256').update(url).digest('hex').slice(0, 32);
	return { file: path.join(cacheDir, `${key}.pdf`), meta: path.join(cacheDir, `${key}.json`) };
}

async function readMeta(file: string): Promise<CachedDownload | undefined> {
	try {
		return JSON.parse(await readFile(file, 'utf8')) as CachedDownload;
	} catch {
		return undefined;
	}
}

class DownloadError extends Error {
	readonly problem: PosterProblem;
	readonly retry: boolean;
	constructor(problem: PosterProblem, retry: boolean) {
		super(problem.detail ?? problem.kind);
		this.problem = problem;
		this.retry = retry;
	}
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** How a download reaches the network: the global `fetch`, or a test's stand-in. */
export interface DownloadEnvironment {
	fetch: typeof fetch;
	/** The time, in milliseconds since 1970. */
	now: number;
}

/** One try: the file written to `target` (beside, then renamed), or 'not-modified'. */
async function tryOnce(
	url: string,
	target: string,
	cached: CachedDownload | undefined,
	limits: DownloadLimits,
	environment: DownloadEnvironment,
): Promise<'not-modified' | Omit<CachedDownload, 'url' | 'checkedAt'>> {
	const headers: Record<string, string> = { accept: 'application/pdf,*/*' };
	if (cached?.etag) headers['if-none-match'] = cached.etag;
	if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
	let response: Response;
	try {
		response = await environment.fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(limits.timeoutMs) });
	} catch (error) {
		const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
		throw new DownloadError(
			timedOut
				? { kind: 'download-failed', detail: `no answer within ${Math.round(limits.timeoutMs / 1000)} s` }
				: {
						kind: 'download-failed',
						detail: `the address could not be reached (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`,
					},
			true,
		);
	}
	if (response.status === 304 && cached) return 'not-modified';
	if (!response.ok) {
		await response.body?.cancel();
		const retry = response.status === 429 || response.status >= 500;
		throw new DownloadError(
			{ kind: 'download-failed', detail: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` },
			retry,
		);
	}
	const declared = Number(response.headers.get('content-length') ?? Number.NaN);
	if (declared > limits.maxBytes) {
		await response.body?.cancel();
		throw new DownloadError({ kind: 'download-too-large', detail: `${megabytes(declared)}, over the limit of ${megabytes(limits.maxBytes)}` }, false);
	}
	if (!response.body) throw new DownloadError({ kind: 'download-failed', detail: 'the server sent no file' }, true);
	const partial = `${target}.${process.pid}.partial`;
	let received = 0;
	const counted = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>).on('data', (chunk: Buffer) => {
		received += chunk.length;
		if (received > limits.maxBytes) {
			counted.destroy(new DownloadError({ kind: 'download-too-large', detail: `over the limit of ${megabytes(limits.maxBytes)}` }, false));
		}
	});
	try {
		await pipeline(counted, createWriteStream(partial));
	} catch (error) {
		await rm(partial, { force: true });
		if (error instanceof DownloadError) throw error;
		const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
		throw new DownloadError(
			{
				kind: 'download-failed',
				detail: timedOut ? `the download took over ${Math.round(limits.timeoutMs / 1000)} s` : 'the connection broke off during the download',
			},
			true,
		);
	}
	await rename(partial, target);
	const etag = response.headers.get('etag') ?? undefined;
	const lastModified = response.headers.get('last-modified') ?? undefined;
	return { bytes: received, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/**
 * The poster at `url` as a file in `cacheDir`: from the cache while it is
 * fresh, revalidated after `revalidateAfterMs`, downloaded otherwise. When the
 * server cannot be reached but an earlier copy exists, that copy is used, with
 * a note; without one, the outcome is a problem the build reports.
 */
export async function fetchRemotePdf(
	url: string,
	cacheDir: string,
	limits: DownloadLimits = DEFAULT_DOWNLOAD_LIMITS,
	environment: DownloadEnvironment = { fetch: globalThis.fetch, now: Date.now() },
): Promise<DownloadOutcome> {
	const { now } = environment;
	if (!/^https:\/\//i.test(url)) return { ok: false, problem: { kind: 'download-failed', detail: 'only https:// addresses are fetched' } };
	await mkdir(cacheDir, { recursive: true });
	const { file, meta } = cachePaths(cacheDir, url);
	const cached = existsSync(file) ? await readMeta(meta) : undefined;
	if (cached && now - cached.checkedAt < limits.revalidateAfterMs) return { ok: true, path: file, bytes: cached.bytes, downloaded: false };

	let lastError: DownloadError | undefined;
	for (let attempt = 1; attempt <= limits.attempts; attempt++) {
		try {
			const result = await tryOnce(url, file, cached, limits, environment);
			const record: CachedDownload = result === 'not-modified' ? { ...(cached as CachedDownload), checkedAt: now } : { url, checkedAt: now, ...result };
			await writeFile(meta, JSON.stringify(record));
			return { ok: true, path: file, bytes: record.bytes, downloaded: result !== 'not-modified' };
		} catch (error) {
			if (!(error instanceof DownloadError)) throw error;
			lastError = error;
			if (!error.retry || attempt === limits.attempts) break;
			await new Promise((resolve) => setTimeout(resolve, limits.retryDelayMs * 2 ** (attempt - 1)));
		}
	}
	const problem = lastError?.problem ?? { kind: 'download-failed' };
	if (cached)
		return {
			ok: true,
			path: file,
			bytes: cached.bytes,
			downloaded: false,
			note: `could not be checked for a newer version (${problem.detail ?? 'download failed'}); the copy downloaded earlier is used`,
		};
	return { ok: false, problem };
}
