/**
 * Turns poster PDFs into previews and facts, rendering only what changed.
 * Each PDF is keyed by a digest of its bytes, the render settings and the
 * renderer's version; a rebuild with unchanged PDFs reads every result
 * from the cache on disk and renders nothing.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapWithConcurrency } from '../lib/concurrency.ts';
import type { PosterProblem } from '../lib/pdf/poster-problem.ts';
import type { PdfFacts } from '../lib/pdf/render-job.ts';
import { DEFAULT_RENDER_SETTINGS, type RenderSettings } from '../lib/pdf/render-page.ts';
import type { RenderPool } from '../lib/pdf/render-pool.ts';
import { DEFAULT_DOWNLOAD_LIMITS, type DownloadLimits, fetchRemotePdf, isRemotePdf } from '../lib/pdf/remote-pdf.ts';

/** Where posters kept in a repository are downloaded to, inside the poster cache. */
export const DOWNLOADS_FOLDER = 'downloads';

/** Bump when rendering or text extraction changes in a way that makes old previews or text wrong (5: Arabic text mended). */
export const RENDER_VERSION = 5;

/**
 * What a render depends on besides the PDF: the render version and settings.
 * Every cache of renders (the digests, the digest index, the posters loader's
 * entries) includes it, so a change to rendering reaches every one of them.
 */
export function renderStamp(settings: RenderSettings = DEFAULT_RENDER_SETTINGS): string {
	return `interlibrary-poster-render-v${RENDER_VERSION}\n${JSON.stringify(settings)}`;
}

export interface PosterSource {
	id: string;
	/** The PDF beside index.md, or the https address of a poster kept in a repository (downloaded into the cache). */
	pdfPath: string;
}

export type PreparedPoster =
	| { ok: true; facts: PdfFacts; /** The folder the preview's files are in (the cache). */ previewDir: string; digest: string }
	| { ok: false; problem: PosterProblem };

export interface PrepareStats {
	/** Posters kept in a repository that were downloaded (not found fresh in the cache). */
	downloaded: number;
	rendered: number;
	unchanged: number;
	failed: number;
	/** Time each new render took, in milliseconds (for the benchmark). */
	renderMs: number[];
}

async function hashOf(pdfPath: string, settings: RenderSettings): Promise<string> {
	const hash = createHash('sha256');
	hash.update(`${renderStamp(settings)}\n`);
	for await (const chunk of createReadStream(pdfPath)) hash.update(chunk as Buffer);
	return hash.digest('hex').slice(0, 32);
}

/**
 * Digests already computed, by file, with the size and modification time they
 * were computed for: a build of a program with a thousand posters reads each
 * PDF once, not once per build. A file whose size or time changed is hashed again.
 */
type DigestIndex = Record<string, { size: number; mtimeMs: number; digest: string }>;

async function readDigestIndex(file: string): Promise<DigestIndex> {
	try {
		return JSON.parse(await readFile(file, 'utf8')) as DigestIndex;
	} catch {
		return {};
	}
}

async function digestOf(pdfPath: string, settings: RenderSettings, index: DigestIndex): Promise<string | undefined> {
	let file;
	try {
		file = await stat(pdfPath);
	} catch {
		return undefined;
	}
	const known = index[pdfPath];
	if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) return known.digest;
	const digest = await hashOf(pdfPath, settings);
	index[pdfPath] = { size: file.size, mtimeMs: file.mtimeMs, digest };
	return digest;
}

/** The cached facts of a digest, when they and every image file they name are there. */
async function readCached(jsonPath: string, dir: string): Promise<PdfFacts | undefined> {
	try {
		const facts = JSON.parse(await readFile(jsonPath, 'utf8')) as PdfFacts;
		const files = [...facts.preview.variants, facts.preview.social].map((image) => path.join(dir, image.file));
		return files.every((file) => existsSync(file)) ? facts : undefined;
	} catch {
		return undefined;
	}
}

export interface PrepareOptions {
	/** Folder for previews and facts, kept between builds. */
	cacheDir: string;
	pool: RenderPool;
	settings?: RenderSettings;
	/** Called after each poster, for a progress line. */
	onProgress?: (done: number, total: number) => void;
	/** Limits for posters kept in a repository (`pdf: https://…`). */
	download?: DownloadLimits;
	/** Hears what the build log should say about a poster that was still published (an old download used). */
	onNote?: (id: string, note: string) => void;
}

/** The folder inside Astro's cache folder where previews and facts are kept. */
export const POSTER_CACHE_FOLDER = 'posters';

/**
 * Problems that the same bytes under the same limits would meet again. They are
 * kept, so the content check and the loader of one build (and later builds) do
 * not each wait out a PDF's time limit. A renderer that stopped for another
 * reason (the system ran out of memory, say) may do better next time: not kept.
 */
const LASTING_PROBLEMS = new Set<PosterProblem['kind']>([
	'empty-file',
	'not-a-pdf',
	'damaged',
	'password',
	'no-pages',
	'page-too-large',
	'timeout',
	'too-much-memory',
]);

interface CachedProblem {
	problem: PosterProblem;
	limits: RenderPool['limits'];
}

async function readCachedProblem(problemPath: string, limits: RenderPool['limits']): Promise<PosterProblem | undefined> {
	try {
		const cached = JSON.parse(await readFile(problemPath, 'utf8')) as CachedProblem;
		const sameLimits = cached.limits.timeoutMs === limits.timeoutMs && cached.limits.memoryLimitMb === limits.memoryLimitMb;
		return sameLimits ? cached.problem : undefined;
	} catch {
		return undefined;
	}
}

/** Previews and facts for every source, by id, with counts of what was rendered. */
export async function preparePosterPdfs(
	sources: readonly PosterSource[],
	{ cacheDir, pool, settings = DEFAULT_RENDER_SETTINGS, onProgress, download = DEFAULT_DOWNLOAD_LIMITS, onNote }: PrepareOptions,
): Promise<{ posters: Map<string, PreparedPoster>; stats: PrepareStats }> {
	await mkdir(cacheDir, { recursive: true });
	const stats: PrepareStats = { downloaded: 0, rendered: 0, unchanged: 0, failed: 0, renderMs: [] };
	const posters = new Map<string, PreparedPoster>();
	// The render stamp is part of every digest: one index for each.
	const indexKey = createHash('sha256').update(renderStamp(settings)).digest('hex').slice(0, 12);
	const indexFile = path.join(cacheDir, `digests-${indexKey}.json`);
	const digests = await readDigestIndex(indexFile);
	let done = 0;
	// Hashing is I/O-bound; the pool itself bounds how many renders run at once.
	await mapWithConcurrency(sources, 16, async (source) => {
		posters.set(source.id, await prepareOne(source));
		onProgress?.(++done, sources.length);
	});
	// Written beside and renamed: two builds at once never leave half a file.
	const partial = `${indexFile}.${process.pid}.partial`;
	await writeFile(partial, JSON.stringify(digests));
	await rename(partial, indexFile);
	return { posters, stats };

	async function prepareOne({ id, pdfPath: source }: PosterSource): Promise<PreparedPoster> {
		let pdfPath = source;
		if (isRemotePdf(source)) {
			const fetched = await fetchRemotePdf(source, path.join(cacheDir, DOWNLOADS_FOLDER), download);
			if (!fetched.ok) {
				stats.failed++;
				return { ok: false, problem: fetched.problem };
			}
			if (fetched.downloaded) stats.downloaded++;
			if (fetched.note) onNote?.(id, fetched.note);
			pdfPath = fetched.path;
		}
		const digest = await digestOf(path.resolve(pdfPath), settings, digests);
		if (!digest) {
			stats.failed++;
			return { ok: false, problem: { kind: 'missing' } };
		}
		const jsonPath = path.join(cacheDir, `${digest}.json`);
		const problemPath = path.join(cacheDir, `${digest}.problem.json`);
		const cached = await readCached(jsonPath, cacheDir);
		if (cached) {
			stats.unchanged++;
			return { ok: true, facts: cached, previewDir: cacheDir, digest };
		}
		const knownProblem = await readCachedProblem(problemPath, pool.limits);
		if (knownProblem) {
			stats.failed++;
			return { ok: false, problem: knownProblem };
		}
		const outcome = await pool.render({ pdfPath, previewBase: path.join(cacheDir, digest), settings });
		if (!outcome.ok) {
			stats.failed++;
			if (LASTING_PROBLEMS.has(outcome.problem.kind)) {
				await writeFile(problemPath, JSON.stringify({ problem: outcome.problem, limits: pool.limits } satisfies CachedProblem));
			}
			return { ok: false, problem: outcome.problem };
		}
		stats.rendered++;
		stats.renderMs.push(outcome.renderMs);
		await writeFile(jsonPath, JSON.stringify(outcome.facts));
		return { ok: true, facts: outcome.facts, previewDir: cacheDir, digest };
	}
}
